/**
 * The questionnaire's gaps in the shape the roadmap reads (SPEC §8: gaps become actions):
 * per step, the questions below their step's target and the practice to aim for.
 */
import type { Step } from '../model';
import type { Answer } from './answers';
import { latestAnswers } from './answers';
import type { QuestionBank } from './schema';
import type { Score } from './score';

export interface QuestionnaireQuestionGap {
  questionId: string;
  /** The bank's description of practice at the target stage: what to work towards. */
  action?: string;
  /** The answered stage; null when don't know or not answered. */
  current: number | null;
  target: number;
}

export interface QuestionnaireStepGap {
  step: Step;
  current: number | null;
  target: number;
  /** target − current; the whole target when the step has no answered question. */
  gap: number;
  questionIds: string[];
  questions: QuestionnaireQuestionGap[];
}

/**
 * Per step, the questions answered below target or not known. N/A questions are left out: a
 * practice that does not apply is not an action.
 */
export function stepGaps(
  bank: QuestionBank,
  answers: readonly Answer[],
  score: Score
): QuestionnaireStepGap[] {
  const byQuestion = latestAnswers(answers);
  return score.steps.map((step) => {
    const questions: QuestionnaireQuestionGap[] = [];
    for (const question of bank.sections.flatMap((s) => s.questions)) {
      if (question.step !== step.step) continue;
      const stage = byQuestion.get(question.id)?.stage;
      if (stage === 'na') continue;
      const current = typeof stage === 'number' ? stage : null;
      if (current !== null && current >= step.target) continue;
      const aim = question.answers.find((a) => a.stage === Math.min(4, Math.ceil(step.target)));
      questions.push({ questionId: question.id, action: aim?.text, current, target: step.target });
    }
    return {
      step: step.step,
      current: step.score,
      target: step.target,
      gap: step.gap ?? step.target,
      questionIds: questions.map((q) => q.questionId),
      questions
    };
  });
}
