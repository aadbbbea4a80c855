import { describe, expect, it } from 'vitest';
import { DEFAULT_BANK, type Answer } from '../../../src/lib/core/questionnaire';
import { answerOverrides } from '../../../src/lib/core/report/overrides';

const at = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('answerOverrides', () => {
  const answers: Answer[] = [
    { questionId: 's2-q01', stage: 1, overrideReason: 'old reason', updated: at(1) },
    // The latest answer to a question is the one that counts.
    {
      questionId: 's2-q01',
      stage: 2,
      overrideReason: ' MFA exempts the break-glass pair ',
      updated: at(2)
    },
    { questionId: 's1-q01', stage: 2, acceptedEvidence: true, updated: at(3) },
    // A reason left behind on "not applicable" is not an override of a stage.
    { questionId: 's1-q02', stage: 'na', overrideReason: 'stale', updated: at(4) },
    { questionId: 's3-q01', stage: 3, updated: at(5) }
  ];
  const out = answerOverrides(DEFAULT_BANK, answers);

  it('lists only stages chosen against the data with a reason, the latest answer counting', () => {
    expect(out.map((o) => o.questionId)).toEqual(['s2-q01']);
    expect(out[0].stage).toBe('2 (Initial)');
    expect(out[0].reason).toBe('MFA exempts the break-glass pair');
  });

  it('prints the question in the bank’s words', () => {
    const question = DEFAULT_BANK.sections
      .flatMap((s) => s.questions)
      .find((q) => q.id === 's2-q01');
    expect(out[0].question).toBe(question?.text);
  });
});
