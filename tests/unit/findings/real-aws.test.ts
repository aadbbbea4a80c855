import { describe, expect, it } from 'vitest';
import { baseRules, evaluateRules } from '../../../src/lib/core/findings';
import type { Finding } from '../../../src/lib/core/findings';
import {
  AWS_REPORT_1,
  AWS_REPORT_1_NEWEST,
  AWS_REPORT_2,
  AWS_REPORT_2_NEWEST,
  awsReportInput
} from '../../fixtures/metrics/real-aws';

function byId(findings: Finding[], id: string): Finding {
  const found = findings.find((f) => f.id === id);
  if (!found) throw new Error(`no finding ${id}`);
  return found;
}

/** The user names behind affected ids: `aws:user:arn:…:user/<name>` or a key of that user. */
function users(f: Finding): string[] {
  return f.affected.map((id) => id.replace(/#.*$/, '').split(/[/:]/).pop() as string).sort();
}

describe('evaluateRules(baseRules) on the real credential report 1 (cloud-custodian)', () => {
  const findings = evaluateRules(baseRules, awsReportInput(AWS_REPORT_1, AWS_REPORT_1_NEWEST), []);

  it('evaluateRules flags the 9 humans without MFA, counted by hand from mfa_active', () => {
    const f = byId(findings, 'ZTW-MFA-002');
    expect(users(f)).toEqual(
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
    expect(f.evidence).toContain('jeff (AWS): no MFA method registered');
  });

  it('evaluateRules passes root on keys and MFA, and flags its sign-in 49 days before the as-of date', () => {
    expect(byId(findings, 'ZTW-ROOT-001').status).toBe('pass');
    expect(byId(findings, 'ZTW-ROOT-002').status).toBe('pass');
    expect(byId(findings, 'ZTW-ROOT-003').evidence).toEqual([
      '<root_account> (AWS): last sign-in 2016-10-06, 49 days before the as-of date'
    ]);
  });

  it("evaluateRules flags jeff as never used, kapil's key as stale, andrew and kit for two keys", () => {
    expect(byId(findings, 'ZTW-ACCT-001').status).toBe('pass');
    expect(byId(findings, 'ZTW-ACCT-002').evidence).toEqual([
      'jeff (AWS): never signed in, created 2016-07-27, 120 days before the as-of date'
    ]);
    expect(byId(findings, 'ZTW-CRED-001').evidence).toEqual([
      'access key access_key_1 of kapil (AWS): created 2016-06-24, 153 days before the as-of date'
    ]);
    expect(users(byId(findings, 'ZTW-CRED-006'))).toEqual(['andrew', 'kit']);
    // never-used keys are all younger than 90 days (ryanwolfe's, 58 days, is the oldest)
    expect(byId(findings, 'ZTW-CRED-002').status).toBe('pass');
  });

  it('evaluateRules leaves rules without their inputs not assessed', () => {
    for (const id of [
      'ZTW-INV-001',
      'ZTW-ACCT-003',
      'ZTW-MFA-001',
      'ZTW-MFA-003',
      'ZTW-PWD-001',
      'ZTW-CRED-003'
    ]) {
      expect(byId(findings, id).status, id).toBe('not-assessed');
    }
  });
});

describe('evaluateRules(baseRules) on the real credential report 2 (unused keys)', () => {
  const findings = evaluateRules(baseRules, awsReportInput(AWS_REPORT_2, AWS_REPORT_2_NEWEST), []);

  it('evaluateRules flags the root user: active key 1, no MFA, signed in on the as-of date', () => {
    expect(byId(findings, 'ZTW-ROOT-001').evidence).toEqual([
      'access key access_key_1 of <root_account> (AWS): active, created 2011-08-19, last used 2015-07-04'
    ]);
    expect(byId(findings, 'ZTW-ROOT-002').status).toBe('finding');
    expect(byId(findings, 'ZTW-ROOT-003').evidence).toEqual([
      '<root_account> (AWS): last sign-in 2016-11-25, 0 days before the as-of date'
    ]);
  });

  it('evaluateRules flags the four keys never used (charmworld, Hazmat, kaleb, kapilt)', () => {
    expect(users(byId(findings, 'ZTW-CRED-002'))).toEqual(
      ['Hazmat', 'charmworld', 'kaleb', 'kapilt'].sort()
    );
  });

  it("evaluateRules flags 7 stale credentials, root's active signing certificate among them", () => {
    const stale = byId(findings, 'ZTW-CRED-001');
    // root key 1 (2011) and cert 1 (2008), charmworld, Hazmat, kaleb, kapilt, tyre (2016-07-01);
    // rome's and syracuse's keys were created on the as-of date
    expect(stale.affected).toHaveLength(7);
    expect(stale.evidence).toContain(
      'certificate cert_1 of <root_account> (AWS): created 2008-06-25, 3075 days before the as-of date'
    );
  });

  it('evaluateRules flags the never-used accounts, and kaleb, the one human, without MFA', () => {
    expect(users(byId(findings, 'ZTW-ACCT-002'))).toEqual(
      ['Hazmat', 'charmworld', 'kaleb', 'kapilt'].sort()
    );
    expect(users(byId(findings, 'ZTW-MFA-002'))).toEqual(['kaleb']);
    expect(byId(findings, 'ZTW-CRED-006').status).toBe('pass');
  });
});
