/**
 * AWS privilege analysis on the real authorization-details exports. Every expectation was
 * worked out by reading the policies with jq (see the test names for the reasoning).
 */
import { describe, expect, it } from 'vitest';
import { awsAuthorizationDetails } from '$lib/core/importers/aws/authz-details';
import { analyse, importReal, names, short } from './helpers';

const FOLDER = '02_aws_authorization_details';
const small = () =>
  importReal(
    awsAuthorizationDetails,
    FOLDER,
    'cloudsplaining_test_files_example-authz-details.json'
  );
const big = () =>
  importReal(awsAuthorizationDetails, FOLDER, 'cloudsplaining_examples_files_example.json');
const demo = () =>
  importReal(
    awsAuthorizationDetails,
    FOLDER,
    'cloudmapper_demo_iam-get-account-authorization-details.json'
  );

describe('analysePrivilege on cloudsplaining test/files/example-authz-details.json', () => {
  const a = analyse(small(), '2020-06-01T00:00:00Z');

  it('analysePrivilege(small) finds obama (AdministratorAccess attached and via group admin), userwithlotsofpermissions (group admin) and the group admin admin-equivalent, nothing else', () => {
    expect(names(a.adminEquivalent)).toEqual(['admin', 'obama', 'userwithlotsofpermissions']);
    const obama = a.adminEquivalentDetails.find((d) => short(d.principalId) === 'obama');
    expect(obama?.reason).toBe('policy AdministratorAccess allows * on *');
  });

  it('analysePrivilege(small) gives OverprivilegedEC2 a definite path: iam:CreateAccessKey on * mints a key for an admin user', () => {
    const path = a.escalationPaths.find((p) => short(p.principalId) === 'OverprivilegedEC2');
    expect(path?.certainty).toBe('definite');
    expect(path?.steps).toHaveLength(1);
    expect(path?.steps[0].methodId).toBe('create-access-key');
    expect(['obama', 'userwithlotsofpermissions']).toContain(short(path!.steps[0].to));
    expect(names(a.escalation ?? [])).toEqual(['OverprivilegedEC2']);
  });

  it('analysePrivilege(small) rates MyRole and MyOtherRole only possible: PassRole + ec2:AssociateIamInstanceProfile needs an instance they control', () => {
    for (const role of ['MyRole', 'MyOtherRole']) {
      const path = a.escalationPaths.find((p) => short(p.principalId) === role);
      expect(path?.certainty).toBe('possible');
      expect(path?.steps[0].methodId).toBe('passrole-ec2-associate');
      expect(short(path!.steps[0].to)).toBe('OverprivilegedEC2');
    }
  });

  it('analysePrivilege(small) gives biden no path: PassRole + lambda:* but no role trusts lambda.amazonaws.com', () => {
    expect(a.escalationPaths.some((p) => short(p.principalId) === 'biden')).toBe(false);
  });

  it('analysePrivilege(small) lists the trust of each role: ssm for MyRole and MyOtherRole, ec2 (a compute service) for OverprivilegedEC2', () => {
    const trusts = a.aws.trusts.map(
      (t) => `${short(t.roleId)} ${t.kind} ${t.principal} ${t.computeService}`
    );
    expect(trusts.sort()).toEqual([
      'MyOtherRole service ssm.amazonaws.com true',
      'MyRole service ssm.amazonaws.com true',
      'OverprivilegedEC2 service ec2.amazonaws.com true'
    ]);
  });

  it('analysePrivilege(small) finds all three roles unused at 2020-06-01: two never used (RoleLastUsed {}), OverprivilegedEC2 last used 2019-01-20', () => {
    const unused = a.aws.unusedRoles ?? [];
    expect(names(unused.map((u) => u.roleId))).toEqual([
      'MyOtherRole',
      'MyRole',
      'OverprivilegedEC2'
    ]);
    expect(unused.find((u) => short(u.roleId) === 'OverprivilegedEC2')?.lastUsed).toBe(
      '2019-01-20T18:48:00.000Z'
    );
  });

  it('analysePrivilege(small) lists the data-exfiltration actions allowed on *: secrets and objects for OverprivilegedEC2; s3, dynamodb, lambda code and RDS snapshot sharing for biden', () => {
    const rights = (n: string) => a.aws.principals.find((p) => short(p.id) === n);
    expect(rights('OverprivilegedEC2')?.dataExfiltration.sort()).toEqual([
      's3:GetObject',
      'secretsmanager:GetSecretValue'
    ]);
    expect(rights('biden')?.dataExfiltration.sort()).toEqual([
      'dynamodb:Scan',
      'lambda:GetFunction',
      'rds:ModifyDBSnapshotAttribute',
      's3:GetObject'
    ]);
    expect(rights('biden')?.permissionsManagement).toEqual(['iam:PassRole']);
  });
});

