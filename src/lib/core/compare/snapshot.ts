/** The parts of an analysis a comparison reads (light: no analysis code is pulled in). */
import type { AnalysisResult } from '../analysis/result';
import type { Score } from '../questionnaire/score';
import { scoreSummary } from './score-summary';
import type { AssessmentSnapshot } from './types';

/** KPIs, findings and the questionnaire score of an analysis, for `compareAssessments`. */
export function snapshotOf(
  result: Pick<AnalysisResult, 'kpis' | 'findings' | 'extra'>
): AssessmentSnapshot {
  return {
    kpis: result.kpis,
    findings: result.findings,
    score: scoreSummary(result.extra.score as Score)
  };
}
