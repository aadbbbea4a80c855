import { describe, expect, it } from 'vitest';
import { detectGoogleUsersCsv, googleUsersCsv } from '$lib/core/importers/google/users-csv';
import { csvHeader, readFixture, runTable } from '../helpers';

const DOWNLOAD = readFixture('google', 'users-download.csv');
const NEWER = readFixture('google', 'users-download-2025.csv');

describe('google-users-csv', () => {
  it('detectGoogleUsersCsv(header) recognises the old and the newer download header', () => {
    expect(detectGoogleUsersCsv(csvHeader(DOWNLOAD))?.confidence).toBe(0.95);
    expect(detectGoogleUsersCsv(csvHeader(NEWER))?.confidence).toBe(0.95);
  });

  it('detectGoogleUsersCsv(header) needs more than an email and a status', () => {
    expect(detectGoogleUsersCsv(['Email Address', 'Status', 'Last Sign In'])).toBeNull();
  });

  it('googleUsersCsv.start(download) reads sign-in times, Never logged in and 2SV', () => {
    const out = runTable(googleUsersCsv, DOWNLOAD);
    const [dmitry, katerina, starter] = out.records.accounts;
    expect(out.records.accounts).toHaveLength(3);
    expect(dmitry).toMatchObject({
      id: 'google:user:dmitry.sokolov@example.org',
      nativeId: 'dmitry.sokolov@example.org',
      email: 'Dmitry.Sokolov@Example.org',
      name: 'Дмитрий Соколов',
      kind: 'human',
      enabled: true,
      lastSignIn: '2016-04-04T00:24:13.000Z',
      mfaRegistered: true
    });
    expect(dmitry.mfaMethods).toBeUndefined();
    expect(dmitry.attrs).toEqual({ enforced2sv: false, orgUnitPath: '/Engineering' });
    expect(katerina).toMatchObject({
      name: 'Αικατερίνη Νικολάου',
      enabled: false,
      lastSignIn: '2019-11-30T23:59:59.000Z',
      mfaRegistered: false
    });
    expect(starter).toMatchObject({ enabled: true, lastSignIn: undefined, mfaRegistered: false });
    expect(out.rejected).toEqual([
      { line: 5, column: 'Email Address', reason: 'row has no email address' }
    ]);
    expect(out.records.roles).toEqual([]);
  });

  it('googleUsersCsv.start(newer download) reads Advanced Protection enrolment as an attribute', () => {
    const [grace] = runTable(googleUsersCsv, NEWER).records.accounts;
    expect(grace).toMatchObject({ lastSignIn: '2025-01-31T08:09:10.000Z', mfaRegistered: true });
    expect(grace.attrs).toMatchObject({ advancedProtection: true, enforced2sv: true });
  });
});
