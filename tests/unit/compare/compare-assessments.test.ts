import { describe, expect, it } from 'vitest';
import { compareAssessments } from '../../../src/lib/core/compare';
import type { AssessmentSnapshot } from '../../../src/lib/core/compare';
import type { Finding } from '../../../src/lib/core/findings/types';
import type { Kpi } from '../../../src/lib/core/metrics/types';
import { finding, NO_MFA_USERS, noMfa, rootFinding, twoKeys } from '../report/findings';
import { awsUser } from '../report/real-aws';

function kpi(id: Kpi['id'], value: number | null, unit: Kpi['unit'] = 'count'): Kpi {
  return { id, label: id, definition: '', value, unit, recordIds: [] };
}

// The real credential report: 20 distinct ARNs; 17 console users, 9 of them with MFA (52.9 %).
// In the "current" assessment kit has enrolled MFA: 10 of 17 (58.8 %).
const baseline: AssessmentSnapshot = {
  kpis: [
    kpi('accounts', 20),
    kpi('mfa-coverage', 52.9, 'percent'),
    kpi('dormant', 4),
    kpi('privileged', 3)
  ],
  findings: [
    noMfa(),
    rootFinding(),
    twoKeys(),
    finding({ id: 'ZTW-LOG-001', severity: 'low', step: 4, title: 'No sign-in log' }, ['x'])
  ],
  score: {
    overall: 1.8,
    steps: [
      { step: 1, current: 2 },
      { step: 2, current: 1.5 },
      { step: 3, current: null }
    ]
  }
};

const notAssessed = (f: Finding): Finding => ({ ...f, status: 'not-assessed', affected: [] });
const passed = (f: Finding): Finding => ({ ...f, status: 'pass', affected: [] });

const current: AssessmentSnapshot = {
  kpis: [
    kpi('accounts', 20),
    kpi('mfa-coverage', 58.8, 'percent'),
    kpi('dormant', null),
    kpi('privileged', 5)
  ],
  findings: [
    { ...noMfa(), affected: NO_MFA_USERS.filter((id) => id !== awsUser('kit')) },
    passed(rootFinding()),
    { ...twoKeys(), affected: [awsUser('andrew')] },
    notAssessed(
      finding({ id: 'ZTW-LOG-001', severity: 'low', step: 4, title: 'No sign-in log' }, [])
    ),
    finding({ id: 'ZTW-GCP-003', severity: 'critical', step: 3, title: 'Public binding' }, [
      'gcp:principal:allUsers'
    ])
  ],
  score: {
    overall: 2.1,
    steps: [
      { step: 1, current: 2.5 },
      { step: 2, current: 1.5 },
      { step: 3, current: 2 }
    ]
  }
};

describe('compareAssessments', () => {
  const c = compareAssessments(current, baseline);

  it('compareAssessments(current, baseline) gives KPI deltas with a good/bad verdict', () => {
    const byId = new Map(c.kpis.map((k) => [k.id, k]));
    expect(byId.get('mfa-coverage')).toMatchObject({ delta: 5.9, verdict: 'better' });
    expect(byId.get('accounts')).toMatchObject({ delta: 0, verdict: 'unchanged' });
    expect(byId.get('privileged')).toMatchObject({ delta: 2, verdict: 'worse' });
    expect(byId.get('dormant')).toMatchObject({ delta: null, verdict: 'not-comparable' });
  });

  it('compareAssessments(current, baseline) sorts findings into new, resolved and persisting', () => {
    expect(c.findings.new.map((f) => f.ruleId)).toEqual(['ZTW-GCP-003']);
    expect(c.findings.resolved.map((f) => f.ruleId)).toEqual(['ZTW-AWS-001']);
    // Persisting, worst severity first: MFA (high) before the keys (medium).
    expect(c.findings.persisting.map((f) => f.ruleId)).toEqual(['ZTW-MFA-001', 'ZTW-CRED-002']);
    const mfa = c.findings.persisting[0];
    expect(mfa.removed).toEqual([awsUser('kit')]);
    expect(mfa.added).toEqual([]);
    expect(mfa.current).toHaveLength(7);
    expect(c.findings.persisting[1].removed).toEqual([awsUser('kit')]);
  });

  it('compareAssessments(current, baseline) never calls a finding resolved when it is now not assessed', () => {
    expect(c.findings.notComparable.map((f) => [f.ruleId, f.currentStatus])).toEqual([
      ['ZTW-LOG-001', 'not-assessed']
    ]);
  });

  it('compareAssessments(current, baseline) gives the score change overall and per step', () => {
    expect(c.score.overall).toMatchObject({ delta: 0.3, verdict: 'better' });
    expect(c.score.steps.map((s) => [s.step, s.delta])).toEqual([
      [1, 0.5],
      [2, 0],
      [3, null],
      [4, null],
      [5, null]
    ]);
  });
});
