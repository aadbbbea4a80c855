import { describe, expect, it } from 'vitest';
import { baseRules } from '../../../src/lib/core/findings';
import { monitoringRules } from '../../../src/lib/core/findings/rules/monitoring';
import { privilegeRules } from '../../../src/lib/core/findings/rules/privilege';
import { DEFAULT_BANK, suggestStage } from '../../../src/lib/core/questionnaire';
import type { Question } from '../../../src/lib/core/questionnaire';
import { finding, kpi } from './fixtures';

function q(id: string): Question {
  const found = DEFAULT_BANK.sections.flatMap((s) => s.questions).find((x) => x.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}

describe('DEFAULT_BANK evidence rules', () => {
  it('DEFAULT_BANK names only finding rules that the findings catalogue has', () => {
    const known = new Set([...baseRules, ...privilegeRules, ...monitoringRules].map((r) => r.id));
    const named = DEFAULT_BANK.sections
      .flatMap((s) => s.questions)
      .map((x) => x.evidence?.source)
      .filter((src) => src?.kind === 'finding')
      .map((src) => (src?.kind === 'finding' ? src.ruleId : ''));
    expect(named).toEqual(['ZTW-INV-001', 'ZTW-INV-002', 'ZTW-PRIV-008']);
    for (const id of named) expect(known.has(id), id).toBe(true);
  });

  it('DEFAULT_BANK counts assessed rules only by prefixes that name rules of the catalogue', () => {
    const prefixes = DEFAULT_BANK.sections
      .flatMap((s) => s.questions)
      .map((x) => x.evidence?.source)
      .flatMap((src) => (src?.kind === 'rules-assessed' ? [src.rulePrefix] : []));
    expect(prefixes).toEqual(['ZTW-MON-']);
    const matching = monitoringRules.filter((r) => r.id.startsWith(prefixes[0]));
    expect(matching).toHaveLength(10);
  });
});

describe('suggestStage', () => {
  it.each([
    [0, 1],
    [49.9, 1],
    [50, 2],
    [89.9, 2],
    [90, 3],
    [98.9, 3],
    [99, 4],
    [100, 4]
  ])('suggestStage(s2-q02) maps mfa-coverage %d to stage %d', (value, stage) => {
    const s = suggestStage(q('s2-q02'), { kpis: [kpi('mfa-coverage', value)], findings: [] });
    expect(s).toMatchObject({ stage, value, kpiId: 'mfa-coverage' });
  });

  it('suggestStage(s2-q01) keeps stage 4 for complete privileged MFA only', () => {
    const at = (v: number) =>
      suggestStage(q('s2-q01'), { kpis: [kpi('mfa-privileged', v)], findings: [] })?.stage;
    expect([at(79.9), at(80), at(94.9), at(95), at(99.9), at(100)]).toEqual([1, 2, 2, 3, 3, 4]);
  });

  it('suggestStage(question) is null when the KPI is not assessed or absent', () => {
    expect(
      suggestStage(q('s2-q02'), { kpis: [kpi('mfa-coverage', null)], findings: [] })
    ).toBeNull();
    expect(suggestStage(q('s2-q02'), { kpis: [kpi('accounts', 10)], findings: [] })).toBeNull();
  });

  it('suggestStage(question) is null for a question without an evidence rule', () => {
    expect(q('s2-q04').evidence).toBeUndefined();
    expect(suggestStage(q('s2-q04'), { kpis: [kpi('mfa-coverage', 10)], findings: [] })).toBeNull();
  });

  it('suggestStage(s2-q02) explains the figure, the band and the stage', () => {
    const s = suggestStage(q('s2-q02'), { kpis: [kpi('mfa-coverage', 87.5)], findings: [] });
    expect(s?.explanation).toBe(
      'Enabled people and guests with at least one MFA method: 87.5% (from KPI mfa-coverage). ' +
        'The bank maps below 90% to stage 2 (Initial).'
    );
    const top = suggestStage(q('s2-q02'), { kpis: [kpi('mfa-coverage', 99.5)], findings: [] });
    expect(top?.explanation).toContain('maps 99% or more to stage 4 (Optimal)');
  });

  it('suggestStage(s1-q04) turns the dormant count into a share of accounts', () => {
    const at = (dormant: number, accounts: number) =>
      suggestStage(q('s1-q04'), {
        kpis: [kpi('dormant', dormant), kpi('accounts', accounts)],
        findings: []
      });
    // 7 / 400 = 1.75 %, shown 1.8, below 2 → stage 4; 8 / 400 = 2 % exactly → stage 3.
    expect(at(7, 400)).toMatchObject({ stage: 4, value: 1.8, kpiId: 'dormant' });
    expect(at(8, 400)).toMatchObject({ stage: 3, value: 2 });
    expect(at(60, 400)).toMatchObject({ stage: 1, value: 15 });
    expect(at(7, 400)?.explanation).toContain('7 by KPI dormant of 400 by KPI accounts');
  });

  it('suggestStage(s1-q04) is null when the denominator is zero or not assessed', () => {
    const with_ = (accounts: number | null) =>
      suggestStage(q('s1-q04'), {
        kpis: [kpi('dormant', 0), kpi('accounts', accounts)],
        findings: []
      });
    expect(with_(0)).toBeNull();
    expect(with_(null)).toBeNull();
  });

  it('suggestStage(s3-q02) reads permanent privileged assignments from the finding', () => {
    const s = suggestStage(q('s3-q02'), {
      kpis: [kpi('privileged', 10)],
      findings: [finding('ZTW-PRIV-008', 'finding', ['aws:user:a', 'aws:user:b', 'entra:user:c'])]
    });
    expect(s).toMatchObject({ stage: 3, value: 30, ruleId: 'ZTW-PRIV-008' });
  });

  it('suggestStage(s1-q01) counts a passing rule as zero and an unjudged one as nothing', () => {
    const at = (...findings: ReturnType<typeof finding>[]) =>
      suggestStage(q('s1-q01'), { kpis: [kpi('accounts', 200)], findings });
    expect(at(finding('ZTW-INV-001', 'pass'))).toMatchObject({ stage: 4, value: 0 });
    expect(at(finding('ZTW-INV-001', 'finding', ['x']))).toMatchObject({ stage: 3, value: 0.5 });
    expect(at(finding('ZTW-INV-001', 'not-assessed'))).toBeNull();
    expect(at(finding('ZTW-INV-009', 'pass'))).toBeNull();
    // Two verdicts of one rule: the affected records are counted once.
    const twice = at(
      finding('ZTW-INV-001', 'finding', ['a', 'b', 'c', 'd']),
      finding('ZTW-INV-001', 'finding', ['c', 'd', 'e', 'f'])
    );
    expect(twice).toMatchObject({ stage: 2, value: 3 });
  });

  it('suggestStage(s1-q02) reads ownerless service accounts as a share', () => {
    const at = (affected: string[]) =>
      suggestStage(q('s1-q02'), {
        kpis: [kpi('service-accounts', 40)],
        findings: [finding('ZTW-INV-002', affected.length ? 'finding' : 'pass', affected)]
      });
    // 0 of 40 → stage 3 at best (owners recorded, not enforced); 9 of 40 = 22.5 % → 2; 10 → 25 % → 1.
    expect(at([])).toMatchObject({ stage: 3, value: 0 });
    expect(at(Array.from({ length: 9 }, (_, i) => `sa${i}`))).toMatchObject({
      stage: 2,
      value: 22.5
    });
    expect(at(Array.from({ length: 10 }, (_, i) => `sa${i}`))).toMatchObject({
      stage: 1,
      value: 25
    });
  });

  it('suggestStage(s1-q05) applies atMost bounds to a count', () => {
    const at = (n: number) =>
      suggestStage(q('s1-q05'), { kpis: [kpi('escalation', n)], findings: [] })?.stage;
    expect([at(0), at(1), at(9), at(10)]).toEqual([3, 2, 2, 1]);
  });

  it('suggestStage(s4-q01) counts the monitoring rules the logs allowed to run', () => {
    const s = suggestStage(q('s4-q01'), {
      kpis: [],
      findings: [
        finding('ZTW-MON-001', 'finding', ['a']),
        finding('ZTW-MON-002', 'pass'),
        finding('ZTW-MON-003', 'not-assessed'),
        finding('ZTW-INV-001', 'pass')
      ]
    });
    expect(s).toMatchObject({ stage: 2, value: 2, rulePrefix: 'ZTW-MON-' });
    const none = suggestStage(q('s4-q01'), {
      kpis: [],
      findings: [finding('ZTW-MON-003', 'not-assessed')]
    });
    expect(none).toBeNull();
  });

  it('suggestStage(question) follows the bands written in the bank, not fixed numbers', () => {
    const base = q('s2-q02');
    const strict: Question = {
      ...base,
      evidence: { ...base.evidence!, bands: [{ below: 95, stage: 1 }], otherwise: 2 }
    };
    const s = suggestStage(strict, { kpis: [kpi('mfa-coverage', 94)], findings: [] });
    expect(s?.stage).toBe(1);
  });
});
