import { describe, expect, it } from 'vitest';
import {
  expiredCredentials,
  expiringCredentials,
  longLivedCredentials,
  staleCredentials,
  twoActiveAccessKeys,
  unusedCredentials
} from '../../../src/lib/core/findings/rules/credentials';
import { account, analysisInput, credential } from '../../fixtures/metrics/build';

// AS_OF 2024-04-30: 2024-01-31 is 90 days before, 2024-01-30 is 91
const awsUser = account('deploy', {
  system: 'aws',
  kind: 'service',
  upn: undefined,
  login: 'deploy'
});
const app = account('billing-app', { kind: 'service', upn: undefined });
const gcpSa = account('sa', { system: 'gcp', kind: 'service', upn: undefined });

describe('ZTW-CRED-001 staleCredentials', () => {
  it('staleCredentials.evaluate(input) flags credentials created or rotated more than 90 days ago', () => {
    const input = analysisInput({
      accounts: [awsUser, app],
      credentials: [
        credential('access_key_1', awsUser, {
          created: '2024-01-30T00:00:00Z',
          rotated: '2024-01-30T00:00:00Z'
        }),
        credential('access_key_2', awsUser, { created: '2024-01-31T00:00:00Z' }),
        credential('s1', app, {
          kind: 'client-secret',
          created: '2021-01-01T00:00:00Z',
          rotated: '2023-06-01T00:00:00Z'
        }),
        credential('s2', app, {
          kind: 'client-secret',
          created: '2020-01-01T00:00:00Z',
          active: false
        })
      ]
    });
    expect(staleCredentials.evaluate(input)).toEqual({
      status: 'finding',
      affected: ['aws:cred:access_key_1', 'entra:cred:s1'],
      evidence: [
        'access key access_key_1 of deploy (AWS): created 2024-01-30, 91 days before the as-of date',
        'client secret s1 of billing-app (Entra ID): last rotated 2023-06-01, 334 days before the as-of date'
      ]
    });
  });

  it('staleCredentials.evaluate(input) is not assessed without credentials', () => {
    expect(staleCredentials.evaluate(analysisInput({ accounts: [app] })).status).toBe(
      'not-assessed'
    );
  });
});

describe('ZTW-CRED-002 unusedCredentials', () => {
  it('unusedCredentials.evaluate(input) flags AWS keys never used and older than 90 days', () => {
    const input = analysisInput({
      accounts: [awsUser, app],
      credentials: [
        credential('old', awsUser, { created: '2024-01-30T00:00:00Z' }),
        credential('young', awsUser, { created: '2024-01-31T00:00:00Z' }),
        credential('used', awsUser, {
          created: '2020-01-01T00:00:00Z',
          lastUsed: '2024-04-01T00:00:00Z'
        }),
        // Entra does not report secret use: never judged as unused
        credential('secret', app, { kind: 'client-secret', created: '2020-01-01T00:00:00Z' })
      ]
    });
    expect(unusedCredentials.evaluate(input)).toEqual({
      status: 'finding',
      affected: ['aws:cred:old'],
      evidence: [
        'access key old of deploy (AWS): never used since its creation on 2024-01-30, 91 days before the as-of date'
      ]
    });
  });

  it('unusedCredentials.evaluate(input) is not assessed when no credential reports its use', () => {
    const input = analysisInput({
      accounts: [app],
      credentials: [
        credential('secret', app, { kind: 'client-secret', created: '2020-01-01T00:00:00Z' })
      ]
    });
    expect(unusedCredentials.evaluate(input).status).toBe('not-assessed');
  });
});

