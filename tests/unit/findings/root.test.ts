import { describe, expect, it } from 'vitest';
import {
  rootAccessKeys,
  rootUsedRecently,
  rootWithoutMfa
} from '../../../src/lib/core/findings/rules/root';
import { account, analysisInput, credential, signIn } from '../../fixtures/metrics/build';

const root = account('root', {
  system: 'aws',
  kind: 'root',
  name: '<root_account>',
  upn: undefined,
  mfaRegistered: false
});
const user = account('user', { system: 'aws' });

describe('ZTW-ROOT-001 rootAccessKeys', () => {
  it('rootAccessKeys.evaluate(input) flags an active root access key, not an inactive one or a user key', () => {
    const input = analysisInput({
      accounts: [root, user],
      credentials: [
        credential('access_key_1', root, {
          created: '2024-01-02T00:00:00Z',
          lastUsed: '2024-04-01T00:00:00Z'
        }),
        credential('access_key_2', root, { active: false }),
        credential('access_key_1', user)
      ]
    });
    expect(rootAccessKeys.evaluate(input)).toEqual({
      status: 'finding',
      affected: [root.id],
      evidence: [
        'access key access_key_1 of <root_account> (AWS): active, created 2024-01-02, last used 2024-04-01'
      ]
    });
  });

  it('rootAccessKeys.evaluate(input) passes for a root without keys, and is not assessed with no root', () => {
    expect(rootAccessKeys.evaluate(analysisInput({ accounts: [root] })).status).toBe('pass');
    expect(rootAccessKeys.evaluate(analysisInput({ accounts: [user] })).status).toBe(
      'not-assessed'
    );
  });
});

describe('ZTW-ROOT-002 rootWithoutMfa', () => {
  it('rootWithoutMfa.evaluate(input) flags root with mfa_active false and passes with true', () => {
    expect(rootWithoutMfa.evaluate(analysisInput({ accounts: [root] }))).toEqual({
      status: 'finding',
      affected: [root.id],
      evidence: ['<root_account> (AWS): mfa_active is false']
    });
    const safe = { ...root, mfaRegistered: true };
    expect(rootWithoutMfa.evaluate(analysisInput({ accounts: [safe] })).status).toBe('pass');
  });

  it('rootWithoutMfa.evaluate(input) is not assessed when root has no MFA state', () => {
    const unknown = { ...root, mfaRegistered: undefined };
    expect(rootWithoutMfa.evaluate(analysisInput({ accounts: [unknown] })).status).toBe(
      'not-assessed'
    );
  });
});

describe('ZTW-ROOT-003 rootUsedRecently', () => {
  it('rootUsedRecently.evaluate(input) flags a sign-in 90 days before the as-of date, not 91', () => {
    // AS_OF 2024-04-30: 2024-01-31 is 90 days before, 2024-01-30 is 91
    const at90 = { ...root, lastSignIn: '2024-01-31T00:00:00Z' };
    expect(rootUsedRecently.evaluate(analysisInput({ accounts: [at90] }))).toEqual({
      status: 'finding',
      affected: [root.id],
      evidence: ['<root_account> (AWS): last sign-in 2024-01-31, 90 days before the as-of date']
    });
    const at91 = { ...root, lastSignIn: '2024-01-30T00:00:00Z' };
    expect(rootUsedRecently.evaluate(analysisInput({ accounts: [at91] })).status).toBe('pass');
  });

  it('rootUsedRecently.evaluate(input) counts a sign-in seen only in a log', () => {
    const input = analysisInput({
      accounts: [root],
      events: [signIn(root, '2024-04-29T08:00:00Z')]
    });
    const result = rootUsedRecently.evaluate(input);
    expect(result.status).toBe('finding');
  });
});
