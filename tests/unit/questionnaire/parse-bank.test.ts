import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BANK,
  exportBank,
  parseBank,
  parseBankText
} from '../../../src/lib/core/questionnaire';
import type { QuestionBank } from '../../../src/lib/core/questionnaire';

/**
 * A deep copy of the default bank as plain JSON with one value replaced (or removed, when
 * `value` is undefined) at `path`, the way a consultant would edit the exported file.
 */
function edited(path: (string | number)[], value: unknown): unknown {
  const bank: unknown = JSON.parse(JSON.stringify(DEFAULT_BANK));
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>(
      (node, key) => node[key] as Record<string | number, unknown>,
      bank as Record<string, unknown>
    );
  const last = path[path.length - 1];
  if (value === undefined) delete parent[last];
  else parent[last] = JSON.parse(JSON.stringify(value));
  return bank;
}

const [S1, S2, S3, S4, S5, PRINCIPLES, PITFALLS] = DEFAULT_BANK.sections;

function errorsOf(json: unknown): string[] {
  const result = parseBank(json);
  expect(result.ok).toBe(false);
  expect('bank' in result).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('parseBank', () => {
  it('parseBank(json) reports a duplicate question id with both places', () => {
    const json = edited(['sections', 1, 'questions', 0, 'id'], 's1-q01');
    expect(errorsOf(json)).toEqual([
      'sections[1].questions[0].id: duplicate question id "s1-q01" (first at sections[0].questions[0])'
    ]);
  });

  it('parseBank(json) rejects a question with three answers', () => {
    const json = edited(
      ['sections', 0, 'questions', 2, 'answers'],
      S1.questions[2].answers.slice(0, 3)
    );
    expect(errorsOf(json)).toEqual([
      'sections[0].questions[2].answers: expected exactly 4 answers, one per stage 1–4'
    ]);
  });

  it('parseBank(json) rejects the same stage twice and names the missing one', () => {
    const json = edited(['sections', 0, 'questions', 0, 'answers', 3, 'stage'], 2);
    expect(errorsOf(json)).toEqual([
      'sections[0].questions[0].answers[3].stage: stage 2 appears twice; each of stages 1–4 needs exactly one answer',
      'sections[0].questions[0].answers: no answer for stage 4'
    ]);
  });

  it('parseBank(json) rejects an unknown step', () => {
    const json = edited(['sections', 5, 'questions', 0, 'step'], 6);
    expect(errorsOf(json)).toEqual([
      'sections[5].questions[0].step: unknown step 6; steps are 1–5'
    ]);
  });

  it('parseBank(json) rejects a question whose step differs from its step section', () => {
    const json = edited(['sections', 1, 'questions', 3, 'step'], 3);
    expect(errorsOf(json)).toEqual([
      'sections[1].questions[3].step: question "s2-q04" scores into step 3 but sits in the section of step 2'
    ]);
  });

  it('parseBank(json) rejects an unknown KPI id in an evidence rule', () => {
    const at = ['sections', 1, 'questions', 1, 'evidence', 'source', 'kpiId'];
    const json = edited(at, 'mfa-coverge');
    expect(errorsOf(json)).toEqual([
      'sections[1].questions[1].evidence.source.kpiId: unknown KPI id "mfa-coverge"'
    ]);
  });

  it('parseBank(json) rejects an unknown KPI id used as a denominator', () => {
    const json = edited(['sections', 0, 'questions', 3, 'evidence', 'source', 'per'], 'users');
    expect(errorsOf(json)).toEqual([
      'sections[0].questions[3].evidence.source.per: unknown KPI id "users"'
    ]);
  });

  it('parseBank(json) rejects a malformed finding rule id', () => {
    const json = edited(['sections', 2, 'questions', 1, 'evidence', 'source', 'ruleId'], 'PRIV-1');
    expect(errorsOf(json)).toEqual([
      'sections[2].questions[1].evidence.source.ruleId: expected a finding rule id of the form ZTW-<AREA>-<NNN>'
    ]);
  });

  it('parseBank(json) rejects bands whose bounds do not rise', () => {
    const json = edited(['sections', 1, 'questions', 1, 'evidence', 'bands', 2, 'below'], 90);
    expect(errorsOf(json)).toEqual([
      'sections[1].questions[1].evidence.bands[2]: bound 90 must be greater than the previous bound 90'
    ]);
  });

  it('parseBank(json) rejects a band that is neither below nor atMost', () => {
    const json = edited(['sections', 1, 'questions', 1, 'evidence', 'bands', 0], {
      under: 50,
      stage: 1
    });
    expect(errorsOf(json)).toEqual([
      'sections[1].questions[1].evidence.bands[0]: expected a band { "below": number, "stage": 1–4 } or { "atMost": number, "stage": 1–4 }'
    ]);
  });

  it('parseBank(json) rejects an unknown stage in a band', () => {
    const json = edited(['sections', 1, 'questions', 1, 'evidence', 'otherwise'], 5);
    expect(errorsOf(json)).toEqual([
      'sections[1].questions[1].evidence.otherwise: unknown stage 5; stages are 1–4'
    ]);
  });

  it('parseBank(json) rejects an unknown ZTMM function', () => {
    const json = edited(['sections', 0, 'questions', 0, 'ztmm'], 'Identity');
    expect(errorsOf(json)).toEqual([
      'sections[0].questions[0].ztmm: unknown ZTMM function "Identity"'
    ]);
  });

  it('parseBank(json) rejects a misspelt field instead of ignoring it', () => {
    const json = edited(['sections', 0, 'questions', 0, 'helpText'], 'x');
    expect(errorsOf(json)).toEqual(['sections[0].questions[0]: Unrecognized key: "helpText"']);
  });

  it('parseBank(json) rejects a step left without questions', () => {
    // cp-q04 (a core principle) also scores into step 4.
    const json = edited(
      ['sections'],
      [
        S1,
        S2,
        S3,
        S5,
        { ...PRINCIPLES, questions: PRINCIPLES.questions.filter((q) => q.step !== 4) },
        PITFALLS
      ]
    );
    expect(errorsOf(json)).toEqual(['sections: no question scores into step 4']);
  });

  it('parseBank(json) rejects a pitfall that names an unknown question', () => {
    const json = edited(['pitfalls', 1, 'uxQuestionIds'], ['pf-q09']);
    expect(errorsOf(json)).toEqual(['pitfalls[1].uxQuestionIds[0]: unknown question id "pf-q09"']);
  });

  it('parseBank(json) rejects a missing bank id and a bad version together', () => {
    const withoutId = edited(['bankId'], undefined) as Record<string, unknown>;
    const json = { ...withoutId, version: 'v1' };
    expect(errorsOf(json)).toEqual([
      'bankId: Invalid input: expected string, received undefined',
      'version: expected a version such as 1.0.0'
    ]);
  });

  it('parseBank(json) rejects what is not a bank at all', () => {
    expect(errorsOf([])).toEqual(['(bank): Invalid input: expected object, received array']);
  });

  it('parseBank(json) accepts a bank with an added question and keeps it', () => {
    const { evidence: _dropped, ...first } = S4.questions[0];
    const json = edited(
      ['sections', 3, 'questions'],
      [...S4.questions, { ...first, id: 's4-q07' }]
    );
    const result = parseBank(json);
    expect(result.ok && result.bank.sections[3].questions.map((q) => q.id).at(-1)).toBe('s4-q07');
  });
});

describe('parseBankText', () => {
  it('parseBankText(exportBank(bank)) gives the same bank back', () => {
    const result = parseBankText(exportBank(DEFAULT_BANK));
    expect(result).toEqual({ ok: true, bank: DEFAULT_BANK as QuestionBank });
  });

  it('parseBankText(text) reports broken JSON as an error, not an exception', () => {
    const result = parseBankText('{"bankId": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^\(file\): not valid JSON: /);
  });
});
