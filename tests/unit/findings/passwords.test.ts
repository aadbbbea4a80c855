import { describe, expect, it } from 'vitest';
import { oldPasswords, passwordNeverExpires } from '../../../src/lib/core/findings/rules/passwords';
import { account, analysisInput } from '../../fixtures/metrics/build';

describe('ZTW-PWD-001 passwordNeverExpires', () => {
  const never = account('svc-sql', {
    system: 'ad',
    upn: undefined,
    login: 'svc-sql',
    passwordNeverExpires: true
  });
  const expires = account('bob', { system: 'ad', passwordNeverExpires: false });
  const disabledNever = account('old', {
    system: 'ad',
    enabled: false,
    passwordNeverExpires: true
  });

  it('passwordNeverExpires.evaluate(input) flags enabled accounts whose password never expires', () => {
    expect(
      passwordNeverExpires.evaluate(analysisInput({ accounts: [never, expires, disabledNever] }))
    ).toEqual({
      status: 'finding',
      affected: [never.id],
      evidence: ['svc-sql (Active Directory): password set never to expire']
    });
  });

  it('passwordNeverExpires.evaluate(input) is not assessed when no export reports the flag', () => {
    expect(passwordNeverExpires.evaluate(analysisInput({ accounts: [account('x')] })).status).toBe(
      'not-assessed'
    );
  });
});

describe('ZTW-PWD-002 oldPasswords', () => {
  // AS_OF 2024-04-30: 2023-05-01 is 365 days before (2024 has a 29 February), 2023-04-30 is 366
  const at365 = account('at365', { passwordLastSet: '2023-05-01T00:00:00Z' });
  const at366 = account('at366', { passwordLastSet: '2023-04-30T00:00:00Z' });
  const noPassword = account('keysOnly', {
    system: 'aws',
    passwordLastSet: '2020-01-01T00:00:00Z',
    attrs: { passwordEnabled: false }
  });
  const disabled = account('off', { enabled: false, passwordLastSet: '2020-01-01T00:00:00Z' });

  it('oldPasswords.evaluate(input) flags passwords set more than oldPasswordDays ago, on enabled accounts with a password', () => {
    const input = analysisInput({ accounts: [at365, at366, noPassword, disabled] });
    expect(oldPasswords.evaluate(input)).toEqual({
      status: 'finding',
      affected: [at366.id],
      evidence: [
        'at366@corp.example (Entra ID): password last set 2023-04-30, 366 days before the as-of date'
      ]
    });
  });

  it('oldPasswords.evaluate(input) follows settings.oldPasswordDays', () => {
    const input = analysisInput({ accounts: [at365] }, { settings: { oldPasswordDays: 364 } });
    expect(oldPasswords.evaluate(input).status).toBe('finding');
  });

  it('oldPasswords.evaluate(input) is not assessed when no account reports a password date', () => {
    expect(oldPasswords.evaluate(analysisInput({ accounts: [account('x')] })).status).toBe(
      'not-assessed'
    );
  });
});