describe('ZTW-CRED-003 expiredCredentials and ZTW-CRED-004 expiringCredentials', () => {
  const secrets = [
    credential('gone', app, { kind: 'client-secret', expires: '2024-04-29T00:00:00Z' }),
    credential('today', app, { kind: 'client-secret', expires: '2024-04-30T00:00:00Z' }),
    credential('in30', app, { kind: 'certificate', expires: '2024-05-30T00:00:00Z' }),
    credential('in31', app, { kind: 'client-secret', expires: '2024-05-31T00:00:00Z' }),
    credential('forever', gcpSa, { kind: 'sa-key', expires: '9999-12-31T23:59:59Z' }),
    credential('goneInactive', app, {
      kind: 'client-secret',
      expires: '2023-01-01T00:00:00Z',
      active: false
    })
  ];
  const input = analysisInput({ accounts: [app, gcpSa], credentials: secrets });

  it('expiredCredentials.evaluate(input) flags active credentials past their expiry', () => {
    expect(expiredCredentials.evaluate(input)).toEqual({
      status: 'finding',
      affected: ['entra:cred:gone'],
      evidence: [
        'client secret gone of billing-app (Entra ID): expired 2024-04-29, 1 day before the as-of date'
      ]
    });
  });

  it('expiringCredentials.evaluate(input) flags expiry from the as-of date to 30 days after it', () => {
    expect(expiringCredentials.evaluate(input)).toEqual({
      status: 'finding',
      affected: ['entra:cred:today', 'entra:cred:in30'],
      evidence: [
        'client secret today of billing-app (Entra ID): expires 2024-04-30, 0 days after the as-of date',
        'certificate in30 of billing-app (Entra ID): expires 2024-05-30, 30 days after the as-of date'
      ]
    });
  });

  it('expiredCredentials.evaluate(input) is not assessed when no credential has an expiry date', () => {
    const keys = analysisInput({ accounts: [awsUser], credentials: [credential('k', awsUser)] });
    expect(expiredCredentials.evaluate(keys).status).toBe('not-assessed');
    expect(expiringCredentials.evaluate(keys).status).toBe('not-assessed');
  });
});

describe('ZTW-CRED-005 longLivedCredentials', () => {
  it('longLivedCredentials.evaluate(input) flags validity over 365 days, and keys that never expire', () => {
    const input = analysisInput({
      accounts: [app, gcpSa],
      credentials: [
        credential('year', app, {
          kind: 'client-secret',
          created: '2024-01-01T00:00:00Z',
          expires: '2024-12-31T00:00:00Z'
        }),
        credential('two', app, {
          kind: 'client-secret',
          created: '2023-01-01T00:00:00Z',
          expires: '2025-01-02T00:00:00Z'
        }),
        credential('forever', gcpSa, {
          kind: 'sa-key',
          created: '2022-03-01T00:00:00Z',
          expires: '9999-12-31T23:59:59Z'
        })
      ]
    });
    expect(longLivedCredentials.evaluate(input)).toEqual({
      status: 'finding',
      affected: ['entra:cred:two', 'gcp:cred:forever'],
      evidence: [
        'client secret two of billing-app (Entra ID): valid for 732 days, from 2023-01-01 to 2025-01-02',
        'service-account key forever of sa (Google Cloud): never expires (valid until 9999-12-31), from 2022-03-01 to 9999-12-31'
      ]
    });
  });
});

describe('ZTW-CRED-006 twoActiveAccessKeys', () => {
  const other = account('ci', { system: 'aws', kind: 'service', upn: undefined, login: 'ci' });

  it('twoActiveAccessKeys.evaluate(input) flags accounts with two active keys, not one active and one inactive', () => {
    const input = analysisInput({
      accounts: [awsUser, other],
      credentials: [
        credential('access_key_1', awsUser, { lastUsed: '2024-04-01T00:00:00Z' }),
        credential('access_key_2', awsUser),
        credential('ci_1', other),
        credential('ci_2', other, { active: false })
      ]
    });
    expect(twoActiveAccessKeys.evaluate(input)).toEqual({
      status: 'finding',
      affected: [awsUser.id],
      evidence: [
        'deploy (AWS): 2 active access keys, access_key_1 (last used 2024-04-01) and access_key_2 (never used)'
      ]
    });
  });

  it('twoActiveAccessKeys.evaluate(input) is not assessed without access keys or a credential report', () => {
    expect(twoActiveAccessKeys.evaluate(analysisInput({ accounts: [awsUser] })).status).toBe(
      'not-assessed'
    );
    const report = analysisInput({ accounts: [awsUser] }, { formats: ['aws-credential-report'] });
    expect(twoActiveAccessKeys.evaluate(report).status).toBe('pass');
  });
});
