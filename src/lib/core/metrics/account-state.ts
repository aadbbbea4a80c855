/** Which accounts the KPIs and rules look at, decided once so every figure agrees. */
import type { Account, Credential } from '../model';

/**
 * Enabled, or the export does not report a state. Such sources (an AWS credential report:
 * IAM users have no disabled state) list only accounts that exist and can be used, so
 * leaving them out would drop every AWS human from the MFA denominators SPEC §5 puts them in.
 */
export function isEnabled(account: Account): boolean {
  return account.enabled !== false;
}

/** A human or guest account: the population of the MFA ratios. */
export function isHumanOrGuest(account: Account): boolean {
  return account.kind === 'human' || account.kind === 'guest';
}

/** Active and held by the customer: provider-managed and inactive keys do not count (SPEC §5). */
export function isCountedCredential(credential: Credential): boolean {
  return credential.active && credential.customerManaged;
}

/** The name an account is shown by in evidence: its login form where there is one. */
export function accountLabel(account: Account): string {
  return account.upn ?? account.email ?? account.login ?? (account.name || account.nativeId);
}
