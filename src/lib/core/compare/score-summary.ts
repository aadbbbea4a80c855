/** The questionnaire's score in the small shape the comparison and the report read. */
import type { Score } from '../questionnaire/score';
import type { ScoreSummary } from './types';

/** Overall and per-step scores with their targets, from `scoreQuestionnaire`'s result. */
export function scoreSummary(score: Score): ScoreSummary {
  return {
    overall: score.overall.score,
    steps: score.steps.map((s) => ({ step: s.step, current: s.score, target: s.target }))
  };
}
