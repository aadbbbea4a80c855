import { describe, expect, it } from 'vitest';
import { gcpServiceAccountKeys } from '$lib/core/importers/gcp/sa-keys';
import { detect, readFixtureJson, readRealJson, runJson } from '../helpers';

const FOLDER = '09_gcp_iam';
const QUERY = 'c7n_flight_iam-service-account-key-query_keys.body.json';
const DELETE = 'c7n_flight_iam-delete-service-account-key_keys.body.json';
const SA = 'test-cutodian-scc@cloud-custodian.iam.gserviceaccount.com';

describe('gcpServiceAccountKeys.detect', () => {
  it('gcpServiceAccountKeys.detect(value) accepts both real key lists and the gcloud array', () => {
    for (const file of [QUERY, DELETE]) {
      expect(
        detect(gcpServiceAccountKeys, readRealJson(FOLDER, file))?.confidence
      ).toBeGreaterThanOrEqual(0.9);
    }
    const gcloud = readFixtureJson('gcp', 'sa-keys-gcloud-list.json');
    expect(detect(gcpServiceAccountKeys, gcloud)?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('gcpServiceAccountKeys.detect(value) rejects an IAM policy and a credential report', () => {
    const policy = readRealJson(
      FOLDER,
      'c7n_flight_organization-iam-policy_getIamPolicy.body.json'
    );
    expect(detect(gcpServiceAccountKeys, policy)).toBeNull();
    const report = readRealJson(
      '01_aws_credential_report',
      'cloudmapper_demo_iam-get-credential-report.json'
    );
    expect(detect(gcpServiceAccountKeys, report)).toBeNull();
  });
});

describe('gcpServiceAccountKeys.parse', () => {
  it('gcpServiceAccountKeys.parse(json) reads a system-managed and a user-managed key', () => {
    const out = runJson(gcpServiceAccountKeys, readRealJson(FOLDER, QUERY));
    const [system, user] = out.records.credentials;
    expect(system).toMatchObject({
      kind: 'sa-key',
      name: '1',
      ownerId: `gcp:serviceAccount:${SA}`,
      customerManaged: false,
      active: true,
      created: '2021-03-23T14:07:01.000Z',
      expires: '2021-04-09T14:07:01.000Z'
    });
    expect(user).toMatchObject({ name: '2', customerManaged: true, active: true });
    expect(user.expires).toBeUndefined();
    expect(out.records.accounts).toEqual([
      {
        id: `gcp:serviceAccount:${SA}`,
        system: 'gcp',
        nativeId: SA,
        name: SA,
        email: SA,
        kind: 'service',
        primary: false
      }
    ]);
    expect(out.scopeKey).toBe(SA);
  });

  it('gcpServiceAccountKeys.parse(json) reads the one never-expiring user-managed key', () => {
    const out = runJson(gcpServiceAccountKeys, readRealJson(FOLDER, DELETE));
    expect(out.records.credentials).toHaveLength(1);
    expect(out.records.credentials[0]).toMatchObject({
      created: '2021-03-31T13:27:15.000Z',
      customerManaged: true,
      active: true
    });
    expect(out.records.credentials[0].expires).toBeUndefined();
  });

  it('gcpServiceAccountKeys.parse(json) reads disabled keys as inactive and rejects odd names', () => {
    const out = runJson(gcpServiceAccountKeys, readFixtureJson('gcp', 'sa-keys-gcloud-list.json'));
    const { credentials, accounts } = out.records;
    expect(credentials.map((c) => [c.name, c.active])).toEqual([
      ['aaaa1111', false],
      ['bbbb2222', true]
    ]);
    expect(credentials[0].expires).toBe('2025-02-01T10:00:00.000Z');
    // The two spellings of the service account's email are one account.
    expect(accounts).toHaveLength(1);
    expect(out.rejected).toEqual([
      { line: 3, column: 'name', reason: expect.stringContaining('builder-key-without-path') }
    ]);
  });
});
