/** Running the finding rules over the assessment's records (SPEC §7). */
import type { Acceptance, AnalysisInput, Finding, Rule, RuleMeta, RuleResult } from './types';

function metaOf(rule: Rule): RuleMeta {
  const { id, severity, title, why, remediation, step, ztmm, attack, needs } = rule;
  const meta: RuleMeta = { id, severity, title, why, remediation, step, ztmm, needs };
  if (attack) meta.attack = attack;
  return meta;
}

/** An acceptance still holds on the as-of date itself and lapses the day after its expiry. */
function isCurrent(acceptance: Acceptance, asOf: string): boolean {
  return acceptance.expires.slice(0, 10) >= asOf.slice(0, 10);
}

/** The acceptance of a rule in force on the as-of date: the one that runs longest. */
function currentAcceptance(
  ruleId: string,
  acceptances: readonly Acceptance[],
  asOf: string
): Acceptance | undefined {
  return acceptances
    .filter((a) => a.ruleId === ruleId && isCurrent(a, asOf))
    .sort((a, b) => b.expires.localeCompare(a.expires))[0];
}

/** What each rule found, in rule order: the part of the findings that acceptances leave alone. */
export function ruleResults(rules: readonly Rule[], input: AnalysisInput): RuleResult[] {
  return rules.map((rule) => rule.evaluate(input));
}

/**
 * One finding per rule, in rule order, from the rules' results, whatever the verdict (finding,
 * pass or not assessed). Accepted findings stay in the list, marked with their acceptance; an
 * acceptance that expired before the as-of date marks nothing.
 */
export function findingsOf(
  rules: readonly Rule[],
  results: readonly RuleResult[],
  acceptances: readonly Acceptance[],
  asOf: string
): Finding[] {
  return rules.map((rule, i) => {
    const result = results[i];
    const meta = metaOf(rule);
    if (result.status === 'pass') return { ...meta, status: 'pass', affected: [], evidence: [] };
    if (result.status === 'not-assessed') {
      return {
        ...meta,
        needs: result.needs,
        status: 'not-assessed',
        affected: [],
        evidence: [`Not assessed: needs ${result.needs}.`]
      };
    }
    const finding: Finding = {
      ...meta,
      status: 'finding',
      affected: result.affected,
      evidence: result.evidence
    };
    const acceptance = currentAcceptance(rule.id, acceptances, asOf);
    if (acceptance) finding.acceptance = acceptance;
    return finding;
  });
}

/** Evaluates every rule and returns one finding per rule (see `findingsOf`). */
export function evaluateRules(
  rules: readonly Rule[],
  input: AnalysisInput,
  acceptances: readonly Acceptance[] = []
): Finding[] {
  return findingsOf(rules, ruleResults(rules, input), acceptances, input.asOf);
}
