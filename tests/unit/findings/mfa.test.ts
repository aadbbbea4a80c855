import { describe, expect, it } from 'vitest';
import {
  accountsWithoutMfa,
  privilegedWithoutMfa,
  privilegedWithoutPhishingResistant,
  weakMfaOnly
} from '../../../src/lib/core/findings/rules/mfa';
import type { RuleResult } from '../../../src/lib/core/findings';
import { account, analysisInput, privilege } from '../../fixtures/metrics/build';

const admin = account('admin', { mfaRegistered: false, mfaMethods: [] });
const adminPush = account('adminPush', { mfaRegistered: true, mfaMethods: ['push'] });
const adminKey = account('adminKey', { mfaRegistered: true, mfaMethods: ['fido2'] });
const adminAd = account('adminAd', { system: 'ad', enabled: undefined });
const user = account('user', { mfaRegistered: false });
const userRecovery = account('userRecovery', { mfaRegistered: true, mfaMethods: ['email'] });
const sms = account('sms', { mfaRegistered: true, mfaMethods: ['sms', 'voice', 'email'] });
const smsAndApp = account('smsApp', { mfaRegistered: true, mfaMethods: ['sms', 'totp'] });
const guest = account('guest', { kind: 'guest', mfaRegistered: false });
const offUser = account('off', { enabled: false, mfaRegistered: false });
const svc = account('svc', { kind: 'service', mfaRegistered: false });
const accounts = [
  admin,
  adminPush,
  adminKey,
  adminAd,
  user,
  userRecovery,
  sms,
  smsAndApp,
  guest,
  offUser,
  svc
];
const summary = privilege({
  privileged: [admin.id, adminPush.id, adminKey.id, adminAd.id, svc.id]
});

function affected(result: RuleResult): string[] {
  return result.status === 'finding' ? [...result.affected].sort() : [];
}

describe('ZTW-MFA-001 privilegedWithoutMfa', () => {
  it('privilegedWithoutMfa.evaluate(input) flags privileged humans without MFA, and notes those it cannot judge', () => {
    const result = privilegedWithoutMfa.evaluate(
      analysisInput({ accounts }, { privilege: summary })
    );
    expect(affected(result)).toEqual([admin.id]);
    if (result.status !== 'finding') throw new Error('expected a finding');
    expect(result.evidence[0]).toBe(
      'admin@corp.example (Entra ID): privileged, no MFA method registered'
    );
    expect(result.evidence[1]).toMatch(/^Not judged.*adminAd@corp.example \(Active Directory\)/);
  });

  it('privilegedWithoutMfa.evaluate(input) is not assessed without a privilege summary', () => {
    expect(privilegedWithoutMfa.evaluate(analysisInput({ accounts })).status).toBe('not-assessed');
  });

  it('privilegedWithoutMfa.evaluate(input) is not assessed when no privileged account reports MFA state', () => {
    const only = privilege({ privileged: [adminAd.id] });
    const result = privilegedWithoutMfa.evaluate(analysisInput({ accounts }, { privilege: only }));
    expect(result).toMatchObject({
      status: 'not-assessed',
      needs: expect.stringMatching(/MFA state/)
    });
  });

  it('privilegedWithoutMfa.evaluate(input) passes when every privileged account has MFA', () => {
    const fine = privilege({ privileged: [adminPush.id, adminKey.id] });
    expect(privilegedWithoutMfa.evaluate(analysisInput({ accounts }, { privilege: fine }))).toEqual(
      {
        status: 'pass'
      }
    );
  });
});

describe('ZTW-MFA-002 accountsWithoutMfa', () => {
  it('accountsWithoutMfa.evaluate(input) flags enabled humans and guests without MFA; recovery-only is no MFA', () => {
    const result = accountsWithoutMfa.evaluate(analysisInput({ accounts }));
    expect(affected(result)).toEqual([admin.id, guest.id, user.id, userRecovery.id].sort());
    if (result.status !== 'finding') throw new Error('expected a finding');
    expect(result.evidence).toContain(
      'userRecovery@corp.example (Entra ID): registered only email, which is not MFA'
    );
  });

  it('accountsWithoutMfa.evaluate(input) is not assessed when no source reports MFA state', () => {
    expect(accountsWithoutMfa.evaluate(analysisInput({ accounts: [adminAd, svc] })).status).toBe(
      'not-assessed'
    );
  });
});

describe('ZTW-MFA-003 weakMfaOnly', () => {
  it('weakMfaOnly.evaluate(input) flags accounts whose only second factors are SMS or voice', () => {
    const result = weakMfaOnly.evaluate(analysisInput({ accounts }));
    expect(affected(result)).toEqual([sms.id]);
    if (result.status !== 'finding') throw new Error('expected a finding');
    expect(result.evidence).toEqual(['sms@corp.example (Entra ID): MFA only by sms, voice']);
  });

  it('weakMfaOnly.evaluate(input) is not assessed when no account reports method types', () => {
    const aws = account('aws', { system: 'aws', mfaRegistered: true });
    expect(weakMfaOnly.evaluate(analysisInput({ accounts: [aws] })).status).toBe('not-assessed');
  });
});

describe('ZTW-MFA-004 privilegedWithoutPhishingResistant', () => {
  it('privilegedWithoutPhishingResistant.evaluate(input) flags privileged humans without FIDO2, Hello or certificate', () => {
    const result = privilegedWithoutPhishingResistant.evaluate(
      analysisInput({ accounts }, { privilege: summary })
    );
    expect(affected(result)).toEqual([admin.id, adminPush.id].sort());
    if (result.status !== 'finding') throw new Error('expected a finding');
    expect(result.evidence).toContain(
      'adminPush@corp.example (Entra ID): privileged, methods: push'
    );
  });

  it('privilegedWithoutPhishingResistant.evaluate(input) is not assessed without privilege or method types', () => {
    expect(privilegedWithoutPhishingResistant.evaluate(analysisInput({ accounts })).status).toBe(
      'not-assessed'
    );
    const aws = account('aws', { system: 'aws', mfaRegistered: true });
    const input = analysisInput(
      { accounts: [aws] },
      { privilege: privilege({ privileged: [aws.id] }) }
    );
    expect(privilegedWithoutPhishingResistant.evaluate(input).status).toBe('not-assessed');
  });
});
