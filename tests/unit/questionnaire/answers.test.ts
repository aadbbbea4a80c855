import { describe, expect, it } from 'vitest';
import {
  acceptEvidence,
  answerSchema,
  latestAnswers,
  validateAnswer
} from '../../../src/lib/core/questionnaire';
import type { Suggestion } from '../../../src/lib/core/questionnaire';
import { answer, WHEN } from './fixtures';

const SUGGESTS_2: Suggestion = {
  stage: 2,
  value: 87.5,
  kpiId: 'mfa-coverage',
  explanation: 'MFA coverage 87.5%.'
};

describe('validateAnswer', () => {
  it('validateAnswer(answer, suggestion) accepts the suggested stage without a reason', () => {
    expect(validateAnswer(answer('s2-q02', 2), SUGGESTS_2)).toBeNull();
  });

  it('validateAnswer(answer, suggestion) wants a reason for another stage', () => {
    expect(validateAnswer(answer('s2-q02', 3), SUGGESTS_2)).toBe(
      'The data suggests stage 2; choosing stage 3 needs a reason.'
    );
    expect(
      validateAnswer(answer('s2-q02', 3, { overrideReason: '   ' }), SUGGESTS_2)
    ).not.toBeNull();
    expect(
      validateAnswer(answer('s2-q02', 3, { overrideReason: 'Export predates rollout' }), SUGGESTS_2)
    ).toBeNull();
  });

  it('validateAnswer(answer, null) accepts any stage when there is no evidence', () => {
    expect(validateAnswer(answer('s2-q04', 4), null)).toBeNull();
  });

  it('validateAnswer(answer, suggestion) lets N/A, don\u2019t know and blank through', () => {
    expect(validateAnswer(answer('s2-q02', 'na'), SUGGESTS_2)).toBeNull();
    expect(validateAnswer(answer('s2-q02', 'unknown'), SUGGESTS_2)).toBeNull();
    expect(validateAnswer(answer('s2-q02', undefined), SUGGESTS_2)).toBeNull();
  });

  it('validateAnswer(answer, suggestion) refuses accepted evidence with another stage', () => {
    expect(validateAnswer(answer('s2-q02', 4, { acceptedEvidence: true }), SUGGESTS_2)).toBe(
      'Accepting the evidence sets stage 2, but stage 4 is chosen.'
    );
    expect(validateAnswer(answer('s2-q02', 2, { acceptedEvidence: true }), null)).toBe(
      'There is no evidence to accept for this question.'
    );
  });
});

describe('acceptEvidence', () => {
  it('acceptEvidence(answer, suggestion) takes the suggested stage and drops the reason', () => {
    const before = answer('s2-q02', 4, { overrideReason: 'old', notes: 'kept' });
    const after = acceptEvidence(before, SUGGESTS_2, '2025-02-01T00:00:00Z');
    expect(after).toEqual({
      questionId: 's2-q02',
      stage: 2,
      acceptedEvidence: true,
      overrideReason: undefined,
      notes: 'kept',
      updated: '2025-02-01T00:00:00Z'
    });
    expect(validateAnswer(after, SUGGESTS_2)).toBeNull();
  });
});

describe('answerSchema', () => {
  it('answerSchema.safeParse(answer) takes stages 1–4, na, unknown or none, and nothing else', () => {
    for (const stage of [1, 2, 3, 4, 'na', 'unknown', undefined]) {
      expect(answerSchema.safeParse({ questionId: 'x', stage, updated: WHEN }).success).toBe(true);
    }
    for (const stage of [0, 5, 2.5, 'n/a']) {
      expect(answerSchema.safeParse({ questionId: 'x', stage, updated: WHEN }).success).toBe(false);
    }
  });
});

describe('latestAnswers', () => {
  it('latestAnswers(answers) keeps the most recently updated answer per question', () => {
    const map = latestAnswers([
      answer('a', 1, { updated: '2025-01-02T00:00:00Z' }),
      answer('a', 3, { updated: '2025-01-03T00:00:00Z' }),
      answer('a', 2, { updated: '2025-01-01T00:00:00Z' })
    ]);
    expect(map.get('a')?.stage).toBe(3);
  });
});
