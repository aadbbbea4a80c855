import { describe, expect, it } from 'vitest';
import { computeKpis, KPI_IDS } from '../../../src/lib/core/metrics';
import type { Kpi } from '../../../src/lib/core/metrics';
import { account, analysisInput, privilege } from '../../fixtures/metrics/build';
import { AWS_REPORT_1, AWS_REPORT_1_NEWEST, awsReportInput } from '../../fixtures/metrics/real-aws';

function kpi(all: Kpi[], id: Kpi['id']): Kpi {
  const found = all.find((k) => k.id === id);
  if (!found) throw new Error(`no KPI ${id}`);
  return found;
}

describe('computeKpis', () => {
  it('computeKpis(input, extra) returns the twelve KPIs in KPI_IDS order', () => {
    const all = computeKpis(analysisInput({ accounts: [account('a')] }));
    expect(all.map((k) => k.id)).toEqual([...KPI_IDS]);
  });

  it('computeKpis(input, extra) takes privilege and maturity from extra, else from input', () => {
    const alice = account('alice', { mfaRegistered: true });
    const summary = privilege({ privileged: [alice.id] });
    const fromInput = computeKpis(analysisInput({ accounts: [alice] }, { privilege: summary }));
    expect(kpi(fromInput, 'privileged').value).toBe(1);
    expect(kpi(fromInput, 'mfa-privileged').value).toBe(100);
    expect(kpi(fromInput, 'maturity').value).toBeNull();
    const fromExtra = computeKpis(analysisInput({ accounts: [alice] }), {
      privilege: summary,
      maturity: 2.25
    });
    expect(kpi(fromExtra, 'privileged').value).toBe(1);
    expect(kpi(fromExtra, 'maturity').value).toBe(2.3);
  });

  it('computeKpis(input) on an empty assessment says "not assessed" for every KPI, never 0', () => {
    const all = computeKpis(analysisInput({}));
    for (const k of all) {
      expect(k.value, k.id).toBeNull();
      expect(k.notAssessed, k.id).toBeTruthy();
    }
  });
});

describe('computeKpis on the real AWS credential report (cloud-custodian, 21 rows)', () => {
  // Counted by hand from the CSV: 21 rows, root and christopher twice, so 20 accounts.
  // password_enabled true: 17 users, of which 9 have mfa_active true (anthony, calvin,
  // chrissy, david, joshua, mandeep, matt, rob, ryanwolfe). c7n-test has neither password nor
  // active key; the importer keeps it human, so it joins the denominator without MFA: 9/18.
  // c7n-iam-test has no password and an active key: the one service account.
  const all = computeKpis(awsReportInput(AWS_REPORT_1, AWS_REPORT_1_NEWEST));

  it('computeKpis(aws report) counts 20 accounts, 1 service account and 16 active keys', () => {
    expect(kpi(all, 'accounts').value).toBe(20);
    expect(kpi(all, 'service-accounts').value).toBe(1);
    // active access keys: andrew 2, kit 2, and one each for c7n-iam-test, calvin,
    // christopher, david, Jennifer, joshua, kapil, mandeep, rob, ryanwolfe, scot, steven
    expect(kpi(all, 'credentials').value).toBe(16);
  });

  it('computeKpis(aws report) gives MFA coverage 9 of 18 = 50.0', () => {
    const mfa = kpi(all, 'mfa-coverage');
    expect(mfa.numerator).toBe(9);
    expect(mfa.denominator).toBe(18);
    expect(mfa.value).toBe(50);
    expect(mfa.recordIds).toHaveLength(9);
    expect(mfa.recordIds.map((id) => id.split('/').pop()).sort()).toEqual(
      [
        'andrew',
        'c7n-test',
        'christopher',
        'jeff',
        'Jennifer',
        'kapil',
        'kit',
        'scot',
        'steven'
      ].sort()
    );
  });

  it('computeKpis(aws report) leaves phishing resistance and privilege not assessed', () => {
    for (const id of [
      'phishing-resistant',
      'privileged',
      'mfa-privileged',
      'escalation'
    ] as const) {
      expect(kpi(all, id).value, id).toBeNull();
    }
  });

  it("computeKpis(aws report) at the newest timestamp finds jeff dormant and kapil's key stale", () => {
    // jeff never signed in (no_information) and was created 2016-07-27T14:40, 120 whole days
    // before 2016-11-25T10:37
    expect(kpi(all, 'dormant').recordIds).toEqual(['aws:user:arn:aws:iam::644160558196:user/jeff']);
    // kapil's key 1 was last rotated 2016-06-24, 153 days before; the next oldest active
    // key (andrew's key 2, 2016-08-30) is 86 days old
    const stale = kpi(all, 'stale-credentials');
    expect(stale.value).toBe(1);
    expect(stale.recordIds[0]).toContain('user/kapil');
  });

  it('computeKpis(aws report) at 2017-01-01 finds 3 dormant accounts and 8 stale keys', () => {
    const later = computeKpis(awsReportInput(AWS_REPORT_1, '2017-01-01T00:00:00Z'));
    // more than 90 days means on or before 2016-10-02: jeff (never, created 2016-07-27),
    // steven (2016-09-20) and ryanwolfe (2016-09-30); chrissy (2016-10-06) is just inside
    const dormant = kpi(later, 'dormant').recordIds.map((id) => id.split('/').pop());
    expect(dormant.sort()).toEqual(['jeff', 'ryanwolfe', 'steven']);
    // keys rotated on or before 2016-10-02: andrew k2, christopher, joshua, kapil, kit k1 and
    // k2, ryanwolfe, steven
    expect(kpi(later, 'stale-credentials').value).toBe(8);
  });
});
