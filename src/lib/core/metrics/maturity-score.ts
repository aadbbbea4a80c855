/** KPI `maturity`: the overall questionnaire score. */
import { notAssessedKpi } from './kpi';
import type { KpiText } from './kpi';
import { NEEDS_QUESTIONNAIRE } from './needs';
import { roundHalfAwayFromZero } from './round';
import type { Kpi } from './types';

const TEXT: KpiText = {
  id: 'maturity',
  label: 'Maturity',
  definition:
    'Overall questionnaire score from 0.0 to 4.0: the mean of the step scores, each the ' +
    'mean of its answered questions.',
  unit: 'score'
};

/** The questionnaire's overall score, one decimal; not assessed when it has none. */
export function maturityScore(score: number | null | undefined): Kpi {
  if (score === null || score === undefined || !Number.isFinite(score)) {
    return notAssessedKpi(TEXT, NEEDS_QUESTIONNAIRE);
  }
  return { ...TEXT, value: roundHalfAwayFromZero(score, 1), recordIds: [] };
}
