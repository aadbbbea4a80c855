/**
 * Which fix each finding rule calls for, as data. Rules not listed have no script: their fix
 * is a policy or a process, not a command per identity.
 */
import type { RemediationKind } from './types';

export const RULE_REMEDIATION: Record<string, RemediationKind> = {};

/** The remediation kind of a rule: the caller's table first, then ours. */
export function kindOfRule(
  ruleId: string,
  overrides: Record<string, RemediationKind> = {}
): RemediationKind | undefined {
  return overrides[ruleId] ?? RULE_REMEDIATION[ruleId];
}
