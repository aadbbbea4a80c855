/**
 * The shortcuts of PermissionSet (answers kept per policy, the may-allow bits that let whole
 * lists of actions be skipped) must give the verdicts a plain per-action evaluation gives.
 */
import { describe, expect, it } from 'vitest';
import { coversPrefix, globMatch } from '$lib/core/privilege/aws/glob';
import { hasBit, PermissionSet, type SourcedStatement } from '$lib/core/privilege/aws/permissions';
import { parseStatements } from '$lib/core/privilege/aws/policy-document';

const policy = (id: string, statements: unknown[]): SourcedStatement[] =>
  parseStatements({ Statement: statements }).map((s) => ({ ...s, policyId: id, policyName: id }));

const readOnly = policy('read', [
  { Effect: 'Allow', Action: ['s3:Get*', 'SECRETSMANAGER:getsecretvalue'], Resource: '*' },
  { Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:*:1:key/*' }
]);
const mfaDeny = policy('mfa', [
  {
    Effect: 'Deny',
    NotAction: ['iam:ChangePassword', 'sts:GetSessionToken'],
    Resource: '*',
    Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } }
  }
]);
const iamPart = policy('iam', [
  { Effect: 'Allow', Action: ['iam:Pass?ole', 'iam:Create*'], Resource: '*' },
  { Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*' },
  { Effect: 'Allow', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::secret/*' }
]);
const empty = policy('empty', [{ Effect: 'Allow', Action: 'ec2:RunInstances', Resource: [] }]);

const ACTIONS = [
  's3:GetObject',
  'secretsmanager:GetSecretValue',
  'kms:Decrypt',
  'iam:PassRole',
  'iam:CreateUser',
  'iam:CreateRole',
  'iam:ChangePassword',
  'ec2:RunInstances',
  'lambda:CreateFunction',
  'ssm:GetParameter'
];
// Longer than one 32-bit word, so the second word of the bits is exercised.
const LONG = [...Array.from({ length: 40 }, (_, i) => `svc${i}:Act`), ...ACTIONS];

describe('PermissionSet shortcuts', () => {
  const sets = [
    [readOnly],
    [mfaDeny],
    [readOnly, mfaDeny],
    [iamPart],
    [iamPart, readOnly, empty],
    [empty],
    []
  ].map((lists) => new PermissionSet(lists));

  it('PermissionSet.allowedAmong(actions, arn) equals filtering the actions by allows(action, arn)', () => {
    for (const set of sets) {
      for (const arn of ['*', 'arn:aws:s3:::secret/x', 'arn:aws:kms:eu-west-1:1:key/k']) {
        for (const list of [ACTIONS, LONG]) {
          expect(set.allowedAmong(list, arn)).toEqual(list.filter((a) => set.allows(a, arn)));
        }
      }
    }
  });

  it('PermissionSet.mayAllow(actions) leaves a bit clear only for actions that decideAny and allows refuse', () => {
    for (const set of sets) {
      const bits = set.mayAllow(LONG);
      LONG.forEach((a, i) => {
        if (hasBit(bits, i)) return;
        expect(set.decideAny(a).allowed).toBe(false);
        expect(set.allows(a, '*')).toBe(false);
      });
    }
    // Each list's own bits: the read-only policy allows s3 and Secrets Manager reads.
    const bits = sets[0].mayAllow(ACTIONS);
    expect(ACTIONS.filter((_, i) => hasBit(bits, i))).toEqual([
      's3:GetObject',
      'secretsmanager:GetSecretValue',
      'kms:Decrypt'
    ]);
  });

  it('PermissionSet verdicts read Deny first across policies, as one joined statement list would', () => {
    const set = sets[4];
    expect(set.decide('iam:CreateUser', '*')).toEqual({
      allowed: false,
      conditional: false,
      policyIds: [],
      deniedBy: 'iam'
    });
    expect(set.decide('iam:CreateRole', '*')).toEqual({
      allowed: true,
      conditional: false,
      policyIds: ['iam']
    });
    expect(set.decideAny('ec2:RunInstances')).toEqual({
      allowed: true,
      conditional: false,
      policyIds: ['iam']
    });
    expect(set.decide('s3:GetObject', 'arn:aws:s3:::secret/x')).toEqual({
      allowed: true,
      conditional: false,
      policyIds: ['read']
    });
    expect(sets[5].decideAny('ec2:RunInstances').allowed).toBe(false);
  });
});

describe('globMatch and coversPrefix shortcuts', () => {
  // A small fixed generator, so the comparison covers the same cases on every run.
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const word = (alphabet: string, max: number) =>
    Array.from({ length: next(max + 1) }, () => alphabet[next(alphabet.length)]).join('');
  const regexOf = (glob: string) =>
    new RegExp(
      `^${glob
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/-]/g, '\\$&')))
        .join('')}$`,
      's'
    );

  it('globMatch(pattern, text) answers as the anchored regular expression of the pattern on 20,000 generated pairs', () => {
    for (let i = 0; i < 20000; i++) {
      const pattern = word('ab*?:/', 8);
      const text = word('ab:/*?\n', 8);
      expect(globMatch(pattern, text), `${pattern} ~ ${text}`).toBe(regexOf(pattern).test(text));
    }
    expect(globMatch('arn:aws:s3:::b/*', 'arn:aws:s3:::b/k/x')).toBe(true);
    expect(globMatch('arn:aws:s3:::b/?', 'arn:aws:s3:::b/kx')).toBe(false);
  });

  it('coversPrefix(pattern, "") holds exactly for a non-empty run of stars, as the general rule gives', () => {
    for (let i = 0; i < 5000; i++) {
      const pattern = word('a*?', 5);
      const head = pattern.replace(/\*+$/, '');
      const general = head.length !== pattern.length && (head === '' || regexOf(head).test(''));
      expect(coversPrefix(pattern, ''), pattern).toBe(general);
      expect(coversPrefix(pattern, '', false), pattern).toBe(general);
    }
  });
});
