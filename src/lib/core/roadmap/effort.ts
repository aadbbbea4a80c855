/**
 * Effort of the work behind a rule or a question, as data: 1 low (a setting, a handful of
 * accounts), 2 medium (a project of weeks), 3 high (a programme: new tooling, process change).
 * Rules and questions not listed take the default; the caller may pass its own table.
 */
import type { Effort } from './types';

export const DEFAULT_EFFORT: Effort = 2;

/** By rule id (`ZTW-<AREA>-<NNN>`). */
export const RULE_EFFORT: Record<string, Effort> = {};

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
