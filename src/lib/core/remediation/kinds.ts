/**
 * Which fix each finding rule calls for, as data. Rules not listed have no script: their fix
 * is a policy or a process, not a command per identity.
 */
import type { RemediationKind } from './types';

export const RULE_REMEDIATION: Record<string, RemediationKind> = {
  // Dormant and never-used enabled accounts.
  'ZTW-ACCT-001': 'disable-account',
  'ZTW-ACCT-002': 'disable-account',
  // Guests holding privileged roles: every privileged assignment of the guest goes.
  'ZTW-ACCT-003': 'remove-role-assignment',
  // Disabled accounts that still hold active keys.
  'ZTW-ACCT-004': 'deactivate-access-key',
  'ZTW-MFA-001': 'require-mfa',
  'ZTW-MFA-002': 'require-mfa',
  // Root keys are refused with the reason: only root can manage them.
  'ZTW-ROOT-001': 'deactivate-access-key',
  // Never-used keys: deactivate (reversible) before deleting.
  'ZTW-CRED-002': 'deactivate-access-key',
  // User-managed keys on privileged GCP service accounts: disabled, which is reversible.
  'ZTW-PRIV-022': 'deactivate-access-key'
  // Not listed on purpose: rotation (CRED-001) and two active keys (CRED-006) need a person to
  // pick the key; basic GCP roles (PRIV-020) and permanent Entra roles (PRIV-008) need the
  // replacement role chosen first.
};

/** The remediation kind of a rule: the caller's table first, then ours. */
export function kindOfRule(
  ruleId: string,
  overrides: Record<string, RemediationKind> = {}
): RemediationKind | undefined {
  return overrides[ruleId] ?? RULE_REMEDIATION[ruleId];
}
