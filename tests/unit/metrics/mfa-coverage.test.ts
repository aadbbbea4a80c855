import { describe, expect, it } from 'vitest';
import { mfaCoverage } from '../../../src/lib/core/metrics/mfa-coverage';
import { phishingResistantCoverage } from '../../../src/lib/core/metrics/phishing-resistant-coverage';
import { privilegedMfaCoverage } from '../../../src/lib/core/metrics/privileged-mfa-coverage';
import { account, analysisInput, privilege } from '../../fixtures/metrics/build';

const push = account('push', { mfaRegistered: true, mfaMethods: ['push'] });
const none = account('none', { mfaRegistered: false, mfaMethods: [] });
const fido = account('fido', { mfaRegistered: true, mfaMethods: ['fido2', 'sms'] });
const adNoState = account('ad', { system: 'ad', enabled: undefined });
const guestSms = account('guest', { kind: 'guest', mfaRegistered: true, mfaMethods: ['sms'] });
const guestOff = account('guestOff', { kind: 'guest', enabled: false, mfaRegistered: false });
const service = account('svc', { kind: 'service', mfaRegistered: false });
const root = account('root', { system: 'aws', kind: 'root', mfaRegistered: false });
const awsUser = account('awsUser', { system: 'aws', mfaRegistered: true });
const recoveryOnly = account('recovery', {
  mfaRegistered: true,
  mfaMethods: ['email', 'security-question']
});
const accounts = [
  push,
  none,
  fido,
  adNoState,
  guestSms,
  guestOff,
  service,
  root,
  awsUser,
  recoveryOnly
];

describe('mfaCoverage', () => {
  const kpi = mfaCoverage(analysisInput({ accounts }));

  it('mfaCoverage(input) measures enabled humans and guests with a known MFA state only', () => {
    // push, none, fido, guestSms, awsUser, recovery; not the AD account, the disabled guest,
    // the service account or root
    expect(kpi.denominator).toBe(6);
    expect(kpi.denominatorIds?.sort()).toEqual(
      [push.id, none.id, fido.id, guestSms.id, awsUser.id, recoveryOnly.id].sort()
    );
  });

  it('mfaCoverage(input) gives 4 of 6 = 66.7 and lists the accounts without MFA', () => {
    expect(kpi.numerator).toBe(4);
    expect(kpi.value).toBe(66.7);
    expect(kpi.unit).toBe('percent');
    // email and security questions are recovery methods, not MFA
    expect(kpi.recordIds.sort()).toEqual([none.id, recoveryOnly.id].sort());
  });

  it('mfaCoverage(input) is not assessed when no source reports MFA state', () => {
    const kpi2 = mfaCoverage(analysisInput({ accounts: [adNoState, service] }));
    expect(kpi2.value).toBeNull();
    expect(kpi2.notAssessed).toMatch(/registration details/);
  });
});

describe('phishingResistantCoverage', () => {
  it('phishingResistantCoverage(input) gives 1 of the 5 accounts with typed methods = 20.0', () => {
    const kpi = phishingResistantCoverage(analysisInput({ accounts }));
    // awsUser reports MFA state but no method types, so it is left out
    expect(kpi.denominatorIds?.sort()).toEqual(
      [push.id, none.id, fido.id, guestSms.id, recoveryOnly.id].sort()
    );
    expect(kpi.value).toBe(20);
    expect(kpi.recordIds.sort()).toEqual([push.id, none.id, guestSms.id, recoveryOnly.id].sort());
  });

  it('phishingResistantCoverage(input) leaves out accounts whose only method is untyped', () => {
    const untyped = account('untyped', { mfaRegistered: true, mfaMethods: ['mfa'] });
    const kpi = phishingResistantCoverage(analysisInput({ accounts: [untyped, awsUser] }));
    expect(kpi.value).toBeNull();
    expect(kpi.notAssessed).toMatch(/method types/);
  });
});

describe('privilegedMfaCoverage', () => {
  const input = analysisInput({ accounts });

  it('privilegedMfaCoverage(input, summary) measures privileged humans and guests only', () => {
    const summary = privilege({
      privileged: [push.id, none.id, service.id, root.id, adNoState.id]
    });
    const kpi = privilegedMfaCoverage(input, summary);
    expect(kpi.denominatorIds?.sort()).toEqual([push.id, none.id].sort());
    expect(kpi.value).toBe(50);
    expect(kpi.recordIds).toEqual([none.id]);
  });

  it('privilegedMfaCoverage(input, undefined) is not assessed without privilege analysis', () => {
    const kpi = privilegedMfaCoverage(input, undefined);
    expect(kpi.value).toBeNull();
    expect(kpi.notAssessed).toMatch(/role assignments/);
  });

  it('privilegedMfaCoverage(input, summary) is not assessed when no privileged account has MFA state', () => {
    const kpi = privilegedMfaCoverage(input, privilege({ privileged: [adNoState.id] }));
    expect(kpi.value).toBeNull();
    expect(kpi.notAssessed).toMatch(/MFA state/);
  });
});
