/** Comparison with an earlier assessment (SPEC §9). */
export { compareAssessments, KPI_DIRECTION } from './compare';
export * from './types';
