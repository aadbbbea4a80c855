/** Questionnaire answers (SPEC §3, §8): the stage chosen, and whether it follows the evidence. */
import { z } from 'zod';
import type { Suggestion } from './evidence';
import { STAGES } from './schema';

export const answerSchema = z.strictObject({
  questionId: z.string().min(1),
  /** 1–4; 'na' not applicable; 'unknown' don't know; undefined: not answered yet (or cleared). */
  stage: z.union([z.literal(STAGES), z.literal('na'), z.literal('unknown')]).optional(),
  /** True when the assessor took the stage the imported data suggested. */
  acceptedEvidence: z.boolean().optional(),
  /** Why the assessor chose another stage than the data suggested. */
  overrideReason: z.string().optional(),
  notes: z.string().optional(),
  /** ISO timestamp of the last change. */
  updated: z.string().min(1)
});
export type Answer = z.infer<typeof answerSchema>;
export type AnswerStage = Answer['stage'];

/** The answer with the suggested stage taken: the evidence is accepted, no reason needed. */
export function acceptEvidence(answer: Answer, suggestion: Suggestion, updated: string): Answer {
  return {
    ...answer,
    stage: suggestion.stage,
    acceptedEvidence: true,
    overrideReason: undefined,
    updated
  };
}

/**
 * Why an answer cannot be saved as it is, or null when it can. A stage other than the one the
 * data suggests needs a reason (SPEC §8); accepting evidence must mean taking its stage.
 */
export function validateAnswer(answer: Answer, suggestion: Suggestion | null): string | null {
  if (answer.acceptedEvidence) {
    if (!suggestion) return 'There is no evidence to accept for this question.';
    if (answer.stage !== suggestion.stage) {
      return `Accepting the evidence sets stage ${suggestion.stage}, but stage ${String(answer.stage)} is chosen.`;
    }
    return null;
  }
  const overrides = suggestion !== null && typeof answer.stage === 'number';
  if (overrides && answer.stage !== suggestion.stage && !answer.overrideReason?.trim()) {
    return `The data suggests stage ${suggestion.stage}; choosing stage ${answer.stage} needs a reason.`;
  }
  return null;
}

/** The latest answer per question id, so an edited answer replaces the old one. */
export function latestAnswers(answers: readonly Answer[]): Map<string, Answer> {
  const byQuestion = new Map<string, Answer>();
  for (const answer of answers) {
    const held = byQuestion.get(answer.questionId);
    if (!held || held.updated <= answer.updated) byQuestion.set(answer.questionId, answer);
  }
  return byQuestion;
}
