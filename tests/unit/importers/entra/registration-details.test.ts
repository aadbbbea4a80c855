import { describe, expect, it } from 'vitest';
import { entraRegistrationDetails } from '$lib/core/importers/entra/registration-details';
import { entraRegistrationDetailsCsv } from '$lib/core/importers/entra/registration-details-csv';
import { authMethodOf } from '$lib/core/importers/entra/auth-methods';
import { csvHeader, readFixture, readRealJson, runJson, runTable } from '../helpers';
import { byUpn, expectValid, kinds } from './records';

const DOCS = readRealJson(
  '04_entra_auth_methods',
  'msgraph_docs_v1_list_userRegistrationDetails_example.json'
);

describe('entraRegistrationDetails on the Graph documentation example (real file)', () => {
  const out = runJson(entraRegistrationDetails, DOCS);

  it('detect(value) recognises userRegistrationDetails', () => {
    expect(entraRegistrationDetails.detect(DOCS)?.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('parse(value) gives 3 non-primary accounts: 2 members, 1 guest', () => {
    expectValid(out);
    expect(out.records.accounts).toHaveLength(3);
    expect(kinds(out)).toEqual({ human: 2, guest: 1 });
    expect(out.records.accounts.every((a) => a.primary === false)).toBe(true);
  });

  it('parse(value) takes MFA state from isMfaRegistered: 2 registered, 1 not', () => {
    const registered = out.records.accounts.filter((a) => a.mfaRegistered === true);
    expect(registered.map((a) => a.upn)).toEqual(['AlexW@Contoso.com', 'BiancaP@Contoso.com']);
    expect(byUpn(out, 'AllanD@Contoso.com').mfaRegistered).toBe(false);
  });

  it('parse(value) types the methods registered on each row', () => {
    expect(byUpn(out, 'AlexW@Contoso.com').mfaMethods).toEqual(['push', 'totp']);
    expect(byUpn(out, 'AllanD@Contoso.com').mfaMethods).toEqual([]);
    expect(byUpn(out, 'BiancaP@Contoso.com').mfaMethods).toEqual(['sms', 'push', 'totp']);
  });

  it('parse(value) keeps id, name and the admin flag so the rows stand alone', () => {
    const alex = byUpn(out, 'AlexW@Contoso.com');
    expect(alex.id).toBe('entra:user:86462606-fde0-4fc4-9e0c-a20eb73e54c6');
    expect(alex.name).toBe('Alex Wilber');
    expect(alex.attrs?.isAdmin).toBe(false);
    expect(alex.enabled).toBeUndefined();
  });

  it('parse(value) gives the newest lastUpdatedDateTime as the export time', () => {
    expect(out.exportedAt).toBe('2023-03-13T19:15:41.619Z');
  });

  it('parse(value) reads null as "no method" and warns about unknown method names', () => {
    const odd = runJson(entraRegistrationDetails, {
      value: [
        {
          id: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
          userPrincipalName: 'z@contoso.com',
          isMfaRegistered: false,
          methodsRegistered: [null, '', 'carrierPigeon']
        }
      ]
    });
    expect(odd.records.accounts[0].mfaMethods).toEqual([]);
    expect(odd.warnings).toEqual([
      '1 record: method "carrierPigeon" is not one this workbook knows and was left out (e.g. item 1).'
    ]);
  });
});

describe('entraRegistrationDetailsCsv (fixtures)', () => {
  const text = readFixture('entra', 'registration-details.csv');
  const out = runTable(entraRegistrationDetailsCsv, text);

  it('detect(header) recognises PowerShell Export-Csv property names', () => {
    expect(entraRegistrationDetailsCsv.detect(csvHeader(text))?.confidence).toBeGreaterThanOrEqual(
      0.9
    );
  });

  it('start(header) reads methods separated by commas or semicolons, and none', () => {
    expectValid(out);
    expect(out.rejected).toEqual([]);
    expect(byUpn(out, 'AdeleV@contoso.com').mfaMethods).toEqual(['fido2', 'push', 'email']);
    expect(byUpn(out, 'MeganB@contoso.com').mfaMethods).toEqual(['sms', 'voice', 'passkey']);
    expect(byUpn(out, 'kim_fabrikam.com#EXT#@contoso.onmicrosoft.com').mfaMethods).toEqual([]);
  });

  it("start(header) reads recovery methods but keeps the report's MFA flag", () => {
    const lee = byUpn(out, 'LeeG@contoso.com');
    expect(lee.mfaMethods).toEqual(['security-question', 'email']);
    expect(lee.mfaRegistered).toBe(false);
    expect(out.warnings).toEqual([
      '1 record: method "qrCode" is not one this workbook knows and was left out (e.g. line 5).'
    ]);
  });

  it('start(header) counts 3 members and 1 guest, 2 registered for MFA', () => {
    expect(kinds(out)).toEqual({ human: 3, guest: 1 });
    expect(out.records.accounts.filter((a) => a.mfaRegistered).length).toBe(2);
    expect(out.exportedAt).toBe('2024-05-06T07:00:00.000Z');
  });

  it('start(header) accepts spelled-out labels with Yes/No values', () => {
    const labels = readFixture('entra', 'registration-details-labels.csv');
    expect(entraRegistrationDetailsCsv.detect(csvHeader(labels))).not.toBeNull();
    const adele = runTable(entraRegistrationDetailsCsv, labels).records.accounts[0];
    expect(adele.mfaRegistered).toBe(true);
    expect(adele.mfaMethods).toEqual(['windows-hello', 'totp']);
    expect(adele.attrs?.isAdmin).toBe(true);
  });

  it('start(header) warns once when the file has no object id column', () => {
    const noId = runTable(
      entraRegistrationDetailsCsv,
      'User principal name,MFA registered,Methods registered\nq@contoso.com,Yes,mobilePhone\n'
    );
    expect(noId.records.accounts).toEqual([]);
    expect(noId.rejected).toEqual([{ line: 2, column: 'id', reason: 'no user object id' }]);
    expect(noId.warnings[0]).toContain('no object id column');
  });
});

describe('authMethodOf', () => {
  it('authMethodOf(name) types the documented method names', () => {
    expect(authMethodOf('passKeyDeviceBoundWindowsHello')).toBe('passkey');
    expect(authMethodOf('windowsHelloForBusiness')).toBe('windows-hello');
    expect(authMethodOf('x509CertificateMultiFactor')).toBe('certificate');
    expect(authMethodOf('hardwareOneTimePasscode')).toBe('hardware-otp');
    expect(authMethodOf('microsoftAuthenticatorPasswordless')).toBe('push');
    expect(authMethodOf('officePhone')).toBe('voice');
    expect(authMethodOf('temporaryAccessPass')).toBe('temporary-access-pass');
    expect(authMethodOf('securityQuestion')).toBe('security-question');
    expect(authMethodOf('qrCode')).toBeUndefined();
  });
});
