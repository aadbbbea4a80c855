/**
 * A report input over the real AWS credential report, plus two Entra accounts with a Cyrillic
 * and a Greek name. KPI values are worked out by hand from the file (see the comments).
 */
import type { Source } from '../../../src/lib/core/assessment';
import { radarChart, stepBars } from '../../../src/lib/core/charts/radar';
import { scoreSummary } from '../../../src/lib/core/compare';
import type { Finding } from '../../../src/lib/core/findings/types';
import type { Kpi } from '../../../src/lib/core/metrics/types';
import type { Account } from '../../../src/lib/core/model';
import type { Score } from '../../../src/lib/core/questionnaire/score';
import type { ReportInput } from '../../../src/lib/core/report';
import { buildRoadmap } from '../../../src/lib/core/roadmap';
import { finding, noMfa, rootFinding, twoKeys } from './findings';
import { awsRecords } from './real-aws';

export const ANNA = 'entra:user:6a0c1f2e-0000-4000-8000-000000000001';
export const NIKOS = 'entra:user:6a0c1f2e-0000-4000-8000-000000000002';

const ENTRA: Account[] = [
  {
    id: ANNA,
    system: 'entra',
    nativeId: '6a0c1f2e-0000-4000-8000-000000000001',
    name: 'Анна Соколова',
    upn: 'anna.sokolova@contoso.example',
    kind: 'human',
    enabled: true,
    mfaRegistered: true,
    mfaMethods: ['sms']
  },
  {
    id: NIKOS,
    system: 'entra',
    nativeId: '6a0c1f2e-0000-4000-8000-000000000002',
    name: 'Νίκος Παπαδόπουλος',
    upn: 'nikos.papadopoulos@contoso.example',
    kind: 'human',
    enabled: true,
    mfaRegistered: true,
    mfaMethods: ['push']
  }
];

function kpi(
  id: Kpi['id'],
  label: string,
  value: number | null,
  unit: Kpi['unit'],
  more: Partial<Kpi> = {}
): Kpi {
  return {
    id,
    label,
    definition: `Definition of ${label.toLowerCase()}.`,
    value,
    unit,
    recordIds: [],
    ...more
  };
}

/** 20 AWS accounts (distinct ARNs) + 2 Entra; MFA: 9 of 17 AWS console users + 2 of 2 Entra. */
export const KPIS: Kpi[] = [
  kpi('accounts', 'Accounts', 22, 'count'),
  kpi('mfa-coverage', 'MFA coverage', 57.9, 'percent', { numerator: 11, denominator: 19 }),
  kpi('phishing-resistant', 'Phishing-resistant MFA', null, 'percent', {
    notAssessed: 'an Entra registration details export'
  }),
  kpi('credentials', 'Active credentials', 1234, 'count'),
  kpi('maturity', 'Maturity', 1.9, 'score')
];

export const SCORE: Score = {
  steps: [
    [1, 'Inventory and visibility', 2.5, 3],
    [2, 'Strong authentication', 1.5, 3],
    [3, 'Adaptive access and least privilege', 2, 3],
    [4, 'Continuous monitoring', null, 3],
    [5, 'Automation and metrics', 1.5, 2]
  ].map(([step, title, score, target]) => ({
    step: step as 1,
    title: title as string,
    score: score as number | null,
    answered: 2,
    total: 4,
    na: 0,
    unknown: 0,
    unanswered: 2,
    completeness: 50,
    target: target as number,
    gap: score === null ? null : (target as number) - (score as number)
  })),
  overall: { score: 1.9, completeness: 50, answered: 8, total: 20, stepsWithoutAnswers: [4] }
};

export const privilegedNoPhr = (): Finding =>
  finding(
    {
      id: 'ZTW-MFA-004',
      severity: 'critical',
      step: 2,
      title: 'Administrators without phishing-resistant MFA'
    },
    [ANNA, NIKOS]
  );

export const FINDINGS = (): Finding[] => [
  privilegedNoPhr(),
  noMfa(),
  rootFinding(),
  twoKeys(),
  {
    ...finding(
      { id: 'ZTW-LOG-001', severity: 'medium', step: 4, title: 'Sign-ins not reviewed' },
      []
    ),
    status: 'not-assessed',
    needs: 'an Entra sign-in log export'
  },
  {
    ...finding({ id: 'ZTW-PWD-002', severity: 'low', step: 1, title: 'Passwords never rotated' }, [
      ANNA
    ]),
    acceptance: {
      ruleId: 'ZTW-PWD-002',
      reason: 'Passwordless rollout in Q3',
      expires: '2017-09-30T00:00:00Z',
      acceptedAt: '2017-02-20T00:00:00Z'
    }
  }
];

const SOURCE: Source = {
  id: 's1',
  assessmentId: 'a1',
  format: 'aws-credential-report-json',
  formatLabel: 'AWS credential report',
  system: 'aws',
  fileName: 'c7n_test_account_credential_report.GetCredentialReport_1.json',
  size: 6535,
  hash: 'x',
  // GeneratedTime in the file: 2017-02-22 23:07:48.
  exportedAt: '2017-02-22T23:07:48Z',
  importedAt: '2017-02-23T09:00:00Z',
  accepted: 21,
  rejected: 0,
  counts: { accounts: 20 },
  warnings: ['christopher appears twice; the later row is kept'],
  rejectedRows: [],
  evidence: ''
};

export const ASOF = '2017-02-22T23:07:48Z';

/** The whole sample input. */
export function sampleInput(over: Partial<ReportInput> = {}): ReportInput {
  const aws = awsRecords();
  const findings = FINDINGS();
  const roadmap = buildRoadmap({
    findings,
    gaps: [{ step: 4, current: null, target: 3, gap: 3, questionIds: ['mon-1', 'mon-2'] }],
    asOf: ASOF
  }).actions;
  return {
    assessment: {
      client: 'Contoso Ltd',
      assessor: 'Jane Auditor',
      scope: 'AWS account 644160558196 and Entra tenant'
    },
    asOf: ASOF,
    generatedAt: '2017-03-01T10:00:00Z',
    kpis: KPIS,
    findings,
    score: scoreSummary(SCORE),
    roadmap,
    sources: [SOURCE],
    records: { accounts: [...aws.accounts, ...ENTRA], credentials: aws.credentials },
    charts: { radar: radarChart(SCORE), stepBars: stepBars(SCORE) },
    baseline: {
      label: 'the assessment of 2016-11-30',
      snapshot: {
        kpis: [
          kpi('accounts', 'Accounts', 20, 'count'),
          kpi('mfa-coverage', 'MFA coverage', 47.4, 'percent')
        ],
        findings: [rootFinding(), { ...noMfa(), affected: [...noMfa().affected, ANNA] }],
        score: { overall: 1.5, steps: [{ step: 1, current: 2 }] }
      }
    },
    ...over
  };
}
