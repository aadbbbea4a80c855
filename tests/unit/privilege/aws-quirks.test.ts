/** AWS policy quirks the real files lack, from tests/fixtures/privilege/aws-policy-quirks.json. */
import { describe, expect, it } from 'vitest';
import { awsAuthorizationDetails } from '$lib/core/importers/aws/authz-details';
import {
  coversPrefix,
  matchAction,
  matchResource,
  mayMatchPrefix
} from '$lib/core/privilege/aws/glob';
import { PermissionSet } from '$lib/core/privilege/aws/permissions';
import { parseStatements } from '$lib/core/privilege/aws/policy-document';
import { analyse, importFixture, names, short } from './helpers';

describe('analysePrivilege on the AWS quirks fixture', () => {
  const a = analyse(
    importFixture(awsAuthorizationDetails, 'aws-policy-quirks.json'),
    '2024-01-01T00:00:00Z'
  );
  const admin = (n: string) => a.adminEquivalentDetails.find((d) => short(d.principalId) === n);

  it('analysePrivilege(quirks) lets a Deny of iam:* override AdministratorAccess: deny-wins is not admin-equivalent', () => {
    expect(admin('deny-wins')).toBeUndefined();
  });

  it('analysePrivilege(quirks) reads Allow NotAction iam:* as everything but IAM: not admin-equivalent', () => {
    expect(admin('not-action-iam')).toBeUndefined();
  });

  it('analysePrivilege(quirks) reads Allow * with NotResource arn:aws:iam::*:* as IAM carved out (not admin), and iam:* with NotResource on a bucket as admin', () => {
    expect(admin('not-resource-iam')).toBeUndefined();
    expect(admin('not-resource-bucket')?.reason).toBe(
      'policy iam-everywhere-but-a-bucket allows iam:* on *'
    );
  });

  it('analysePrivilege(quirks) ignores a non-default policy version that allows *: old-version-holder is not admin', () => {
    expect(admin('old-version-holder')).toBeUndefined();
    expect(
      a.escalationPaths.find((p) => short(p.principalId) === 'old-version-holder')
    ).toBeUndefined();
  });

  it('analysePrivilege(quirks) keeps an MFA-conditioned * on * admin-equivalent and says it is conditional', () => {
    expect(admin('mfa-admin')).toMatchObject({
      conditional: true,
      reason: 'policy admin-with-mfa allows * on * (under a condition)'
    });
  });

  it('analysePrivilege(quirks) lets principals whose policies allow sts:AssumeRole on ops-admin (trusting its own account) reach it: assumer, deny-wins, not-action-iam', () => {
    expect(names(a.escalation ?? [])).toEqual(['assumer', 'deny-wins', 'not-action-iam']);
    const p = a.escalationPaths.find((x) => short(x.principalId) === 'assumer');
    expect(p?.steps.map((s) => [s.kind, short(s.to)])).toEqual([['can-assume', 'ops-admin']]);
  });

  it('analysePrivilege(quirks) classifies vendor-audit trust: another account with an external id, and "AWS": "*" narrowed by a condition', () => {
    const t = a.aws.trusts
      .filter((x) => short(x.roleId) === 'vendor-audit')
      .map((x) => [x.kind, x.crossAccount, x.conditional]);
    expect(t).toEqual([
      ['account', true, true],
      ['wildcard', true, true]
    ]);
    expect(a.aws.trusts.find((x) => short(x.roleId) === 'ops-admin')).toMatchObject({
      kind: 'account',
      crossAccount: false
    });
  });

  it('analysePrivilege(quirks) finds vendor-audit unused (never used, created 365 days before) and ops-admin in use (12 days)', () => {
    expect(names((a.aws.unusedRoles ?? []).map((u) => u.roleId))).toEqual(['vendor-audit']);
  });
});

describe('IAM wildcard matching', () => {
  it('matchAction(pattern, action) ignores case and honours * and ?', () => {
    expect(matchAction('iam:Put*', 'iam:PutUserPolicy')).toBe(true);
    expect(matchAction('IAM:putuserpolicy', 'iam:PutUserPolicy')).toBe(true);
    expect(matchAction('iam:Get?ser', 'iam:GetUser')).toBe(true);
    expect(matchAction('iam:Put*', 'iam:AttachUserPolicy')).toBe(false);
  });

  it('matchResource(pattern, arn) is case-sensitive and treats regex characters literally', () => {
    expect(matchResource('arn:aws:iam::*:role/ops-*', 'arn:aws:iam::1:role/ops-admin')).toBe(true);
    expect(matchResource('arn:aws:iam::*:role/OPS-*', 'arn:aws:iam::1:role/ops-admin')).toBe(false);
    expect(matchResource('arn:aws:s3:::a.b', 'arn:aws:s3:::aXb')).toBe(false);
  });

  it('coversPrefix(pattern, prefix) is true only when every action of the service matches', () => {
    expect(coversPrefix('*', 'iam:')).toBe(true);
    expect(coversPrefix('iam:*', 'iam:')).toBe(true);
    expect(coversPrefix('i*', 'iam:')).toBe(true);
    expect(coversPrefix('iam:P*', 'iam:')).toBe(false);
    expect(coversPrefix('s3:*', 'iam:')).toBe(false);
  });

  it('mayMatchPrefix(pattern, prefix) is true when some action of the service could match', () => {
    expect(mayMatchPrefix('iam:Update*', 'iam:')).toBe(true);
    expect(mayMatchPrefix('*', 'iam:')).toBe(true);
    expect(mayMatchPrefix('organizations:*', 'iam:')).toBe(false);
  });
});

describe('PermissionSet', () => {
  const set = (doc: unknown, username?: string) =>
    new PermissionSet(
      [parseStatements(doc).map((s) => ({ ...s, policyId: 'p', policyName: 'p' }))],
      username
    );

  it('PermissionSet.decide fills ${aws:username} for the user and no one else', () => {
    const p = set(
      {
        Statement: [
          {
            Effect: 'Allow',
            Action: 'iam:CreateAccessKey',
            Resource: 'arn:aws:iam::1:user/${aws:username}'
          }
        ]
      },
      'alice'
    );
    expect(p.decide('iam:CreateAccessKey', 'arn:aws:iam::1:user/alice').allowed).toBe(true);
    expect(p.decide('iam:CreateAccessKey', 'arn:aws:iam::1:user/bob').allowed).toBe(false);
  });

  it('PermissionSet.decide lets a conditional Deny not block, and marks a conditional Allow', () => {
    const p = set({
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'true' } }
        },
        {
          Effect: 'Deny',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } }
        }
      ]
    });
    expect(p.decide('s3:GetObject', '*')).toMatchObject({ allowed: true, conditional: true });
  });

  it('parseStatements(doc) reads URL-encoded documents as the IAM API returns them', () => {
    const encoded = encodeURIComponent(
      JSON.stringify({ Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' } })
    );
    expect(parseStatements(encoded)).toHaveLength(1);
  });
});
