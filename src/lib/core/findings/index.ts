/** The findings engine of SPEC §7 and its base rule catalogue. */
export { evaluateRules, findingsOf, ruleResults } from './evaluate';
export { baseRules } from './catalogue';
export { verdict, notAssessed } from './verdict';
export type { Hit } from './verdict';
export type { Acceptance, AnalysisInput, Finding, Rule, RuleMeta, RuleResult } from './types';
