import { describe, expect, it } from 'vitest';
import {
  disabledWithCredentials,
  dormantAccounts,
  neverUsedAccounts,
  privilegedGuests
} from '../../../src/lib/core/findings/rules/accounts';
import { account, analysisInput, credential, privilege } from '../../fixtures/metrics/build';

// AS_OF 2024-04-30: 2024-01-31 is 90 days before, 2024-01-30 is 91
const at90 = account('at90', { lastSignIn: '2024-01-31T00:00:00Z' });
const at91 = account('at91', { lastSignIn: '2024-01-30T00:00:00Z' });
const neverOld = account('neverOld', { created: '2024-01-30T00:00:00Z' });
const neverNew = account('neverNew', { created: '2024-01-31T00:00:00Z' });
const svc = account('svc', { kind: 'service', created: '2020-01-01T00:00:00Z' });
const svcKey = credential('key', svc, { lastUsed: '2023-12-01T00:00:00Z' });

describe('ZTW-ACCT-001 dormantAccounts', () => {
  it('dormantAccounts.evaluate(input) flags a sign-in 91 days old with the date and the days', () => {
    const input = analysisInput({ accounts: [at90, at91, neverOld, svc], credentials: [svcKey] });
    expect(dormantAccounts.evaluate(input)).toEqual({
      status: 'finding',
      affected: [at91.id, svc.id],
      evidence: [
        'at91@corp.example (Entra ID): last sign-in 2024-01-30, 91 days before the as-of date',
        'svc@corp.example (Entra ID): last credential use 2023-12-01, 151 days before the as-of date'
      ]
    });
  });

  it('dormantAccounts.evaluate(input) is not assessed when no account can be judged', () => {
    expect(dormantAccounts.evaluate(analysisInput({ accounts: [account('x')] })).status).toBe(
      'not-assessed'
    );
  });
});

describe('ZTW-ACCT-002 neverUsedAccounts', () => {
  it('neverUsedAccounts.evaluate(input) flags accounts never used and created more than 90 days ago', () => {
    const input = analysisInput({ accounts: [at90, neverOld, neverNew] });
    expect(neverUsedAccounts.evaluate(input)).toEqual({
      status: 'finding',
      affected: [neverOld.id],
      evidence: [
        'neverOld@corp.example (Entra ID): never signed in, created 2024-01-30, 91 days before the as-of date'
      ]
    });
  });

  it('neverUsedAccounts.evaluate(input) passes a service account whose key is in use', () => {
    const used = credential('used', svc, { lastUsed: '2024-04-20T00:00:00Z' });
    const input = analysisInput({ accounts: [svc], credentials: [used] });
    expect(neverUsedAccounts.evaluate(input).status).toBe('pass');
  });
});

describe('ZTW-ACCT-003 privilegedGuests', () => {
  const guestAdmin = account('gadmin', { kind: 'guest' });
  const guestEligible = account('geligible', { kind: 'guest' });
  const guestPlain = account('gplain', { kind: 'guest' });
  const memberAdmin = account('madmin');
  const accounts = [guestAdmin, guestEligible, guestPlain, memberAdmin];

  it('privilegedGuests.evaluate(input) flags guests with permanent or eligible privileged access', () => {
    const summary = privilege({
      privileged: [guestAdmin.id, guestEligible.id, memberAdmin.id],
      eligibleOnly: [guestEligible.id]
    });
    expect(privilegedGuests.evaluate(analysisInput({ accounts }, { privilege: summary }))).toEqual({
      status: 'finding',
      affected: [guestAdmin.id, guestEligible.id],
      evidence: [
        'gadmin@corp.example (Entra ID): guest account that holds privileged access',
        'geligible@corp.example (Entra ID): guest account that is eligible for privileged access'
      ]
    });
  });

  it('privilegedGuests.evaluate(input) is not assessed without privilege analysis', () => {
    expect(privilegedGuests.evaluate(analysisInput({ accounts })).status).toBe('not-assessed');
  });
});

describe('ZTW-ACCT-004 disabledWithCredentials', () => {
  const off = account('off', { enabled: false });
  const on = account('on');
  const gcpOff = account('gcpoff', { system: 'gcp', kind: 'service', enabled: false });

  it('disabledWithCredentials.evaluate(input) flags disabled accounts with active customer credentials', () => {
    const input = analysisInput({
      accounts: [off, on, gcpOff],
      credentials: [
        credential('secret', off, { kind: 'client-secret' }),
        credential('old', off, { active: false }),
        credential('k', on),
        credential('google', gcpOff, { kind: 'sa-key', customerManaged: false })
      ]
    });
    expect(disabledWithCredentials.evaluate(input)).toEqual({
      status: 'finding',
      affected: [off.id],
      evidence: [
        'client secret secret of off@corp.example (Entra ID): active, but the account is disabled'
      ]
    });
  });

  it('disabledWithCredentials.evaluate(input) is not assessed without credentials or account state', () => {
    expect(disabledWithCredentials.evaluate(analysisInput({ accounts: [off] })).status).toBe(
      'not-assessed'
    );
    const unknown = account('unknown', { enabled: undefined });
    const input = analysisInput({ accounts: [unknown], credentials: [credential('k', unknown)] });
    expect(disabledWithCredentials.evaluate(input).status).toBe('not-assessed');
  });
});
