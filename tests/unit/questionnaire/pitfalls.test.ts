import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BANK,
  detectPitfalls,
  scoreQuestionnaire
} from '../../../src/lib/core/questionnaire';
import type { Answer, Evidence, Pitfall } from '../../../src/lib/core/questionnaire';
import { answer, kpi } from './fixtures';

const QUESTIONS = DEFAULT_BANK.sections.flatMap((s) => s.questions);

/** Every question scoring into the step answered at one stage. */
function stepAt(step: number, stage: 1 | 2 | 3 | 4): Answer[] {
  return QUESTIONS.filter((q) => q.step === step).map((q) => answer(q.id, stage));
}

/** Figures of a tenant whose inventory, MFA and machine identities were all imported. */
const FULL: Evidence = {
  kpis: [
    kpi('accounts', 500),
    kpi('people', 420),
    kpi('service-accounts', 30),
    kpi('credentials', 45),
    kpi('mfa-coverage', 80)
  ],
  findings: []
};

function detect(answers: Answer[], evidence: Evidence = FULL): Pitfall[] {
  const score = scoreQuestionnaire(DEFAULT_BANK, answers, {});
  return detectPitfalls(DEFAULT_BANK, answers, score, evidence);
}

const ids = (pitfalls: Pitfall[]) => pitfalls.map((p) => p.id);

describe('detectPitfalls', () => {
  it('detectPitfalls raises nothing for a consistent assessment with full data', () => {
    expect(detect([...stepAt(1, 3), ...stepAt(2, 3), ...stepAt(4, 3), ...stepAt(5, 3)])).toEqual(
      []
    );
  });

  it('detectPitfalls(skipped-inventory) fires when later steps are advanced over a weak step 1', () => {
    const found = detect([...stepAt(1, 1), ...stepAt(4, 4)]);
    const pitfall = found.find((p) => p.id === 'skipped-inventory');
    expect(pitfall?.title).toBe('Controls built before the inventory');
    expect(pitfall?.explanation).toMatch(
      /Step 4 \(Continuous monitoring\) scores 4 while step 1 \(Inventory and visibility\) scores 1\.$/
    );
    expect(pitfall?.questionIds).toContain('s1-q01');
  });

  it('detectPitfalls(skipped-inventory) fires when inventory KPIs are not assessed', () => {
    const evidence: Evidence = { ...FULL, kpis: [...FULL.kpis.slice(2), kpi('people', null)] };
    const found = detect([...stepAt(1, 3), ...stepAt(3, 3)], evidence);
    expect(found.find((p) => p.id === 'skipped-inventory')?.explanation).toContain(
      'the inventory KPIs accounts, people are not assessed'
    );
  });

  it('detectPitfalls(skipped-inventory) stays quiet at the thresholds', () => {
    // Step 1 at exactly 2 is not weak; later steps below 3 are not advanced.
    expect(ids(detect([...stepAt(1, 2), ...stepAt(5, 4)]))).not.toContain('skipped-inventory');
    expect(ids(detect([...stepAt(1, 1), ...stepAt(3, 2), ...stepAt(4, 2)]))).not.toContain(
      'skipped-inventory'
    );
  });

  it('detectPitfalls(mfa-without-ux) fires on low UX care with high measured coverage', () => {
    const evidence: Evidence = {
      ...FULL,
      kpis: [...FULL.kpis.slice(0, 4), kpi('mfa-coverage', 95)]
    };
    const pitfall = detect([answer('pf-q02', 2)], evidence).find((p) => p.id === 'mfa-without-ux');
    expect(pitfall?.explanation).toContain(
      'The KPI mfa-coverage is 95%, but question pf-q02 is answered at stage 2 or below.'
    );
  });

  it('detectPitfalls(mfa-without-ux) fires on the MFA answer when coverage is not measured', () => {
    const evidence: Evidence = {
      ...FULL,
      kpis: [...FULL.kpis.slice(0, 4), kpi('mfa-coverage', null)]
    };
    const found = detect([answer('pf-q02', 1), answer('s2-q02', 3)], evidence);
    expect(found.find((p) => p.id === 'mfa-without-ux')?.questionIds).toEqual(['pf-q02', 's2-q02']);
  });

  it('detectPitfalls(mfa-without-ux) stays quiet with UX care, low coverage or no UX answer', () => {
    const high: Evidence = { ...FULL, kpis: [...FULL.kpis.slice(0, 4), kpi('mfa-coverage', 95)] };
    expect(ids(detect([answer('pf-q02', 3)], high))).not.toContain('mfa-without-ux');
    expect(ids(detect([answer('pf-q02', 'unknown')], high))).not.toContain('mfa-without-ux');
    // FULL has coverage 80, below 90, and s2-q02 is answered 2.
    expect(ids(detect([answer('pf-q02', 1), answer('s2-q02', 2)]))).not.toContain('mfa-without-ux');
  });

  it('detectPitfalls(neglected-nhi) fires on a low NHI answer', () => {
    const found = detect([answer('s1-q02', 2)]);
    const pitfall = found.find((p) => p.id === 'neglected-nhi');
    expect(pitfall?.explanation).toMatch(/Question s1-q02 is answered at stage 2 or below\.$/);
    expect(pitfall?.questionIds).toEqual(['s1-q02']);
  });

  it('detectPitfalls(neglected-nhi) fires when no service accounts or credentials were imported', () => {
    const evidence: Evidence = {
      kpis: [
        kpi('accounts', 500),
        kpi('people', 420),
        kpi('service-accounts', 0),
        kpi('credentials', null)
      ],
      findings: []
    };
    const pitfall = detect([], evidence).find((p) => p.id === 'neglected-nhi');
    expect(pitfall?.explanation).toContain(
      'The KPIs service-accounts and credentials are zero or not assessed: no machine identities were imported.'
    );
  });

  it('detectPitfalls(neglected-nhi) stays quiet with NHI answered well and inventoried', () => {
    expect(ids(detect([answer('s1-q02', 3), answer('pf-q03', 4)]))).not.toContain('neglected-nhi');
  });

  it('detectPitfalls(no-kpis) fires on a low metrics answer and not on a good or N/A one', () => {
    expect(detect([answer('pf-q04', 1)]).find((p) => p.id === 'no-kpis')?.explanation).toBe(
      'The programme has no agreed measures, so it cannot show progress and nobody is accountable for the results. Question pf-q04 is answered at stage 2 or below.'
    );
    expect(ids(detect([answer('pf-q04', 3)]))).not.toContain('no-kpis');
    expect(ids(detect([answer('pf-q04', 'na')]))).not.toContain('no-kpis');
  });

  it('detectPitfalls reads its thresholds from the bank', () => {
    const bank = {
      ...DEFAULT_BANK,
      pitfalls: DEFAULT_BANK.pitfalls.map((p) => (p.id === 'no-kpis' ? { ...p, lowAtMost: 3 } : p))
    };
    const answers = [answer('pf-q04', 3)];
    const found = detectPitfalls(bank, answers, scoreQuestionnaire(bank, answers), FULL);
    expect(ids(found)).toContain('no-kpis');
  });
});
