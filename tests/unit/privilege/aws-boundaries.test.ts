/**
 * Permissions boundaries in the AWS analysis, on a hand-written authorization-details export
 * (tests/fixtures/aws/authz-permissions-boundaries.json, account 111122223333). A user's or
 * role's rights are what its identity policies AND its boundary allow; the test names give the
 * reasoning behind each expectation.
 */
import { describe, expect, it } from 'vitest';
import { awsAuthorizationDetails } from '$lib/core/importers/aws/authz-details';
import { hasBit, PermissionSet, type SourcedStatement } from '$lib/core/privilege/aws/permissions';
import { parseStatements } from '$lib/core/privilege/aws/policy-document';
import { readFixtureJson } from '../importers/helpers';
import { analyse, names, short } from './helpers';

const FILE = 'authz-permissions-boundaries.json';
const records = () =>
  awsAuthorizationDetails.parse(readFixtureJson('aws', FILE), { fileName: FILE }).records;
const POLICY = 'arn:aws:iam::111122223333:policy/';
const ALL_DATA_ACTIONS = [
  's3:GetObject',
  'secretsmanager:GetSecretValue',
  'ssm:GetParameter',
  'ssm:GetParameters',
  'ssm:GetParametersByPath',
  'kms:Decrypt',
  'ec2:GetPasswordData',
  'ec2:ModifySnapshotAttribute',
  'rds:ModifyDBSnapshotAttribute',
  'dynamodb:Scan',
  'lambda:GetFunction'
];

