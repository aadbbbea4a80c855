import { describe, expect, it } from 'vitest';
import {
  credentialAgeChart,
  credentialAgeHistogram,
  dormancyChart,
  dormancyHistogram,
  findingsBySeverity,
  findingsBySeverityChart,
  findingsByStep,
  findingsByStepChart,
  mfaBySource,
  mfaBySourceChart,
  mfaByStrength,
  mfaByStrengthChart
} from '../../../src/lib/core/charts';
import type { Finding } from '../../../src/lib/core/findings';
import { account, analysisInput, credential, daysBefore } from '../../fixtures/metrics/build';
import { AWS_REPORT_1, AWS_REPORT_1_NEWEST, awsReportInput } from '../../fixtures/metrics/real-aws';

const accounts = [
  account('fido', { mfaRegistered: true, mfaMethods: ['fido2'] }),
  account('push', { mfaRegistered: true, mfaMethods: ['push', 'sms'] }),
  account('sms', { mfaRegistered: true, mfaMethods: ['sms'] }),
  account('none', { mfaRegistered: false, mfaMethods: [] }),
  account('recovery', { mfaRegistered: true, mfaMethods: ['email'] }),
  account('guest', { kind: 'guest', mfaRegistered: true, mfaMethods: ['totp'] }),
  account('off', { enabled: false, mfaRegistered: false }),
  account('svc', { kind: 'service', mfaRegistered: false }),
  account('awsYes', { system: 'aws', mfaRegistered: true }),
  account('awsNo', { system: 'aws', mfaRegistered: false }),
  account('adUser', { system: 'ad', enabled: undefined })
];

describe('mfaBySource', () => {
  it('mfaBySource(input) gives each system with MFA state its share, in SYSTEMS order', () => {
    const rows = mfaBySource(analysisInput({ accounts }));
    // Entra: fido, push, sms, guest have MFA; none and recovery-only do not: 4 of 6
    expect(rows.map((r) => [r.system, r.withMfa, r.total, r.percent])).toEqual([
      ['aws', 1, 2, 50],
      ['entra', 4, 6, 66.7]
    ]);
    expect(rows[1].withoutMfa.sort()).toEqual(['entra:user:none', 'entra:user:recovery']);
  });

  it('mfaBySourceChart(input) labels every bar with percent and counts', () => {
    const chart = mfaBySourceChart(analysisInput({ accounts }));
    for (const label of [
      '>AWS</text>',
      '>Entra ID</text>',
      '>50.0% (1 of 2)</text>',
      '>66.7% (4 of 6)</text>',
      '>100%</text>'
    ]) {
      expect(chart.svg).toContain(label);
    }
    expect(chart.text).toContain('Entra ID: 66.7% (4 of 6)');
  });
});

describe('mfaByStrength', () => {
  it('mfaByStrength(input) counts accounts by their strongest method; AWS MFA has no type', () => {
    const rows = mfaByStrength(analysisInput({ accounts }));
    expect(rows.map((r) => r.system)).toEqual(['aws', 'entra']);
    expect(rows[0].counts).toEqual({
      'phishing-resistant': 0,
      'app-based': 0,
      weak: 0,
      'unknown-type': 1,
      none: 1
    });
    expect(rows[1].counts).toEqual({
      'phishing-resistant': 1,
      'app-based': 2,
      weak: 1,
      'unknown-type': 0,
      none: 2
    });
    expect(rows[1].total).toBe(6);
  });

  it('mfaByStrengthChart(input) draws the legend and the segment counts', () => {
    const chart = mfaByStrengthChart(analysisInput({ accounts }));
    for (const label of [
      '>Phishing-resistant</text>',
      '>App-based</text>',
      '>SMS or voice only</text>',
      '>MFA, type not reported</text>',
      '>No MFA</text>',
      '>n = 6</text>'
    ]) {
      expect(chart.svg).toContain(label);
    }
    expect(chart.text).toContain(
      'Entra ID (6): Phishing-resistant 1, App-based 2, SMS or voice only 1, MFA, type not reported 0, No MFA 2'
    );
  });
});

