import { describe, expect, it } from 'vitest';
import { gcpIamPolicy } from '$lib/core/importers/gcp/iam-policy';
import { conditionExpiry } from '$lib/core/importers/gcp/condition';
import { readMember } from '$lib/core/importers/gcp/members';
import type { Assignment } from '$lib/core/model';
import { detect, readFixtureJson, readRealJson, runJson } from '../helpers';

const FOLDER = '09_gcp_iam';
const ORG = 'c7n_flight_organization-iam-policy_getIamPolicy.body.json';
const PROJECT = 'c7n_flight_project-iam-policy_custodian-test-2_getIamPolicy.body.json';

/** `role → principal` pairs, sorted, for readable expectations. */
function pairs(assignments: Assignment[]): string[] {
  return assignments.map((a) => `${a.roleId} → ${a.principalId}`).sort();
}

describe('gcpIamPolicy.detect', () => {
  it('gcpIamPolicy.detect(value) accepts the organization and project policies', () => {
    for (const file of [ORG, PROJECT]) {
      expect(detect(gcpIamPolicy, readRealJson(FOLDER, file))?.confidence).toBeGreaterThanOrEqual(
        0.9
      );
    }
  });

  it('gcpIamPolicy.detect(value) rejects a key list and AWS authorization details', () => {
    expect(
      detect(
        gcpIamPolicy,
        readRealJson(FOLDER, 'c7n_flight_iam-service-account-key-query_keys.body.json')
      )
    ).toBeNull();
    const authz = readRealJson(
      '02_aws_authorization_details',
      'cloudsplaining_test_files_example-authz-details.json'
    );
    expect(detect(gcpIamPolicy, authz)).toBeNull();
  });
});

describe('gcpIamPolicy.parse on the organization policy (repeated bindings)', () => {
  const out = runJson(gcpIamPolicy, readRealJson(FOLDER, ORG), 'org-policy.json');
  const { records } = out;

  it('gcpIamPolicy.parse(json) makes 4 accounts: 2 users, 2 service accounts, not primary', () => {
    expect(records.accounts.map((a) => `${a.kind} ${a.email}`).sort()).toEqual([
      'human abc@gmail.com',
      'human zzz@gmail.com',
      'service abc@testproject.iam.gserviceaccount.com',
      'service def@testproject.iam.gserviceaccount.com'
    ]);
    expect(records.accounts.every((a) => a.primary === false && a.enabled === undefined)).toBe(
      true
    );
    expect(records.accounts.find((a) => a.email === 'abc@gmail.com')?.id).toBe(
      'gcp:user:abc@gmail.com'
    );
  });

  it('gcpIamPolicy.parse(json) gives 9 assignments from 9 bindings with repeats removed', () => {
    expect(pairs(records.assignments)).toEqual([
      'gcp:role:roles/admin → gcp:group:dummygroup1',
      'gcp:role:roles/admin → gcp:serviceAccount:abc@testproject.iam.gserviceaccount.com',
      'gcp:role:roles/admin → gcp:user:abc@gmail.com',
      'gcp:role:roles/editor → gcp:public:allUsers',
      'gcp:role:roles/editor → gcp:serviceAccount:def@testproject.iam.gserviceaccount.com',
      'gcp:role:roles/editor → gcp:user:zzz@gmail.com',
      'gcp:role:roles/owner → gcp:serviceAccount:abc@testproject.iam.gserviceaccount.com',
      'gcp:role:roles/owner → gcp:user:abc@gmail.com',
      'gcp:role:roles/viewer → gcp:user:abc@gmail.com'
    ]);
    expect(records.assignments.every((a) => a.type === 'permanent' && !a.end)).toBe(true);
  });

  it('gcpIamPolicy.parse(json) marks owner and editor privileged among 4 roles, 1 group', () => {
    expect(records.roles.map((r) => `${r.name}:${r.privileged}`).sort()).toEqual([
      'roles/admin:false',
      'roles/editor:true',
      'roles/owner:true',
      'roles/viewer:false'
    ]);
    expect(records.groups.map((g) => g.name)).toEqual(['dummygroup1']);
  });

  it('gcpIamPolicy.parse(json) skips the member without a prefix with a warning, and scopes by file', () => {
    expect(out.warnings.some((w) => w.includes('"abcdefg" has no type prefix'))).toBe(true);
    expect(out.rejected).toEqual([]);
    expect(out.scopeKey).toBe('file:org-policy.json');
  });
});

