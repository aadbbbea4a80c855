import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareFile } from '../../../src/lib/core/import/prepare';
import { runImporter } from '../../../src/lib/core/import/run';
import { passwordlessAdoption } from '../../../src/lib/core/metrics/passwordless';
import { account } from '../../fixtures/metrics/build';

describe('passwordlessAdoption', () => {
  const accounts = [
    // Entra's own verdict counts, whatever the methods say…
    account('entraYes', { attrs: { isPasswordlessCapable: true }, mfaMethods: ['push'] }),
    account('entraNo', { attrs: { isPasswordlessCapable: false }, mfaMethods: ['push', 'totp'] }),
    // …but a FIDO2 key is passwordless even where the flag lags behind.
    account('entraFido', { attrs: { isPasswordlessCapable: false }, mfaMethods: ['fido2'] }),
    account('oktaPush', { system: 'okta', mfaRegistered: true, mfaMethods: ['push'] }),
    account('oktaHello', { system: 'okta', mfaRegistered: true, mfaMethods: ['windows-hello'] }),
    account('guestSms', { kind: 'guest', mfaRegistered: true, mfaMethods: ['sms'] }),
    // Left out: an untyped AWS MFA flag, an AD account, a disabled user, a service account.
    account('aws', { system: 'aws', mfaRegistered: true, mfaMethods: ['mfa'] }),
    account('ad', { system: 'ad' }),
    account('off', { enabled: false, mfaMethods: ['fido2'] }),
    account('svc', { kind: 'service', mfaMethods: ['certificate'] })
  ];
  const figure = passwordlessAdoption(accounts);
  const names = (ids: string[]) => ids.map((id) => id.split(':')[2]).sort();

  it('measures enabled humans and guests whose source tells methods or capability', () => {
    expect(names(figure.measuredIds)).toEqual(
      ['entraFido', 'entraNo', 'entraYes', 'guestSms', 'oktaHello', 'oktaPush'].sort()
    );
  });

  it('3 of 6 can sign in without a password: 50%, and the list is the other three', () => {
    expect(figure.capable).toBe(3);
    expect(figure.percent).toBe(50);
    expect(names(figure.withoutIds)).toEqual(['entraNo', 'guestSms', 'oktaPush']);
  });

  it('is not assessed when no source tells', () => {
    expect(passwordlessAdoption([account('ad', { system: 'ad' })]).percent).toBeNull();
  });

  it('the Graph documentation example: all three users report false, so 0 of 3', () => {
    const file = resolve(
      '..',
      'shared',
      'real-exports',
      '04_entra_auth_methods',
      'msgraph_docs_v1_list_userRegistrationDetails_example.json'
    );
    const [prepared] = prepareFile(file, new Uint8Array(readFileSync(file)));
    if (!prepared.ok) throw new Error('not prepared');
    const out = runImporter(prepared.file, prepared.file.candidates[0].importer);
    const real = passwordlessAdoption(out.output.records.accounts);
    // AlexW and BiancaP (members) and AllanD (guest) have no FIDO2, passkey, Hello or certificate.
    expect(real.measuredIds).toHaveLength(3);
    expect(real.percent).toBe(0);
  });
});