describe('analysePrivilege on cloudsplaining examples/files/example.json (the iam-vulnerable lab)', () => {
  const a = analyse(big(), '2021-01-01T00:00:00Z');
  const path = (n: string) => a.escalationPaths.find((p) => short(p.principalId) === n);

  it('analysePrivilege(big) finds 12 admin-equivalent principals: 3 users, 7 roles, 2 groups with * or iam:* on *', () => {
    expect(names(a.adminEquivalent)).toEqual([
      'AWS-QuickSetup-StackSet-Local-ExecutionRole',
      'AWSReservedSSO_AdministratorAccess_dc6414f7f2ab04fc',
      'OrganizationAccountAccessRole',
      'admin',
      'obama',
      'privesc-AssumeRole-ending-role',
      'privesc-high-priv-service-role',
      'privesc-sre-group',
      'privesc-sre-role',
      'privesc-sre-user',
      'stacksets-exec-b5520cb2730c2f54b523d6375a319abb',
      'userwithlotsofpermissions'
    ]);
  });

  it('analysePrivilege(big) honours Deny: fp1 (Allow iam:* + Deny iam:*) and fp2 (Allow * + Deny *) are neither admin nor escalating', () => {
    for (const n of [
      'fp1-allow-and-deny-user',
      'fp1-allow-and-deny-role',
      'fp2-allow-and-deny-multiple-policies-user'
    ]) {
      expect(a.adminEquivalent.map(short)).not.toContain(n);
      expect(path(n)).toBeUndefined();
    }
  });

  it('analysePrivilege(big) reads NotAction: fn4 (Allow NotAction iam:Update*/Create*/Attach*) is not admin but can still iam:PutUserPolicy on itself', () => {
    expect(a.adminEquivalent.map(short)).not.toContain('fn4-exploitableNotAction-user');
    expect(path('fn4-exploitableNotAction-user')?.steps.map((s) => s.methodId)).toEqual([
      'put-user-policy'
    ]);
  });

  it('analysePrivilege(big) matches resource globs: fn2 may CreatePolicyVersion on policy/fn2-*, which covers its own policy', () => {
    expect(path('fn2-exploitableResourceConstraint-user')).toMatchObject({
      certainty: 'definite',
      target: 'admin-tier:aws'
    });
  });

  it('analysePrivilege(big) rates conditional grants and hidden prerequisites as possible: fn3, fp5 (conditions), privesc2 (older version), privesc17 (existing function)', () => {
    expect(path('fn3-exploitableConditionConstraint-user')?.certainty).toBe('possible');
    expect(path('fp5-nonExploitableConditionConstraint-user')?.certainty).toBe('possible');
    expect(path('privesc2-SetExistingDefaultPolicyVersion-user')?.steps[0].methodId).toBe(
      'set-default-policy-version'
    );
    expect(path('privesc17-EditExistingLambdaFunctionWithRole-user')).toMatchObject({
      certainty: 'possible'
    });
    expect(a.escalation?.map(short)).not.toContain('fp5-nonExploitableConditionConstraint-user');
  });

  it('analysePrivilege(big) finds the published methods by name: each privescN user reaches admin by its method', () => {
    const expected: Record<string, string> = {
      'privesc1-CreateNewPolicyVersion-user': 'create-policy-version',
      'privesc4-CreateAccessKey-user': 'create-access-key',
      'privesc5-CreateLoginProfile-user': 'create-login-profile',
      'privesc6-UpdateLoginProfile-user': 'update-login-profile',
      'privesc7-AttachUserPolicy-user': 'attach-user-policy',
      'privesc8-AttachGroupPolicy-user': 'attach-group-policy',
      'privesc10-PutUserPolicy-user': 'put-user-policy',
      'privesc11-PutGroupPolicy-user': 'put-group-policy',
      'privesc13-AddUserToGroup-user': 'add-user-to-group',
      'privesc14-UpdatingAssumeRolePolicy-user': 'update-assume-role-policy',
      'privesc15-PassExistingRoleToNewLambdaThenInvoke-user': 'passrole-lambda-invoke',
      'privesc18-PassExistingRoleToNewGlueDevEndpoint-user': 'passrole-glue-endpoint',
      'privesc20-PassExistingRoleToCloudFormation-user': 'passrole-cloudformation',
      'privesc21-PassExistingRoleToNewDataPipeline-user': 'passrole-datapipeline',
      'fn1-privesc3-partial-user': 'passrole-ec2'
    };
    for (const [user, method] of Object.entries(expected)) {
      expect({
        user,
        method: path(user)?.steps[0].methodId,
        certainty: path(user)?.certainty
      }).toEqual({ user, method, certainty: 'definite' });
    }
  });

  it('analysePrivilege(big) sends the PassRole methods to privesc-high-priv-service-role, the admin role that trusts lambda, ec2, glue, cloudformation and datapipeline', () => {
    expect(short(path('privesc15-PassExistingRoleToNewLambdaThenInvoke-user')!.steps[0].to)).toBe(
      'privesc-high-priv-service-role'
    );
    expect(short(path('fn1-privesc3-partial-user')!.steps[0].to)).toBe(
      'privesc-high-priv-service-role'
    );
  });

  it('analysePrivilege(big) follows role chains: starting-role assumes intermediate-role, which assumes the admin ending-role', () => {
    const p = path('privesc-AssumeRole-starting-role');
    expect(p?.steps.map((s) => `${s.kind} ${short(s.to)}`)).toEqual([
      'can-assume privesc-AssumeRole-intermediate-role',
      'can-assume privesc-AssumeRole-ending-role'
    ]);
  });

  it('analysePrivilege(big) flags OrganizationAccountAccessRole as trusted by another account (072528804237) and the SSO role as federated', () => {
    const org = a.aws.trusts.find((t) => short(t.roleId) === 'OrganizationAccountAccessRole');
    expect(org).toMatchObject({
      kind: 'account',
      crossAccount: true,
      principal: 'arn:aws:iam::072528804237:root'
    });
    const sso = a.aws.trusts.find((t) => short(t.roleId).startsWith('AWSReservedSSO_Admin'));
    expect(sso).toMatchObject({ kind: 'federated', conditional: true });
  });
});

