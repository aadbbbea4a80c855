import { describe, expect, it } from 'vitest';
import { entraUsersCsv } from '$lib/core/importers/entra/users-csv';
import { cleanCell } from '$lib/core/importers/entra/csv-cells';
import { csvHeader, readFixture, readRealExport, runTable } from '../helpers';
import { byUpn, expectValid, kinds } from './records';

const SENTINEL = readRealExport(
  '03_entra_users_graph',
  'azure-sentinel_SampleData_AADUSerInfo.csv'
);

describe('entraUsersCsv on the Log Analytics AADUserInfo export (real file)', () => {
  it('detect(header) recognises the _s/_b/_g columns with high confidence', () => {
    const detection = entraUsersCsv.detect(csvHeader(SENTINEL));
    expect(detection?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(detection?.evidence).toContain('Log Analytics');
  });

  it('start(header) reads the 6 users, all enabled members', () => {
    const out = runTable(entraUsersCsv, SENTINEL);
    expectValid(out);
    expect(out.rejected).toEqual([]);
    expect(out.records.accounts).toHaveLength(6);
    expect(kinds(out)).toEqual({ human: 6 });
    expect(out.records.accounts.every((a) => a.enabled === true)).toBe(true);
    expect(out.records.accounts.every((a) => a.mfaRegistered === undefined)).toBe(true);
    expect(out.records.accounts.every((a) => a.primary === true)).toBe(true);
  });

  it('start(header) takes ObjectId_g as the lower-case object id and the display name', () => {
    const adSync = byUpn(runTable(entraUsersCsv, SENTINEL), 'AdSync@domain.onmicrosoft.com');
    expect(adSync.id).toBe('entra:user:2bedcdc9-1d82-439e-b07e-86a70ad19cb8');
    expect(adSync.name).toBe('Active Directory Sync');
  });

  it('start(header) reads the 24-hour US date of ExtensionProperty_createdDateTime_s', () => {
    const out = runTable(entraUsersCsv, SENTINEL);
    expect(byUpn(out, 'AdSync@domain.onmicrosoft.com').created).toBe('2020-11-04T21:11:00.000Z');
    expect(byUpn(out, 'JeffL@domain.onmicrosoft.com').created).toBe('2020-11-04T21:21:00.000Z');
  });

  it('start(header) reads password policies and on-premises links (5 synced users, AdSync cloud-only)', () => {
    const out = runTable(entraUsersCsv, SENTINEL);
    const neverExpires = out.records.accounts.filter((a) => a.passwordNeverExpires === true);
    expect(neverExpires).toHaveLength(5);
    const adSync = byUpn(out, 'AdSync@domain.onmicrosoft.com');
    expect(adSync.passwordNeverExpires).toBe(false);
    expect(adSync.link).toBeUndefined();
    const jeff = byUpn(out, 'JeffL@domain.onmicrosoft.com');
    expect(jeff.link).toEqual({
      onPremImmutableId: 'DEoOcv5mCEqOvSg/Etfb6A==',
      sid: 'S-1-5-21-2238293948-1392010073-595408551-1107'
    });
    expect(jeff.attrs?.onPremisesSyncEnabled).toBe(true);
  });

  it('finish() gives the newest TimeGenerated as the export time', () => {
    expect(runTable(entraUsersCsv, SENTINEL).exportedAt).toBe('2021-06-04T16:00:37.391Z');
  });
});

describe('entraUsersCsv on portal downloads (fixtures)', () => {
  const current = readFixture('entra', 'users-portal-2021.csv');
  const legacy = readFixture('entra', 'users-portal-legacy.csv');

  it('detect(header) accepts both header generations (id and objectId)', () => {
    expect(entraUsersCsv.detect(csvHeader(current))?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(entraUsersCsv.detect(csvHeader(legacy))?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('start(header) reads US dates with AM/PM, including 12 AM and 12 PM', () => {
    const out = runTable(entraUsersCsv, current);
    expectValid(out);
    expect(byUpn(out, 'anna.berg@contoso.onmicrosoft.com').created).toBe(
      '2021-08-19T13:25:31.000Z'
    );
    expect(byUpn(out, 'partner_fabrikam.com#EXT#@contoso.onmicrosoft.com').created).toBe(
      '2022-12-01T00:05:09.000Z'
    );
    expect(byUpn(out, 'old.admin@contoso.onmicrosoft.com').created).toBe(
      '2019-01-02T12:00:00.000Z'
    );
  });

  it('start(header) keeps #EXT# UPNs and makes userType Guest a guest', () => {
    const out = runTable(entraUsersCsv, current);
    const guest = byUpn(out, 'partner_fabrikam.com#EXT#@contoso.onmicrosoft.com');
    expect(guest.kind).toBe('guest');
    expect(guest.email).toBe('pat@fabrikam.com');
    expect(guest.attrs?.externalUserState).toBe('Accepted');
    expect(kinds(out)).toEqual({ human: 3, guest: 1 });
  });

  it('start(header) keeps a display name starting with = as literal text', () => {
    const out = runTable(entraUsersCsv, current);
    expect(byUpn(out, 'test12345@contoso.onmicrosoft.com').name).toBe('=3+1');
  });

  it('start(header) lower-cases an upper-case object id and reads accountEnabled False', () => {
    const old = byUpn(runTable(entraUsersCsv, current), 'old.admin@contoso.onmicrosoft.com');
    expect(old.id).toBe('entra:user:7e1a0b2c-3d4e-4f50-8172-93a4b5c6d7e8');
    expect(old.enabled).toBe(false);
    expect(old.attrs?.onPremisesSyncEnabled).toBe(true);
  });

  it('start(header) leaves password expiry unknown when the download has no passwordPolicies', () => {
    const out = runTable(entraUsersCsv, current);
    expect(out.records.accounts.every((a) => a.passwordNeverExpires === undefined)).toBe(true);
  });

  it('start(header) reads the objectId generation: 1 member enabled, 1 guest disabled', () => {
    const out = runTable(entraUsersCsv, legacy);
    expectValid(out);
    expect(out.records.accounts).toHaveLength(2);
    const ben = byUpn(out, 'ben.ode@contoso.com');
    expect(ben.id).toBe('entra:user:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d');
    expect(ben.created).toBeUndefined();
    const gail = byUpn(out, 'guest_example.org#EXT#@contoso.onmicrosoft.com');
    expect([gail.kind, gail.enabled]).toEqual(['guest', false]);
  });
});

describe('entraUsersCsv on a malformed file (fixture)', () => {
  const out = runTable(entraUsersCsv, readFixture('entra', 'users-malformed.csv'));

  it('start(header) rejects rows with line, column and reason', () => {
    expect(out.rejected.map((r) => [r.line, r.column])).toEqual([
      [3, 'id'],
      [4, 'userPrincipalName'],
      [5, 'id'],
      [6, undefined],
      [7, 'id']
    ]);
    expect(out.rejected[0].reason).toBe('no object id');
    expect(out.rejected[2].reason).toContain('"True" is not a GUID');
    expect(out.rejected[3].reason).toContain('4 cells but the header has 8');
    expect(out.rejected[4].reason).toBe('the same user as line 2');
  });

  it('start(header) keeps the good rows and splits proxy addresses', () => {
    expectValid(out);
    expect(out.records.accounts.map((a) => a.upn)).toEqual([
      'good.one@contoso.com',
      'bad.date@contoso.com'
    ]);
    const good = byUpn(out, 'good.one@contoso.com');
    expect(good.passwordNeverExpires).toBe(true);
    expect(good.link?.proxyAddresses).toEqual(['SMTP:good.one@contoso.com', 'smtp:g1@contoso.com']);
  });

  it('start(header) leaves out a non-US date and a PowerShell type name, with warnings', () => {
    const bad = byUpn(out, 'bad.date@contoso.com');
    expect(bad.created).toBeUndefined();
    expect(bad.passwordNeverExpires).toBe(false);
    expect(bad.link).toBeUndefined();
    expect(out.warnings).toEqual([
      '1 record: createdDateTime could not be read as a date and was left out (e.g. line 8).',
      '1 record: proxyAddresses holds a type name instead of values (PowerShell Export-Csv of an array) and was left out (e.g. line 8).'
    ]);
  });
});

describe('cleanCell', () => {
  it('cleanCell(text) unwraps the ="…" form spreadsheets write and keeps other = values', () => {
    expect(cleanCell('="+49 30 1234567"')).toBe('+49 30 1234567');
    expect(cleanCell('=3+1')).toBe('=3+1');
    expect(cleanCell('  [] ')).toBeUndefined();
  });
});