describe('dormancyHistogram', () => {
  it('dormancyHistogram(input) puts 30|31, 90|91, 180|181 and 365|366 days on each side of the bin edges', () => {
    const ages = [0, 30, 31, 90, 91, 180, 181, 365, 366];
    const input = analysisInput({
      accounts: [
        ...ages.map((d) => account(`d${d}`, { lastSignIn: daysBefore(d) })),
        account('future', { lastSignIn: '2024-05-02T00:00:00Z' }),
        account('neverOld', { created: daysBefore(400) }),
        account('neverNew', { created: daysBefore(3) }),
        account('unknown'),
        account('off', { enabled: false, lastSignIn: daysBefore(500) })
      ]
    });
    const { bins, notJudged } = dormancyHistogram(input);
    expect(bins.map((b) => [b.label, b.count])).toEqual([
      ['0–30', 3],
      ['31–90', 2],
      ['91–180', 2],
      ['181–365', 2],
      ['>365', 1],
      ['never', 2]
    ]);
    expect(bins[0].ids.sort()).toEqual(['entra:user:d0', 'entra:user:d30', 'entra:user:future']);
    expect(notJudged).toBe(1);
  });

  it('dormancyHistogram(aws report 1) bins the 20 accounts as counted by hand', () => {
    // 0–30: andrew, anthony, calvin, christopher, david, Jennifer, joshua, kapil, kit,
    // mandeep, rob, scot; 31–90: root (49), chrissy (49), matt (44), ryanwolfe (55),
    // steven (65); never: c7n-iam-test, c7n-test, jeff
    const { bins, notJudged } = dormancyHistogram(
      awsReportInput(AWS_REPORT_1, AWS_REPORT_1_NEWEST)
    );
    expect(bins.map((b) => b.count)).toEqual([12, 5, 0, 0, 0, 3]);
    expect(notJudged).toBe(0);
  });

  it('dormancyChart(input) labels each bin with its count', () => {
    const chart = dormancyChart(awsReportInput(AWS_REPORT_1, AWS_REPORT_1_NEWEST));
    expect(chart.svg).toContain('>never</text>');
    expect(chart.svg).toContain('>12</text>');
    expect(chart.text).toContain('never: 3');
  });
});

describe('credentialAgeHistogram', () => {
  it('credentialAgeHistogram(input) bins active customer credentials by rotation or creation age', () => {
    const owner = account('svc', { kind: 'service' });
    const input = analysisInput({
      accounts: [owner],
      credentials: [
        credential('c30', owner, { created: daysBefore(30) }),
        credential('c31', owner, { created: daysBefore(31) }),
        credential('rotated', owner, { created: daysBefore(900), rotated: daysBefore(10) }),
        credential('c400', owner, { created: daysBefore(400) }),
        credential('inactive', owner, { created: daysBefore(400), active: false }),
        credential('system', owner, {
          kind: 'sa-key',
          customerManaged: false,
          created: daysBefore(400)
        }),
        credential('undated', owner)
      ]
    });
    const { bins, notJudged } = credentialAgeHistogram(input);
    expect(bins.map((b) => [b.label, b.count])).toEqual([
      ['0–30', 2],
      ['31–90', 1],
      ['91–180', 0],
      ['181–365', 0],
      ['>365', 1]
    ]);
    expect(notJudged).toBe(1);
  });

  it('credentialAgeHistogram(aws report 1) bins the 16 active keys as counted by hand', () => {
    // 0–30: c7n-iam-test, calvin, Jennifer; 91–180: kapil (153); the other 12 in 31–90
    const { bins } = credentialAgeHistogram(awsReportInput(AWS_REPORT_1, AWS_REPORT_1_NEWEST));
    expect(bins.map((b) => b.count)).toEqual([3, 12, 1, 0, 0]);
    const chart = credentialAgeChart(awsReportInput(AWS_REPORT_1, AWS_REPORT_1_NEWEST));
    expect(chart.text).toContain('91–180: 1');
  });
});

describe('findingsBySeverity and findingsByStep', () => {
  function finding(
    id: string,
    severity: Finding['severity'],
    step: Finding['step'],
    status: Finding['status']
  ): Finding {
    return {
      id,
      severity,
      step,
      status,
      title: id,
      why: '',
      remediation: '',
      ztmm: 'Governance',
      needs: '',
      affected: [],
      evidence: []
    };
  }
  const findings = [
    finding('A', 'critical', 2, 'finding'),
    finding('B', 'high', 2, 'finding'),
    finding('C', 'high', 1, 'finding'),
    finding('D', 'high', 1, 'pass'),
    finding('E', 'low', 3, 'not-assessed'),
    {
      ...finding('F', 'medium', 5, 'finding'),
      acceptance: { ruleId: 'F', reason: 'r', expires: '2030-01-01', acceptedAt: '2024-01-01' }
    }
  ];

  it('findingsBySeverity(findings) counts raised findings, accepted included, passes and blind rules not', () => {
    expect(findingsBySeverity(findings).map((r) => [r.severity, r.count])).toEqual([
      ['critical', 1],
      ['high', 2],
      ['medium', 1],
      ['low', 0],
      ['info', 0]
    ]);
  });

  it('findingsByStep(findings) counts raised findings per roadmap step', () => {
    expect(findingsByStep(findings).map((r) => r.count)).toEqual([1, 2, 0, 0, 1]);
  });

  it('findingsBySeverityChart and findingsByStepChart label bars with their counts', () => {
    const severity = findingsBySeverityChart(findings);
    expect(severity.svg).toContain('>Critical</text>');
    expect(severity.text).toContain('High: 2');
    const step = findingsByStepChart(findings);
    expect(step.svg).toContain('>2 Strong authentication</text>');
    expect(step.text).toContain('1 Inventory and visibility: 1');
  });
});