describe('analysePrivilege on the CloudMapper demo authorization details', () => {
  const a = analyse(demo());

  it('analysePrivilege(demo) finds bad_role admin-equivalent (inline dostuff allows * on *) and trusted by "AWS": "*" with no condition', () => {
    expect(names(a.adminEquivalent)).toEqual(['bad_role']);
    const t = a.aws.trusts.filter((x) => x.kind === 'wildcard');
    expect(t.map((x) => [short(x.roleId), x.conditional])).toEqual([['bad_role', false]]);
  });

  it('analysePrivilege(demo) cannot judge unused roles: the CLI output has no RoleLastUsed', () => {
    expect(a.aws.unusedRoles).toBeNull();
  });

  it('analysePrivilege(demo) finds s3:GetObject on * for exfiller (s3:*) and both users (AmazonEC2RoleforSSM, directly or via the group)', () => {
    const exfil = a.aws.principals.filter(
      (p) => p.dataExfiltration.includes('s3:GetObject') && !p.admin
    );
    expect(names(exfil.map((p) => p.id))).toEqual([
      'GROUP_WITH_BAD_INLINE_POLICY',
      'USER',
      'USER_WITH_BAD_INLINE_POLICY',
      'exfiller'
    ]);
  });

  it('analysePrivilege(demo) finds no escalation: nobody holds sts:AssumeRole or IAM write rights on others', () => {
    expect(a.escalation).toEqual([]);
  });
});
