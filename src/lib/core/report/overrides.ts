/**
 * The answers where the assessor chose another stage than the imported data suggested. The
 * questionnaire insists on a reason for each; the report prints them so a reader can weigh the
 * assessor's judgement against the evidence.
 */
import type { Answer, QuestionBank } from '../questionnaire';
import { STAGE_NAMES, latestAnswers } from '../questionnaire';
import type { AnswerOverride } from './types';

export function answerOverrides(bank: QuestionBank, answers: readonly Answer[]): AnswerOverride[] {
  const latest = latestAnswers(answers);
  const out: AnswerOverride[] = [];
  for (const section of bank.sections) {
    for (const q of section.questions) {
      const a = latest.get(q.id);
      const reason = a?.overrideReason?.trim();
      if (!a || !reason || typeof a.stage !== 'number') continue;
      out.push({
        questionId: q.id,
        question: q.text,
        stage: `${a.stage} (${STAGE_NAMES[a.stage]})`,
        reason
      });
    }
  }
  return out;
}
