/**
 * Scoring (SPEC §8): a step scores the mean of its answered questions; the overall score (the
 * `maturity` KPI) is the mean of the step scores. N/A and don't-know answers are left out of
 * the means and count against completeness.
 */
import { STEP_TITLES, STEPS } from '../model';
import type { Step } from '../model';
import type { Answer } from './answers';
import { latestAnswers } from './answers';
import { roundHalfAwayFromZero, roundPercent } from '../metrics/round';
import type { QuestionBank } from './schema';

/** The target stage of a step when the assessment sets none. */
export const DEFAULT_TARGET = 3;

export interface StepScore {
  step: Step;
  title: string;
  /** Mean stage of the answered questions, one decimal; null when none is answered. */
  score: number | null;
  /** Questions answered with a stage 1–4. */
  answered: number;
  /** Questions of the bank that score into this step. */
  total: number;
  na: number;
  unknown: number;
  /** Questions with no answer at all. */
  unanswered: number;
  /** answered / total as a percentage, one decimal. */
  completeness: number;
  target: number;
  /** target − score, one decimal; negative when the step is past its target; null unscored. */
  gap: number | null;
}

export interface Score {
  /** One entry per step, in step order. */
  steps: StepScore[];
  overall: {
    /** Mean of the scored steps, one decimal: the `maturity` KPI. Null when no step scores. */
    score: number | null;
    /** answered / total over the whole bank, percentage with one decimal. */
    completeness: number;
    answered: number;
    total: number;
    /** Steps left out of the overall mean because none of their questions is answered. */
    stepsWithoutAnswers: Step[];
  };
}

/** Scores a bank's answers against per-step targets (keys "1"–"5", as the assessment holds). */
export function scoreQuestionnaire(
  bank: QuestionBank,
  answers: readonly Answer[],
  targets: Partial<Record<string | number, number>> = {}
): Score {
  const byQuestion = latestAnswers(answers);
  const exactMeans: number[] = [];
  const stepsWithoutAnswers: Step[] = [];

  const steps = STEPS.map((step): StepScore => {
    const stages: number[] = [];
    let total = 0;
    let na = 0;
    let unknown = 0;
    for (const question of bank.sections.flatMap((s) => s.questions)) {
      if (question.step !== step) continue;
      total += 1;
      const stage = byQuestion.get(question.id)?.stage;
      if (typeof stage === 'number') stages.push(stage);
      else if (stage === 'na') na += 1;
      else if (stage === 'unknown') unknown += 1;
    }

    const target = targets[String(step)] ?? DEFAULT_TARGET;
    const mean = stages.length > 0 ? stages.reduce((a, b) => a + b, 0) / stages.length : null;
    if (mean === null) stepsWithoutAnswers.push(step);
    else exactMeans.push(mean);
    return {
      step,
      title: STEP_TITLES[step],
      score: mean === null ? null : roundHalfAwayFromZero(mean, 1),
      answered: stages.length,
      total,
      na,
      unknown,
      unanswered: total - stages.length - na - unknown,
      completeness: percent(stages.length, total),
      target,
      gap: mean === null ? null : roundHalfAwayFromZero(target - mean, 1)
    };
  });

  const answered = steps.reduce((sum, s) => sum + s.answered, 0);
  const total = steps.reduce((sum, s) => sum + s.total, 0);
  // The overall mean uses the exact step means, so display rounding is applied only once.
  const overall =
    exactMeans.length > 0 ? exactMeans.reduce((a, b) => a + b, 0) / exactMeans.length : null;
  return {
    steps,
    overall: {
      score: overall === null ? null : roundHalfAwayFromZero(overall, 1),
      completeness: percent(answered, total),
      answered,
      total,
      stepsWithoutAnswers
    }
  };
}

function percent(part: number, whole: number): number {
  return roundPercent(part, whole) ?? 0;
}
