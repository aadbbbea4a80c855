/** Comparison with an earlier assessment (SPEC §9). */
export { compareAssessments, KPI_DIRECTION } from './compare';
export { scoreSummary } from './score-summary';
export * from './types';
