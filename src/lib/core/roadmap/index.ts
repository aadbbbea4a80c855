/** The scored roadmap (SPEC §8). */
export { buildRoadmap } from './build';
export { computeActions, compareActions } from './actions';
export { applyEdits } from './edits';
export { DEFAULT_EFFORT, QUESTION_EFFORT, RULE_EFFORT } from './effort';
export {
  addDays,
  horizonDate,
  horizonOf,
  impactOf,
  isQuickWin,
  riskScore,
  SEVERITY_WEIGHT
} from './score';
export * from './types';
