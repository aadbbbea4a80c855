import { describe, expect, it } from 'vitest';
import { detectOktaFactors, parseOktaFactors } from '$lib/core/importers/okta/factors';
import { readFixtureJson } from '../helpers';

describe('okta-factors', () => {
  it('detectOktaFactors(value) recognises the bare list and both wrappers', () => {
    expect(detectOktaFactors(readFixtureJson('okta', 'factors-single.json'))?.confidence).toBe(
      0.95
    );
    expect(detectOktaFactors(readFixtureJson('okta', 'factors-wrapped.json'))?.confidence).toBe(
      0.9
    );
    expect(detectOktaFactors(readFixtureJson('okta', 'factors-by-user.json'))?.confidence).toBe(
      0.9
    );
    expect(detectOktaFactors([])).toBeNull();
  });

  it('parseOktaFactors(one user) counts only active factors and types FastPass as a passkey', () => {
    const out = parseOktaFactors(readFixtureJson('okta', 'factors-single.json'));
    expect(out.records.accounts).toEqual([
      {
        id: 'okta:user:00umaria000000000x7',
        system: 'okta',
        nativeId: '00umaria000000000x7',
        name: '00umaria000000000x7',
        kind: 'human',
        mfaRegistered: true,
        // sms is PENDING_ACTIVATION; the security question is kept but is not MFA.
        mfaMethods: ['fido2', 'passkey', 'push', 'security-question'],
        primary: false
      }
    ]);
    expect(out.rejected).toEqual([]);
    expect(out.scopeKey).toBe('okta:acme.okta.com:factors:00umaria000000000x7');
  });

  it('parseOktaFactors(no links) rejects every factor: the user cannot be known', () => {
    const out = parseOktaFactors(readFixtureJson('okta', 'factors-no-links.json'));
    expect(out.records.accounts).toEqual([]);
    expect(out.rejected).toHaveLength(2);
    expect(out.rejected[0].reason).toMatch(/names no user/);
  });

  it('parseOktaFactors(wrapped) reads each user, with recovery-only users not MFA-registered', () => {
    const out = parseOktaFactors(readFixtureJson('okta', 'factors-wrapped.json'));
    const byId = Object.fromEntries(out.records.accounts.map((a) => [a.nativeId, a]));
    expect(byId['00ualexei00000000x7']).toMatchObject({
      name: 'alexei.smirnov@example.org',
      mfaRegistered: true,
      mfaMethods: ['mfa', 'totp', 'voice']
    });
    expect(byId['00unofactor000000x7']).toMatchObject({ mfaRegistered: false, mfaMethods: [] });
    expect(byId['00urecovery000000x7']).toMatchObject({
      mfaRegistered: false,
      mfaMethods: ['email', 'security-question']
    });
    expect(out.warnings.join(' ')).toMatch(/web/);
  });

  it('parseOktaFactors(by user id) ignores inactive factors', () => {
    const out = parseOktaFactors(readFixtureJson('okta', 'factors-by-user.json'));
    const byId = Object.fromEntries(out.records.accounts.map((a) => [a.nativeId, a]));
    expect(byId['00unikos000000000x7']).toMatchObject({
      mfaRegistered: true,
      mfaMethods: ['hardware-otp']
    });
    expect(byId['00uempty00000000x7']).toMatchObject({ mfaRegistered: false, mfaMethods: [] });
  });
});