describe('AWS permissions boundaries', () => {
  const a = analyse(records(), '2024-06-01T00:00:00Z');
  const rights = (n: string) => a.aws.principals.find((p) => p.name === n);
  const admin = (n: string) => a.adminEquivalentDetails.find((d) => short(d.principalId) === n);
  const pathOf = (n: string) => a.escalationPaths.find((p) => short(p.principalId) === n);

  it('admin-equivalent are only the group admins (boundaries do not apply to groups), erin (boundary allows * under MFA) and frank (boundary not exported): bob, ivy, dave and lambda-admin hold AdministratorAccess but their boundaries take it away', () => {
    expect(names(a.adminEquivalent)).toEqual(['admins', 'erin', 'frank']);
    expect(admin('admins')?.reason).toBe('policy AdministratorAccess allows * on *');
  });

  it('bob (AdministratorAccess, boundary S3OnlyBoundary = s3:* on *) keeps only s3:GetObject among the data actions and no permission management, and his note says the boundary caps AdministratorAccess', () => {
    const bob = rights('bob');
    expect(bob?.admin).toBeUndefined();
    expect(bob?.dataExfiltration).toEqual(['s3:GetObject']);
    expect(bob?.permissionsManagement).toEqual([]);
    expect(bob?.boundary).toEqual({
      arn: `${POLICY}S3OnlyBoundary`,
      policyId: `aws:policy:${POLICY}S3OnlyBoundary`,
      note: 'permissions boundary S3OnlyBoundary caps policy AdministratorAccess (* on *): not admin-equivalent'
    });
  });

  it("ivy gets AdministratorAccess only from the group admins, and her own boundary S3OnlyBoundary caps the group's policies too: s3:GetObject only, no boundary on the group itself", () => {
    expect(rights('ivy')?.admin).toBeUndefined();
    expect(rights('ivy')?.dataExfiltration).toEqual(['s3:GetObject']);
    expect(rights('admins')?.boundary).toBeUndefined();
    expect(rights('admins')?.dataExfiltration).toEqual(ALL_DATA_ACTIONS);
  });

  it('dave (AdministratorAccess, boundary DenyIamBoundary = Allow * but Deny iam:*) is not admin: the explicit Deny in the boundary wins; of permission management only the non-IAM sso:CreatePermissionSet and organizations:DetachPolicy stay, every data action stays', () => {
    const dave = rights('dave');
    expect(dave?.admin).toBeUndefined();
    expect(dave?.permissionsManagement).toEqual([
      'sso:CreatePermissionSet',
      'organizations:DetachPolicy'
    ]);
    expect(dave?.dataExfiltration).toEqual(ALL_DATA_ACTIONS);
    expect(dave?.boundary?.note).toBe(
      'permissions boundary DenyIamBoundary caps policy AdministratorAccess (* on *): not admin-equivalent'
    );
  });

  it('erin (AdministratorAccess, boundary MfaBoundary = * on * under aws:MultiFactorAuthPresent) is admin-equivalent only conditionally, and the reason names the boundary and both policies are cited', () => {
    const erin = admin('erin');
    expect(erin?.reason).toBe(
      'policy AdministratorAccess allows * on * within permissions boundary MfaBoundary (under a condition)'
    );
    expect(erin?.conditional).toBe(true);
    expect(erin?.sourceIds).toEqual([
      'aws:policy:arn:aws:iam::aws:policy/AdministratorAccess',
      `aws:policy:${POLICY}MfaBoundary`
    ]);
  });

  it('frank (AdministratorAccess, boundary GoneBoundary not among the exported policies) keeps the verdict of his identity policies, but only as possible, with a reason naming the missing boundary', () => {
    const frank = admin('frank');
    expect(frank?.conditional).toBe(true);
    expect(frank?.reason).toBe(
      `policy AdministratorAccess allows * on *, but its permissions boundary ${POLICY}GoneBoundary is not in the export and may cap that`
    );
    expect(rights('frank')?.boundary?.policyId).toBeUndefined();
    expect(rights('frank')?.boundary?.note).toBe(
      `permissions boundary ${POLICY}GoneBoundary is not in the export: rights from the identity policies are only possible`
    );
  });

  it('carol (DevTools: iam:CreatePolicyVersion on *; boundary CpvBoundary allows it too and is customer-managed) keeps a definite path: she rewrites DevTools and the boundary itself', () => {
    const path = pathOf('carol');
    expect(path?.certainty).toBe('definite');
    expect(path?.steps).toHaveLength(1);
    expect(path?.steps[0].methodId).toBe('create-policy-version');
    expect(short(path!.steps[0].via!)).toBe('DevTools');
    expect(path?.steps[0].note).toBe(
      'also lifts permissions boundary CpvBoundary of carol with iam:CreatePolicyVersion'
    );
    expect(rights('carol')?.permissionsManagement).toEqual(['iam:CreatePolicyVersion']);
  });

  it('hank (DevTools as carol, but boundary CpvOwnOnlyBoundary allows iam:CreatePolicyVersion on DevTools only) has no path: a rewritten DevTools stays capped by a boundary he cannot rewrite', () => {
    expect(pathOf('hank')).toBeUndefined();
    expect(a.aws.edges.some((e) => short(e.from) === 'hank')).toBe(false);
    // Not on every resource, so not listed as permission management either.
    expect(rights('hank')?.permissionsManagement).toEqual([]);
  });

  it('kim (DevTools as carol, boundary GoneBoundary not exported) keeps the create-policy-version path, but only possible, with a note naming the missing boundary', () => {
    const path = pathOf('kim');
    expect(path?.certainty).toBe('possible');
    expect(path?.steps[0].methodId).toBe('create-policy-version');
    expect(path?.steps[0].note).toBe(
      `permissions boundary ${POLICY}GoneBoundary of kim is not in the export`
    );
  });

  it('gina (iam:PassRole, lambda:CreateFunction, lambda:InvokeFunction on *) has no path through lambda-admin: the role trusts Lambda and holds AdministratorAccess, but its boundary S3OnlyBoundary leaves it s3 only', () => {
    expect(rights('lambda-admin')?.admin).toBeUndefined();
    expect(rights('gina')?.permissionsManagement).toEqual(['iam:PassRole']);
    expect(pathOf('gina')).toBeUndefined();
    expect(a.aws.edges.some((e) => short(e.from) === 'gina')).toBe(false);
    // Definite paths only: kim's rests on a boundary the export does not show.
    expect(names(a.escalation ?? [])).toEqual(['carol']);
    expect(names(a.escalationPaths.map((p) => p.principalId))).toEqual(['carol', 'kim']);
  });
});

