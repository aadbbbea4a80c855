/** Building the answer to save from what the assessor just did, and checking it first. */
import {
  validateAnswer,
  type Answer,
  type AnswerStage,
  type Suggestion
} from '$lib/core/questionnaire';

export interface Draft {
  answer: Answer;
  /** validateAnswer's message: when set, the answer must not be saved yet. */
  error: string | null;
}

/** A copy without keys set to undefined, so stored documents stay tidy. */
function tidy(answer: Answer): Answer {
  return Object.fromEntries(
    Object.entries(answer).filter(([, value]) => value !== undefined)
  ) as Answer;
}

/** The answer held so far, or an empty one for the question. */
export function baseAnswer(saved: Answer | undefined, questionId: string): Answer {
  return saved ? { ...saved } : { questionId, updated: '' };
}

/** True when a stage departs from what the data suggests, so it needs a reason. */
export function overridesEvidence(stage: AnswerStage, suggestion: Suggestion | null): boolean {
  return suggestion !== null && typeof stage === 'number' && stage !== suggestion.stage;
}

/**
 * The answer after choosing a stage by hand. A stage the data does not suggest carries the
 * reason typed so far; any other choice drops a reason that no longer applies.
 */
export function chooseStage(
  saved: Answer | undefined,
  questionId: string,
  stage: AnswerStage,
  reason: string,
  suggestion: Suggestion | null,
  updated: string
): Draft {
  const overrides = overridesEvidence(stage, suggestion);
  const answer = tidy({
    ...baseAnswer(saved, questionId),
    stage,
    acceptedEvidence: undefined,
    overrideReason: overrides ? reason.trim() || undefined : undefined,
    updated
  });
  return { answer, error: validateAnswer(answer, suggestion) };
}

/** The answer with new notes, keeping the stage as saved. */
export function withNotes(
  saved: Answer | undefined,
  questionId: string,
  notes: string,
  updated: string
): Answer {
  return tidy({ ...baseAnswer(saved, questionId), notes: notes || undefined, updated });
}

/** The answer with evidence accepted, through the core rule, with undefined keys removed. */
export function tidyAnswer(answer: Answer): Answer {
  return tidy(answer);
}
