import { describe, expect, it } from 'vitest';
import { awsAuthorizationDetails } from '$lib/core/importers/aws/authz-details';
import type { Policy, RecordSet } from '$lib/core/model';
import { detect, readFixtureJson, readRealJson, runJson } from '../helpers';

const FOLDER = '02_aws_authorization_details';
const CLOUDMAPPER = 'cloudmapper_demo_iam-get-account-authorization-details.json';
const EXAMPLE = 'cloudsplaining_examples_files_example.json';
const SMALL = 'cloudsplaining_test_files_example-authz-details.json';

function policy(records: RecordSet, nativeId: string): Policy {
  const found = records.policies.find((p) => p.nativeId === nativeId);
  if (!found) throw new Error(`no policy ${nativeId}`);
  return found;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

function statements(document: unknown): { Sid?: string; Action?: unknown }[] {
  const s = (document as { Statement?: unknown }).Statement;
  return (Array.isArray(s) ? s : [s]) as { Sid?: string; Action?: unknown }[];
}

describe('awsAuthorizationDetails.detect', () => {
  it('awsAuthorizationDetails.detect(value) accepts the three real files', () => {
    for (const file of [CLOUDMAPPER, EXAMPLE, SMALL]) {
      expect(
        detect(awsAuthorizationDetails, readRealJson(FOLDER, file))?.confidence
      ).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('awsAuthorizationDetails.detect(value) rejects a credential report and a GCP policy', () => {
    const report = readRealJson(
      '01_aws_credential_report',
      'cloudmapper_demo_iam-get-credential-report.json'
    );
    expect(detect(awsAuthorizationDetails, report)).toBeNull();
    const gcp = readRealJson(
      '09_gcp_iam',
      'c7n_flight_project-iam-policy_custodian-test-2_getIamPolicy.body.json'
    );
    expect(detect(awsAuthorizationDetails, gcp)).toBeNull();
    expect(detect(awsAuthorizationDetails, { Policies: [] })).toBeNull();
  });
});

describe('awsAuthorizationDetails.parse on cloudsplaining example.json', () => {
  const out = runJson(awsAuthorizationDetails, readRealJson(FOLDER, EXAMPLE));
  const { records } = out;

  it('awsAuthorizationDetails.parse(json) counts 44 users, 5 groups, 78 roles, 84+39 policies', () => {
    expect(records.accounts).toHaveLength(44);
    expect(records.accounts.every((a) => a.kind === 'human' && a.primary === false)).toBe(true);
    expect(records.groups).toHaveLength(5);
    expect(records.roles).toHaveLength(78);
    expect(countBy(records.policies, (p) => p.kind)).toEqual({
      'aws-managed': 38,
      'customer-managed': 46,
      inline: 39
    });
    expect(records.credentials).toEqual([]);
    expect(out.rejected).toEqual([]);
  });

  it('awsAuthorizationDetails.parse(json) puts the 6 GroupList entries into group members', () => {
    expect(records.groups.reduce((n, g) => n + g.memberIds.length, 0)).toBe(6);
    const admin = records.groups.find((g) => g.name === 'admin');
    expect(admin?.memberIds.sort()).toEqual([
      'aws:user:arn:aws:iam::012345678901:user/obama',
      'aws:user:arn:aws:iam::012345678901:user/userwithlotsofpermissions'
    ]);
  });

  it('awsAuthorizationDetails.parse(json) lists AdministratorAccess on its 6 principals', () => {
    // Counted from AttachedManagedPolicies of users, groups and roles, not from the stale
    // AttachmentCount (4) the file carries.
    const admin = policy(records, 'arn:aws:iam::aws:policy/AdministratorAccess');
    expect(admin.attachedTo).toHaveLength(6);
    expect(admin.attachedTo).toContain('aws:group:arn:aws:iam::012345678901:group/admin');
    const attachments = records.policies
      .filter((p) => p.kind !== 'inline')
      .reduce((n, p) => n + p.attachedTo.length, 0);
    expect(attachments).toBe(106);
  });

  it('awsAuthorizationDetails.parse(json) reads space-separated dates and RoleLastUsed', () => {
    const role = records.roles.find(
      (r) => r.name === 'AWS-QuickSetup-EnableCRecording-1clff_ap-northeast-1'
    );
    expect(role?.created).toBe('2022-08-07T12:55:43.000Z');
    expect(role?.lastUsed).toBe('2022-08-07T12:56:48.000Z');
    expect(records.roles.filter((r) => r.lastUsed !== undefined)).toHaveLength(26);
    expect(records.roles.filter((r) => r.builtIn)).toHaveLength(8);
    expect(records.roles.every((r) => r.privileged === false)).toBe(true);
  });

  it('awsAuthorizationDetails.parse(json) gives the group inline policy its owner', () => {
    const inline = records.policies.find((p) => p.name === 'InlinePolicyForBidenGroup');
    expect(inline?.kind).toBe('inline');
    expect(inline?.attachedTo).toEqual(['aws:group:arn:aws:iam::012345678901:group/biden']);
  });

  it('awsAuthorizationDetails.parse(json) takes the commonest of the mixed account ids as scope', () => {
    expect(out.scopeKey).toBe('200611803367');
    expect(out.warnings.some((w) => w.includes('012345678901'))).toBe(true);
  });
});

describe('awsAuthorizationDetails.parse on the smaller cloudsplaining file', () => {
  const { records } = runJson(awsAuthorizationDetails, readRealJson(FOLDER, SMALL));

  it('awsAuthorizationDetails.parse(json) counts 3 users, 2 groups, 3 roles, 32 managed + 6 inline', () => {
    expect(records.accounts).toHaveLength(3);
    expect(records.groups).toHaveLength(2);
    expect(records.roles).toHaveLength(3);
    expect(countBy(records.policies, (p) => p.kind)).toEqual({
      'aws-managed': 30,
      'customer-managed': 2,
      inline: 6
    });
  });

  it('awsAuthorizationDetails.parse(json) keeps only the default version (v11) of a policy', () => {
    const power = policy(records, 'arn:aws:iam::aws:policy/AWSCodeCommitPowerUser');
    // v11 added the CodeGuru statement that v10 lacks.
    expect(statements(power.document).map((s) => s.Sid)).toContain(
      'AmazonCodeGuruReviewerFullAccess'
    );
  });

  it('awsAuthorizationDetails.parse(json) keeps two same-named inline policies of two roles apart', () => {
    const supYo = records.policies.filter((p) => p.name === 'SupYo');
    expect(supYo).toHaveLength(2);
    expect(new Set(supYo.map((p) => p.id)).size).toBe(2);
    expect(supYo.map((p) => p.attachedTo[0]).sort()).toEqual([
      'aws:role:arn:aws:iam::012345678901:role/MyOtherRole',
      'aws:role:arn:aws:iam::012345678901:role/OverprivilegedEC2'
    ]);
  });

  it('awsAuthorizationDetails.parse(json) reads RoleLastUsed {} as never used', () => {
    const myRole = records.roles.find((r) => r.name === 'MyRole');
    expect(myRole?.lastUsed).toBeUndefined();
    expect(myRole?.created).toBe('2019-08-16T17:27:59.000Z');
  });
});

describe('awsAuthorizationDetails.parse on the cloudmapper demo', () => {
  const out = runJson(awsAuthorizationDetails, readRealJson(FOLDER, CLOUDMAPPER));
  const { records } = out;

  it('awsAuthorizationDetails.parse(json) counts 2 users, 1 group, 4 roles, 2 managed + 4 inline', () => {
    expect(records.accounts.map((a) => a.name).sort()).toEqual([
      'USER',
      'USER_WITH_BAD_INLINE_POLICY'
    ]);
    expect(records.groups[0].memberIds).toEqual(['aws:user:arn:aws:iam::aws:user/USER']);
    expect(records.roles).toHaveLength(4);
    expect(countBy(records.policies, (p) => p.kind)).toEqual({
      'aws-managed': 1,
      'customer-managed': 1,
      inline: 4
    });
  });

  it('awsAuthorizationDetails.parse(json) keeps the wildcard trust policy of bad_role and no lastUsed key', () => {
    const bad = records.roles.find((r) => r.name === 'bad_role');
    expect(bad?.trustPolicy).toMatchObject({ Statement: [{ Principal: { AWS: '*' } }] });
    expect(bad?.lastUsed).toBeUndefined();
    const ssm = policy(records, 'arn:aws:iam::aws:policy/service-role/AmazonEC2RoleforSSM');
    expect(ssm.attachedTo).toHaveLength(3);
  });

  it('awsAuthorizationDetails.parse(json) takes the scope from the 12-digit ids only', () => {
    expect(out.scopeKey).toBe('123456789012');
  });
});

describe('awsAuthorizationDetails.parse on a written fixture', () => {
  const out = runJson(
    awsAuthorizationDetails,
    readFixtureJson('aws', 'authz-two-versions-url-encoded.json')
  );
  const { records } = out;

  it('awsAuthorizationDetails.parse(json) never lets a non-default version that allows * through', () => {
    const deploy = policy(records, 'arn:aws:iam::555566667777:policy/DeployTools');
    expect(deploy.kind).toBe('customer-managed');
    const actions = statements(deploy.document).flatMap((s) => s.Action);
    expect(actions).toEqual(['codedeploy:CreateDeployment', 'codedeploy:GetDeployment']);
    expect(JSON.stringify(records.policies)).not.toContain('"Action":"*"');
    expect(deploy.attachedTo.sort()).toEqual([
      'aws:group:arn:aws:iam::555566667777:group/ops',
      'aws:user:arn:aws:iam::555566667777:user/Dana'
    ]);
  });

  it('awsAuthorizationDetails.parse(json) decodes URL-encoded trust and inline documents', () => {
    const role = records.roles.find((r) => r.name === 'CrossAccountAudit');
    expect(role?.trustPolicy).toMatchObject({
      Statement: [{ Principal: { AWS: 'arn:aws:iam::999988887777:root' } }]
    });
    const inline = records.policies.filter((p) => p.name === 'ReadReports');
    expect(inline).toHaveLength(3);
    expect(inline.every((p) => statements(p.document)[0].Action === 's3:GetObject')).toBe(true);
  });

  it('awsAuthorizationDetails.parse(json) warns of an attached policy it cannot see, makes no record', () => {
    expect(records.policies.some((p) => p.nativeId.endsWith('policy/NotListed'))).toBe(false);
    expect(out.warnings.some((w) => w.includes('policy/NotListed') && w.includes('Dana'))).toBe(
      true
    );
    expect(out.warnings.some((w) => w.includes('ghost-group'))).toBe(true);
  });

  it('awsAuthorizationDetails.parse(json) rejects a user without an Arn by its position', () => {
    expect(out.rejected).toEqual([{ line: 2, column: 'UserDetailList[1].Arn', reason: 'no Arn' }]);
    expect(records.accounts).toHaveLength(1);
    expect(records.accounts[0]).toMatchObject({
      name: 'Dana',
      created: '2022-04-01T09:30:00.000Z',
      attrs: { permissionsBoundary: 'arn:aws:iam::555566667777:policy/Boundary' }
    });
    expect(records.accounts[0].enabled).toBeUndefined();
  });

  it('awsAuthorizationDetails.parse(json) marks the service-linked role built-in', () => {
    const support = records.roles.find((r) => r.name === 'AWSServiceRoleForSupport');
    expect(support).toMatchObject({ builtIn: true, lastUsed: '2024-01-15T12:00:00.000Z' });
  });
});
