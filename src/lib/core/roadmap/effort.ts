/**
 * Effort of the work behind a rule or a question, as data: 1 low (a setting, a handful of
 * accounts), 2 medium (a project of weeks), 3 high (a programme: new tooling, process change).
 * Rules and questions not listed take the default; the caller may pass its own table.
 */
import type { Effort } from './types';

export const DEFAULT_EFFORT: Effort = 2;

/**
 * By rule id (`ZTW-<AREA>-<NNN>`), the assessor's usual estimate: disabling or cleaning up a
 * list of accounts is low; rolling a method out to everyone or licensing PIM is medium;
 * reworking permissions across every resource is high.
 */
export const RULE_EFFORT: Record<string, Effort> = {
  'ZTW-INV-001': 2,
  'ZTW-INV-002': 2,
  'ZTW-ACCT-001': 1,
  'ZTW-ACCT-002': 1,
  'ZTW-ACCT-003': 1,
  'ZTW-ACCT-004': 1,
  'ZTW-MFA-001': 1,
  'ZTW-MFA-002': 2,
  'ZTW-MFA-003': 2,
  'ZTW-MFA-004': 2,
  'ZTW-ROOT-001': 1,
  'ZTW-ROOT-002': 1,
  'ZTW-ROOT-003': 1,
  'ZTW-PWD-001': 1,
  'ZTW-PWD-002': 2,
  'ZTW-CRED-001': 2,
  'ZTW-CRED-002': 1,
  'ZTW-CRED-003': 1,
  'ZTW-CRED-004': 1,
  'ZTW-CRED-005': 2,
  'ZTW-CRED-006': 1,
  'ZTW-PRIV-001': 2,
  'ZTW-PRIV-002': 3,
  'ZTW-PRIV-003': 2,
  'ZTW-PRIV-004': 1,
  'ZTW-PRIV-005': 1,
  'ZTW-PRIV-006': 1,
  'ZTW-PRIV-007': 1,
  'ZTW-PRIV-008': 2,
  'ZTW-PRIV-009': 2,
  'ZTW-PRIV-010': 2,
  'ZTW-PRIV-011': 2,
  'ZTW-PRIV-012': 1,
  'ZTW-PRIV-013': 2,
  'ZTW-PRIV-014': 2,
  'ZTW-PRIV-015': 1,
  'ZTW-PRIV-016': 3,
  'ZTW-PRIV-017': 3,
  'ZTW-PRIV-018': 1,
  'ZTW-PRIV-019': 1,
  'ZTW-PRIV-020': 2,
  'ZTW-PRIV-021': 2,
  'ZTW-PRIV-022': 2,
  'ZTW-PRIV-023': 2,
  'ZTW-PRIV-024': 1,
  'ZTW-PRIV-025': 2,
  // Monitoring: looking into one incident is low; blocking legacy authentication across the
  // estate or putting grants through approval is a project.
  'ZTW-MON-001': 1,
  'ZTW-MON-002': 1,
  'ZTW-MON-003': 1,
  'ZTW-MON-004': 1,
  'ZTW-MON-005': 1,
  'ZTW-MON-006': 1,
  'ZTW-MON-007': 2,
  'ZTW-MON-008': 1,
  'ZTW-MON-009': 2,
  'ZTW-MON-010': 2
};

/** By question id. */
export const QUESTION_EFFORT: Record<string, Effort> = {};

/** The effort for a rule or question id: the caller's table, then ours, then the default. */
export function effortOf(
  id: string,
  table: Record<string, Effort>,
  overrides: Record<string, Effort> = {}
): Effort {
  return overrides[id] ?? table[id] ?? DEFAULT_EFFORT;
}