describe('gcpIamPolicy.parse on the project policy', () => {
  const { records } = runJson(gcpIamPolicy, readRealJson(FOLDER, PROJECT));

  it('gcpIamPolicy.parse(json) gives 4 accounts, 3 roles (1 privileged), 5 assignments', () => {
    expect(records.accounts).toHaveLength(4);
    expect(records.roles).toHaveLength(3);
    expect(records.roles.filter((r) => r.privileged).map((r) => r.name)).toEqual(['roles/editor']);
    expect(records.assignments).toHaveLength(5);
    expect(records.groups).toEqual([]);
  });
});

describe('gcpIamPolicy.parse on a written fixture with conditions and odd members', () => {
  const out = runJson(gcpIamPolicy, readFixtureJson('gcp', 'iam-policy-conditions.json'));
  const { records } = out;

  it('gcpIamPolicy.parse(json) joins two spellings of one email into one account', () => {
    expect(records.accounts.map((a) => a.id).sort()).toEqual([
      'gcp:serviceAccount:builder@proj-fixture.iam.gserviceaccount.com',
      'gcp:user:alice.admin@example.com',
      'gcp:user:contractor@partner.example'
    ]);
    const owner = records.assignments.filter((a) => a.roleId === 'gcp:role:roles/owner');
    expect(owner).toHaveLength(1);
  });

  it('gcpIamPolicy.parse(json) reads an expiry condition as the end, keeping the later one', () => {
    const temp = records.assignments.find(
      (a) => a.principalId === 'gcp:user:contractor@partner.example'
    );
    expect(temp).toMatchObject({ type: 'permanent', end: '2024-06-30T00:00:00.000Z' });
    const compute = records.assignments.find((a) => a.roleId === 'gcp:role:roles/compute.admin');
    expect(compute?.end).toBeUndefined();
    expect(out.warnings.some((w) => w.includes('only dev instances'))).toBe(true);
  });

  it('gcpIamPolicy.parse(json) grants public and deleted principals without making accounts', () => {
    const viewer = records.assignments.filter(
      (a) => a.roleId === 'gcp:role:roles/storage.objectViewer'
    );
    expect(viewer.map((a) => a.principalId).sort()).toEqual([
      'gcp:deleted:deleted:serviceAccount:old-job@proj-fixture.iam.gserviceaccount.com?uid=123456789012345678901',
      'gcp:public:allAuthenticatedUsers'
    ]);
    expect(records.assignments).toHaveLength(6);
  });

  it('gcpIamPolicy.parse(json) warns of domain and workload-identity members', () => {
    expect(out.warnings.some((w) => w.includes('example.com (roles/owner)'))).toBe(true);
    expect(out.warnings.some((w) => w.includes('principalSet'))).toBe(true);
  });

  it('gcpIamPolicy.parse(json) rejects the binding without a role by its position', () => {
    expect(out.rejected).toEqual([
      { line: 7, column: 'bindings[6].role', reason: 'binding without a role' }
    ]);
    const custom = records.roles.find(
      (r) => r.name === 'projects/proj-fixture/roles/customDeployer'
    );
    expect(custom).toMatchObject({ builtIn: false, privileged: false });
    expect(records.roles.filter((r) => r.privileged)).toHaveLength(2);
  });
});

describe('readMember and conditionExpiry', () => {
  it('readMember(raw) reads deleted principals as not accounts', () => {
    expect(readMember('deleted:user:bob@example.com?uid=42').type).toBe('deleted');
    expect(readMember('allUsers')).toEqual({ type: 'public', id: 'gcp:public:allUsers' });
    expect(readMember('serviceAccount:X@p.iam.gserviceaccount.com')).toMatchObject({
      type: 'serviceAccount',
      id: 'gcp:serviceAccount:x@p.iam.gserviceaccount.com'
    });
  });

  it('conditionExpiry(expression) finds the timestamp of a request.time bound', () => {
    expect(
      conditionExpiry(
        'resource.type == "x" && request.time < timestamp("2021-10-01T00:00:00.000Z")'
      )
    ).toBe('2021-10-01T00:00:00.000Z');
    expect(conditionExpiry('request.time > timestamp("2021-10-01T00:00:00Z")')).toBeUndefined();
  });
});