describe('PermissionSet under a boundary', () => {
  const policy = (id: string, statements: unknown[]): SourcedStatement[] =>
    parseStatements({ Statement: statements }).map((x) => ({ ...x, policyId: id, policyName: id }));
  const identity = [
    policy('admin', [{ Effect: 'Allow', Action: '*', Resource: '*' }]),
    policy('deny-kms', [{ Effect: 'Deny', Action: 'kms:*', Resource: '*' }])
  ];
  const boundaries = {
    s3: policy('b-s3', [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::data/*' }]),
    denyIam: policy('b-deny', [
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: 'iam:*', Resource: '*' }
    ]),
    mfa: policy('b-mfa', [
      {
        Effect: 'Allow',
        Action: ['iam:*', 's3:GetObject'],
        Resource: '*',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }
      }
    ])
  };
  const free = new PermissionSet(identity);
  const capped = Object.entries(boundaries).map(([name, list]) => {
    const rights = new PermissionSet([list]);
    return { rights, set: new PermissionSet(identity, undefined, { arn: name, name, rights }) };
  });
  const missing = new PermissionSet(identity, undefined, { arn: 'gone', name: 'gone' });
  const ACTIONS = [
    ...Array.from({ length: 40 }, (_, i) => `svc${i}:Act`),
    's3:GetObject',
    's3:PutObject',
    'iam:PassRole',
    'iam:CreateUser',
    'kms:Decrypt',
    'ec2:RunInstances'
  ];
  const ARNS = ['*', 'arn:aws:s3:::data/x', 'arn:aws:s3:::other/x'];

  it('allows(action, arn) is the identity verdict AND the boundary verdict, and decide, allowedAmong and mayAllow agree with it', () => {
    for (const { rights, set } of capped) {
      const bits = set.mayAllow(ACTIONS);
      ACTIONS.forEach((a, i) => {
        for (const arn of ARNS) {
          const both = free.allows(a, arn) && rights.allows(a, arn);
          expect(set.allows(a, arn), `${a} ${arn}`).toBe(both);
          expect(set.decide(a, arn).allowed, `${a} ${arn}`).toBe(both);
          if (!hasBit(bits, i)) expect(both).toBe(false);
        }
        if (!hasBit(bits, i)) expect(set.decideAny(a).allowed).toBe(false);
      });
      for (const arn of ARNS)
        expect(set.allowedAmong(ACTIONS, arn)).toEqual(ACTIONS.filter((a) => set.allows(a, arn)));
    }
  });

  it('a Deny in the boundary is reported as the denying policy; an identity Deny still comes first', () => {
    const denyIam = capped[1].set;
    expect(denyIam.decide('iam:CreateUser', '*').deniedBy).toBe('b-deny');
    expect(denyIam.decide('kms:Decrypt', '*').deniedBy).toBe('deny-kms');
    expect(denyIam.decide('ec2:RunInstances', '*')).toEqual({
      allowed: true,
      conditional: false,
      policyIds: ['admin', 'b-deny']
    });
  });

  it('a conditional boundary Allow makes the verdict conditional; a boundary missing from the export leaves the identity verdict, conditional', () => {
    expect(capped[2].set.decide('iam:PassRole', '*')).toEqual({
      allowed: true,
      conditional: true,
      policyIds: ['admin', 'b-mfa']
    });
    expect(missing.decide('iam:PassRole', '*')).toEqual({
      allowed: true,
      conditional: true,
      policyIds: ['admin']
    });
    expect(missing.decide('kms:Decrypt', '*').deniedBy).toBe('deny-kms');
    for (const a of ACTIONS) expect(missing.allows(a, '*')).toBe(free.allows(a, '*'));
  });
});
