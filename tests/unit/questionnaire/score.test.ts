import { describe, expect, it } from 'vitest';
import { DEFAULT_BANK, scoreQuestionnaire, stepGaps } from '../../../src/lib/core/questionnaire';
import { answer, tinyBank } from './fixtures';

describe('scoreQuestionnaire', () => {
  it('scoreQuestionnaire(bank, all N/A) scores nothing and reports zero completeness', () => {
    const answers = DEFAULT_BANK.sections
      .flatMap((s) => s.questions)
      .map((q) => answer(q.id, 'na'));
    const score = scoreQuestionnaire(DEFAULT_BANK, answers, {});
    expect(score.overall).toEqual({
      score: null,
      completeness: 0,
      answered: 0,
      total: 40,
      stepsWithoutAnswers: [1, 2, 3, 4, 5]
    });
    // Step 1: s1-q01…q07 and pf-q01, pf-q03 = 9 questions.
    expect(score.steps[0]).toMatchObject({ score: null, gap: null, total: 9, na: 9, target: 3 });
  });

  it('scoreQuestionnaire(bank, partial answers) means the answered ones and counts the rest', () => {
    // Step 1 has 4 questions: 2, 3, N/A, don't know → mean 2.5, completeness 2 / 4.
    // Step 2 has 3 questions: 1, 2, blank → mean 1.5, completeness 2 / 3 = 66.7 %.
    const bank = tinyBank([4, 3, 1, 1, 1]);
    const score = scoreQuestionnaire(bank, [
      answer('t1-q1', 2),
      answer('t1-q2', 3),
      answer('t1-q3', 'na'),
      answer('t1-q4', 'unknown'),
      answer('t2-q1', 1),
      answer('t2-q2', 2),
      answer('t2-q3', undefined),
      answer('t3-q1', 3),
      answer('t4-q1', 4),
      answer('t5-q1', 2)
    ]);
    expect(score.steps[0]).toMatchObject({
      score: 2.5,
      answered: 2,
      total: 4,
      na: 1,
      unknown: 1,
      unanswered: 0,
      completeness: 50,
      gap: 0.5
    });
    expect(score.steps[1]).toMatchObject({
      score: 1.5,
      answered: 2,
      unanswered: 1,
      completeness: 66.7
    });
    // Overall: (2.5 + 1.5 + 3 + 4 + 2) / 5 = 2.6; 7 answered of 10.
    expect(score.overall).toMatchObject({ score: 2.6, completeness: 70, answered: 7, total: 10 });
  });

  it('scoreQuestionnaire(bank, answers) leaves a step with no answers out of the overall', () => {
    const bank = tinyBank([1, 1, 1, 1, 1]);
    const score = scoreQuestionnaire(bank, [
      answer('t1-q1', 1),
      answer('t2-q1', 2),
      answer('t3-q1', 'unknown'),
      answer('t4-q1', 3)
    ]);
    // (1 + 2 + 3) / 3 = 2; steps 3 and 5 reported as unscored.
    expect(score.overall.score).toBe(2);
    expect(score.overall.stepsWithoutAnswers).toEqual([3, 5]);
    expect(score.steps[2]).toMatchObject({ score: null, gap: null, completeness: 0 });
  });

  it('scoreQuestionnaire(bank, overrides) scores the stage chosen, with or without evidence', () => {
    const bank = tinyBank([2, 1, 1, 1, 1]);
    const score = scoreQuestionnaire(bank, [
      answer('t1-q1', 4, { overrideReason: 'Inventory tool not exported' }),
      answer('t1-q2', 2, { acceptedEvidence: true })
    ]);
    expect(score.steps[0].score).toBe(3);
  });

  it('scoreQuestionnaire(bank, answers, targets) reads targets by step and defaults to 3', () => {
    const bank = tinyBank([1, 1, 1, 1, 1]);
    const answers = ['t1-q1', 't2-q1', 't3-q1', 't4-q1', 't5-q1'].map((id) => answer(id, 2));
    const score = scoreQuestionnaire(bank, answers, { '1': 4, '4': 2 });
    expect(score.steps.map((s) => [s.target, s.gap])).toEqual([
      [4, 2],
      [3, 1],
      [3, 1],
      [2, 0],
      [3, 1]
    ]);
  });

  it('scoreQuestionnaire(bank, answers) rounds half away from zero to one decimal', () => {
    // Step 1: 2, 2, 2, 3 → 2.25 → 2.3, gap to target 2 is −0.25 → −0.3.
    // Step 2: 1, 2 → 1.5. Overall from exact means: (2.25 + 1.5) / 2 = 1.875 → 1.9.
    // Step 3: 1, 1, 2 → 1.333… → 1.3; step 4: 1, 2, 2 → 1.666… → 1.7.
    const bank = tinyBank([4, 2, 3, 3, 1]);
    const score = scoreQuestionnaire(
      bank,
      [
        answer('t1-q1', 2),
        answer('t1-q2', 2),
        answer('t1-q3', 2),
        answer('t1-q4', 3),
        answer('t2-q1', 1),
        answer('t2-q2', 2)
      ],
      { '1': 2 }
    );
    expect(score.steps[0]).toMatchObject({ score: 2.3, gap: -0.3 });
    expect(score.overall.score).toBe(1.9);

    const more = scoreQuestionnaire(bank, [
      answer('t3-q1', 1),
      answer('t3-q2', 1),
      answer('t3-q3', 2),
      answer('t4-q1', 1),
      answer('t4-q2', 2),
      answer('t4-q3', 2)
    ]);
    expect([more.steps[2].score, more.steps[3].score]).toEqual([1.3, 1.7]);
    expect(more.overall.score).toBe(1.5); // (4/3 + 5/3) / 2
    expect(more.overall.completeness).toBe(46.2); // 6 of 13 = 46.15…
  });

  it('scoreQuestionnaire(bank, answers) takes the overall from exact step means', () => {
    // Step 1: 1, 1, 1, 2 → 1.25 (shown 1.3); step 2: 1. Exact: 1.125 → 1.1, not (1.3 + 1) / 2.
    const bank = tinyBank([4, 1, 1, 1, 1]);
    const score = scoreQuestionnaire(bank, [
      answer('t1-q1', 1),
      answer('t1-q2', 1),
      answer('t1-q3', 1),
      answer('t1-q4', 2),
      answer('t2-q1', 1)
    ]);
    expect(score.steps[0].score).toBe(1.3);
    expect(score.overall.score).toBe(1.1);
  });

  it('scoreQuestionnaire(bank, answers) uses the latest answer and ignores unknown questions', () => {
    const bank = tinyBank([1, 1, 1, 1, 1]);
    const score = scoreQuestionnaire(bank, [
      answer('t1-q1', 1, { updated: '2025-01-01T00:00:00Z' }),
      answer('t1-q1', 4, { updated: '2025-01-02T00:00:00Z' }),
      answer('zz-q9', 1)
    ]);
    expect(score.steps[0].score).toBe(4);
    expect(score.overall).toMatchObject({ answered: 1, total: 5, score: 4 });
  });
});

describe('stepGaps', () => {
  it('stepGaps(bank, answers, score) lists questions below target or unknown, never N/A', () => {
    const bank = tinyBank([4, 1, 1, 1, 1]);
    const answers = [
      answer('t1-q1', 1),
      answer('t1-q2', 3),
      answer('t1-q3', 'na'),
      answer('t1-q4', 'unknown')
    ];
    const gaps = stepGaps(bank, answers, scoreQuestionnaire(bank, answers));
    expect(gaps[0]).toEqual({
      step: 1,
      current: 2,
      target: 3,
      gap: 1,
      questionIds: ['t1-q1', 't1-q4'],
      questions: [
        { questionId: 't1-q1', action: 'Practice at stage 3', current: 1, target: 3 },
        { questionId: 't1-q4', action: 'Practice at stage 3', current: null, target: 3 }
      ]
    });
    // Step 2 has no answer: the whole target is the gap.
    expect(gaps[1]).toMatchObject({ current: null, gap: 3, questionIds: ['t2-q1'] });
  });
});
