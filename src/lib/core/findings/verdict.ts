/** Turning what a rule found into its result, the same way in every rule. */
import type { RuleResult } from './types';

/** One affected record and the sentence that says what is wrong with it. */
export interface Hit {
  id: string;
  evidence: string;
}

/** A finding when anything was hit, else a pass. Affected ids are listed once each. */
export function verdict(hits: readonly Hit[], notes: readonly string[] = []): RuleResult {
  if (hits.length === 0) return { status: 'pass' };
  return {
    status: 'finding',
    affected: [...new Set(hits.map((h) => h.id))],
    evidence: [...hits.map((h) => h.evidence), ...notes]
  };
}

/** The rule lacks its inputs: never a silent pass (SPEC §7). */
export function notAssessed(needs: string): RuleResult {
  return { status: 'not-assessed', needs };
}
