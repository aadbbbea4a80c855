import { describe, expect, it } from 'vitest';
import { awsCredentialReport } from '$lib/core/importers/aws/credential-report';
import { awsAuthorizationDetails } from '$lib/core/importers/aws/authz-details';
import type { Account, Credential } from '$lib/core/model';
import { detect, readFixture, readRealExport, runTable } from '../helpers';

const FOLDER = '01_aws_credential_report';
const C7N_1 = 'c7n_test_account_credential_report.GetCredentialReport_1.content.csv';
const C7N_2 = 'c7n_test_iam_user_unused_keys.GetCredentialReport_2.content.csv';

function byName(accounts: Account[], name: string): Account {
  const found = accounts.find((a) => a.name === name);
  if (!found) throw new Error(`no account ${name}`);
  return found;
}

function kinds(accounts: Account[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of accounts) out[a.kind] = (out[a.kind] ?? 0) + 1;
  return out;
}

function credentialsOf(credentials: Credential[], ownerArn: string): Credential[] {
  return credentials.filter((c) => c.ownerId === `aws:user:${ownerArn}`);
}

describe('awsCredentialReport.detect', () => {
  it('awsCredentialReport.detect(header) accepts both real reports with confidence ≥ 0.9', () => {
    for (const file of [C7N_1, C7N_2]) {
      const found = detect(awsCredentialReport, readRealExport(FOLDER, file));
      expect(found?.confidence).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('awsCredentialReport.detect(header) accepts a report with fewer columns', () => {
    const text = readFixture('aws', 'credential-report-z-dates-few-columns.csv');
    expect(detect(awsCredentialReport, text)?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('awsCredentialReport.detect(header) rejects the Entra users CSV of the real exports', () => {
    const text = readRealExport(
      '03_entra_users_graph',
      'azure-sentinel_SampleData_AADUSerInfo.csv'
    );
    expect(detect(awsCredentialReport, text)).toBeNull();
  });

  it('awsCredentialReport.detect(header) rejects a header with only user and arn', () => {
    expect(awsCredentialReport.detect(['user', 'arn', 'email'])).toBeNull();
  });
});

describe('awsCredentialReport on the cloud-custodian report with a duplicated user', () => {
  const out = runTable(awsCredentialReport, readRealExport(FOLDER, C7N_1));
  const { accounts, credentials } = out.records;

  it('awsCredentialReport(csv) makes one account per user: 21 rows, christopher twice → 20', () => {
    expect(accounts).toHaveLength(20);
    expect(accounts.filter((a) => a.name === 'christopher')).toHaveLength(1);
    expect(
      out.warnings.some((w) => w.includes('christopher') && w.includes('lines 9 and 10'))
    ).toBe(true);
    expect(out.rejected).toEqual([]);
  });

  it('awsCredentialReport(csv) keeps the root row as kind root and sorts users by password/keys', () => {
    // 18 humans (17 with a password, plus c7n-test with neither password nor key),
    // c7n-iam-test the only user with a key and no password.
    expect(kinds(accounts)).toEqual({ root: 1, human: 18, service: 1 });
    const root = byName(accounts, '<root_account>');
    expect(root.kind).toBe('root');
    expect(root.id).toBe('aws:user:arn:aws:iam::644160558196:root');
    expect(root.enabled).toBe(true);
    expect(root.lastSignIn).toBe('2016-10-06T15:47:11.000Z');
    expect(root.passwordLastSet).toBeUndefined();
    expect(byName(accounts, 'c7n-iam-test').kind).toBe('service');
    expect(byName(accounts, 'c7n-test').kind).toBe('human');
  });

  it('awsCredentialReport(csv) reads mfa_active for every row and never method types', () => {
    expect(accounts.filter((a) => a.mfaRegistered === true)).toHaveLength(10);
    expect(accounts.filter((a) => a.mfaRegistered === false)).toHaveLength(10);
    expect(accounts.every((a) => a.mfaMethods === undefined)).toBe(true);
  });

  it('awsCredentialReport(csv) merges christopher from the row with the newer dates', () => {
    const chris = byName(accounts, 'christopher');
    expect(chris.lastSignIn).toBe('2016-11-21T14:42:22.000Z');
    expect(chris.passwordLastSet).toBe('2016-11-21T14:42:53.000Z');
    expect(chris.created).toBe('2016-08-30T17:37:35.000Z');
    const keys = credentialsOf(credentials, 'arn:aws:iam::644160558196:user/christopher');
    expect(keys).toHaveLength(1);
    expect(keys[0].lastUsed).toBe('2016-11-21T18:44:00.000Z');
  });

  it('awsCredentialReport(csv) emits the 16 access keys that exist, none for empty slots', () => {
    expect(credentials).toHaveLength(16);
    expect(credentials.every((c) => c.kind === 'access-key' && c.active)).toBe(true);
    const andrew = credentialsOf(credentials, 'arn:aws:iam::644160558196:user/andrew');
    expect(andrew.map((c) => c.name).sort()).toEqual(['access_key_1', 'access_key_2']);
    const key2 = andrew.find((c) => c.name === 'access_key_2');
    expect(key2?.created).toBe('2016-08-30T19:05:50.000Z');
    expect(key2?.lastUsed).toBe('2016-10-20T20:27:00.000Z');
    expect(andrew.find((c) => c.name === 'access_key_1')?.lastUsed).toBeUndefined();
  });

  it('awsCredentialReport(csv) leaves lastSignIn empty for no_information and gives the scope', () => {
    expect(byName(accounts, 'jeff').lastSignIn).toBeUndefined();
    expect(byName(accounts, 'Jennifer').nativeId).toBe('arn:aws:iam::644160558196:user/Jennifer');
    expect(out.scopeKey).toBe('644160558196');
    expect(out.exportedAt).toBeUndefined();
  });
});

describe('awsCredentialReport on the report of key-only users', () => {
  const out = runTable(awsCredentialReport, readRealExport(FOLDER, C7N_2));
  const { accounts, credentials } = out.records;

  it('awsCredentialReport(csv) counts 6 key-only users as service and kaleb as human', () => {
    expect(accounts).toHaveLength(8);
    expect(kinds(accounts)).toEqual({ root: 1, human: 1, service: 6 });
    expect(byName(accounts, 'kaleb').kind).toBe('human');
    expect(byName(accounts, 'Hazmat').kind).toBe('service');
  });

  it("awsCredentialReport(csv) records the root's active key, inactive key and certificate", () => {
    const root = credentialsOf(credentials, 'arn:aws:iam::619193117841:root');
    expect(root).toHaveLength(3);
    const inactive = root.find((c) => c.name === 'access_key_2');
    expect(inactive).toMatchObject({ active: false, created: '2007-10-13T16:49:50.000Z' });
    const cert = root.find((c) => c.kind === 'certificate');
    expect(cert).toMatchObject({
      name: 'cert_1',
      active: true,
      rotated: '2008-06-25T02:07:10.000Z'
    });
    expect(root.find((c) => c.name === 'access_key_1')?.lastUsed).toBe('2015-07-04T15:09:00.000Z');
  });

  it('awsCredentialReport(csv) gives 10 credentials in all, 9 of them active', () => {
    expect(credentials).toHaveLength(10);
    expect(credentials.filter((c) => c.active)).toHaveLength(9);
    expect(credentials.filter((c) => c.kind === 'certificate')).toHaveLength(1);
    expect(out.scopeKey).toBe('619193117841');
  });
});

describe('awsCredentialReport on written fixtures', () => {
  it('awsCredentialReport(csv) reads Z dates and a header without cert or region columns', () => {
    const out = runTable(
      awsCredentialReport,
      readFixture('aws', 'credential-report-z-dates-few-columns.csv')
    );
    const { accounts, credentials } = out.records;
    expect(kinds(accounts)).toEqual({ root: 1, human: 2, service: 1 });
    expect(byName(accounts, 'alice')).toMatchObject({
      lastSignIn: '2024-03-15T07:45:00.000Z',
      passwordLastSet: '2023-12-01T12:00:00.000Z',
      mfaRegistered: true
    });
    expect(byName(accounts, 'ci-deploy').kind).toBe('service');
    // old-bob's only key is inactive: no password, no active key → human by the fallback.
    expect(byName(accounts, 'old-bob').kind).toBe('human');
    // ci-deploy: an active key and an inactive one; old-bob: one inactive key.
    expect(credentials).toHaveLength(3);
    expect(credentials.filter((c) => c.active)).toHaveLength(1);
    const deploy = credentialsOf(credentials, 'arn:aws:iam::111122223333:user/ci/ci-deploy');
    expect(deploy.find((c) => c.name === 'access_key_1')).toMatchObject({
      active: true,
      created: '2022-06-10T00:00:05.000Z',
      lastUsed: '2024-03-20T01:02:00.000Z'
    });
    expect(out.scopeKey).toBe('111122223333');
    expect(out.rejected).toEqual([]);
  });

  it('awsCredentialReport(csv) rejects rows without ARN or user and a truncated row, by line', () => {
    const out = runTable(
      awsCredentialReport,
      readFixture('aws', 'credential-report-malformed.csv')
    );
    expect(out.rejected.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 3, column: 'arn' },
      { line: 4, column: 'user' },
      { line: 6, column: 'password_next_rotation' }
    ]);
    expect(out.rejected[2].reason).toContain('6 of the header');
    expect(out.records.accounts.map((a) => a.name)).toEqual(['<root_account>', 'erin']);
  });

  it('awsCredentialReport(csv) keeps a row with an unreadable date and MFA flag, with warnings', () => {
    const out = runTable(
      awsCredentialReport,
      readFixture('aws', 'credential-report-malformed.csv')
    );
    const erin = byName(out.records.accounts, 'erin');
    expect(erin.lastSignIn).toBeUndefined();
    expect(erin.mfaRegistered).toBeUndefined();
    expect(out.warnings).toContain('line 5, password_last_used: unreadable date ignored');
    expect(out.warnings.some((w) => w.startsWith('line 5, mfa_active'))).toBe(true);
  });
});

describe('awsCredentialReport ids meet the authorization details', () => {
  it('awsCredentialReport(csv) and awsAuthorizationDetails(json) build the same user id', () => {
    const csv =
      'user,arn,user_creation_time,mfa_active\nbob,arn:aws:iam::123456789012:user/bob,N/A,false\n';
    const fromReport = runTable(awsCredentialReport, csv).records.accounts[0];
    const fromAuthz = awsAuthorizationDetails.parse(
      {
        UserDetailList: [{ UserName: 'bob', Arn: 'arn:aws:iam::123456789012:user/bob' }],
        GroupDetailList: []
      },
      { fileName: 'authz.json' }
    ).records.accounts[0];
    expect(fromAuthz.id).toBe(fromReport.id);
  });
});
