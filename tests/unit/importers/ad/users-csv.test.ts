import { describe, expect, it } from 'vitest';
import { adUsersCsv, detectAdUsersCsv } from '$lib/core/importers/ad/users-csv';
import { csvHeader, csvRows, readFixture, runTable } from '../helpers';

const SID = 'S-1-5-21-1111111111-2222222222-3333333333';
const PS51 = readFixture('ad', 'users-ps51.csv');
const PS7 = readFixture('ad', 'users-ps7.csv');
/** The PS 5.1 file as the pipeline hands it over: `#TYPE` line gone, lines counted from 2. */
const PS51_STRIPPED = PS51.slice(PS51.indexOf('\n') + 1);

describe('ad-users-csv detection', () => {
  it('detectAdUsersCsv(header) recognises PS 5.1 with and without the #TYPE line, and PS 7', () => {
    expect(detectAdUsersCsv(csvHeader(PS51))).toEqual({
      confidence: 0.9,
      evidence: 'PowerShell #TYPE line names Microsoft.ActiveDirectory.Management.ADUser'
    });
    expect(detectAdUsersCsv(csvHeader(PS51_STRIPPED))?.confidence).toBe(0.95);
    expect(detectAdUsersCsv(csvHeader(PS7))?.confidence).toBe(0.95);
  });

  it('detectAdUsersCsv(header) leaves group-member exports alone', () => {
    expect(detectAdUsersCsv(csvHeader(readFixture('ad', 'group-members.csv')))).toBeNull();
    expect(detectAdUsersCsv(csvHeader(readFixture('ad', 'group-members-no-group.csv')))).toBeNull();
  });
});

describe('ad-users-csv from Windows PowerShell 5.1 (-Properties *, #TYPE line)', () => {
  const out = runTable(adUsersCsv, PS51);
  const [anna, niki, backup] = out.records.accounts;

  it('adUsersCsv.start(#TYPE line) takes the next row as the header and reads 3 accounts', () => {
    expect(out.records.accounts).toHaveLength(3);
    expect(out.rejected).toEqual([
      { line: 6, column: 'SID', reason: 'row has neither a SID nor a SamAccountName' }
    ]);
  });

  it('adUsersCsv.start(ps51) gives the same records once the pipeline strips the #TYPE line', () => {
    const [header, ...rows] = csvRows(PS51_STRIPPED);
    const sink = adUsersCsv.start(header, { fileName: 'users.csv' });
    rows.forEach((cells, i) => sink.row(cells, i + 3));
    expect(sink.finish()).toEqual(out);
  });

  it('adUsersCsv.start(ps51) converts FILETIME exactly and prefers it to local-time columns', () => {
    expect(anna).toMatchObject({
      id: `ad:user:${SID}-1105`,
      name: 'Анна Смирнова',
      upn: 'asmirnova@corp.example',
      email: 'anna.smirnova@corp.example',
      login: 'asmirnova',
      kind: 'human',
      enabled: true,
      // lastLogonTimestamp 133476543210000000 is newer than lastLogon 133310000000000000.
      lastSignIn: '2023-12-21T17:45:21.000Z',
      passwordLastSet: '2022-04-21T07:33:20.000Z',
      created: '2021-03-15T09:05:00.000Z',
      passwordNeverExpires: true,
      link: {
        sid: `${SID}-1105`,
        onPremSam: 'asmirnova',
        onPremImmutableId: 'Kh48fV9LbUyOnwobLD1OXw=='
      }
    });
    expect(anna.attrs).toMatchObject({
      adminCount: 1,
      trustedForDelegation: false,
      dontRequirePreauth: false
    });
    expect(anna.mfaRegistered).toBeUndefined();
  });

  it('adUsersCsv.start(ps51) reads lastLogonTimestamp 0 and pwdLastSet 0 as never', () => {
    expect(niki).toMatchObject({
      name: 'Νίκη Αλεξίου',
      enabled: false,
      created: '2020-12-01T23:30:45.000Z'
    });
    expect(niki.lastSignIn).toBeUndefined();
    expect(niki.passwordLastSet).toBeUndefined();
    expect(niki.attrs?.adminCount).toBe(0);
  });

  it('adUsersCsv.start(ps51) decodes userAccountControl 4260352 as no pre-authentication', () => {
    expect(backup).toMatchObject({
      name: 'svc_backup',
      kind: 'service',
      upn: undefined,
      passwordNeverExpires: true
    });
    expect(backup.attrs).toMatchObject({ dontRequirePreauth: true, asrepRoastable: true });
    expect(backup.passwordLastSet).toBe('2019-07-07T19:06:40.000Z');
    expect(backup.lastSignIn).toBeUndefined();
    // SPNs were not exported, so kerberoastable is not claimed either way.
    expect(backup.attrs?.kerberoastable).toBeUndefined();
  });

  it('adUsersCsv.start(ps51) warns that MemberOf and SPNs were not exported, keeping the primary group', () => {
    expect(out.warnings.join(' ')).toMatch(/MemberOf was exported as a collection type name/);
    expect(out.warnings.join(' ')).toMatch(/SPNs \(kerberoastable\s+accounts\) are unknown/);
    expect(out.records.groups).toEqual([
      {
        id: 'ad:group:domain users',
        system: 'ad',
        nativeId: 'domain users',
        name: 'Domain Users',
        memberIds: [`ad:user:${SID}-1105`, `ad:user:${SID}-1106`, `ad:user:${SID}-2001`],
        attrs: { distinguishedName: 'CN=Domain Users,CN=Users,DC=corp,DC=example' }
      }
    ]);
  });
});

describe('ad-users-csv from PowerShell 7 (joined MemberOf and SPNs, no #TYPE line)', () => {
  const out = runTable(adUsersCsv, PS7);
  const [sql, smith, msa, garcia] = out.records.accounts;

  it('adUsersCsv.start(ps7) counts 2 human and 2 service accounts', () => {
    expect(out.records.accounts.map((a) => [a.login, a.kind])).toEqual([
      ['svc-sql', 'service'],
      ['jsmith', 'human'],
      ['msa_app', 'service'],
      ['mgarcia', 'human']
    ]);
    expect(out.warnings).toEqual([]);
    expect(out.rejected).toEqual([]);
  });

  it('adUsersCsv.start(ps7) flags the enabled SPN account kerberoastable', () => {
    expect(sql).toMatchObject({
      lastSignIn: '2023-10-17T07:06:40.000Z',
      created: '2022-10-14T15:52:11.000Z'
    });
    expect(sql.attrs).toMatchObject({
      spn: 'MSSQLSvc/sql01.corp.example:1433;MSSQLSvc/sql01.corp.example',
      hasSpn: true,
      kerberoastable: true,
      asrepRoastable: false
    });
  });

  it('adUsersCsv.start(ps7) reads a dotted date, an escaped DN and unconstrained delegation', () => {
    expect(smith).toMatchObject({
      name: 'John Smith',
      created: '2022-10-14T15:52:11.000Z',
      passwordLastSet: '2023-06-11T23:33:20.000Z',
      passwordNeverExpires: false
    });
    expect(smith.lastSignIn).toBeUndefined();
    expect(smith.attrs).toMatchObject({
      distinguishedName: 'CN=Smith\\, John,OU=Staff,DC=corp,DC=example',
      trustedForDelegation: true,
      unconstrainedDelegation: true,
      kerberoastable: false,
      adminCount: 1
    });
  });

  it('adUsersCsv.start(ps7) upper-cases SIDs and reads PASSWD_NOTREQD', () => {
    expect(garcia.id).toBe(`ad:user:${SID}-1108`);
    expect(garcia.attrs?.passwordNotRequired).toBe(true);
    expect(msa.lastSignIn).toBeUndefined();
  });

  it('adUsersCsv.start(ps7) builds groups from the joined MemberOf DNs', () => {
    expect(out.records.groups.map((g) => [g.id, g.name, g.memberIds])).toEqual([
      ['ad:group:sql admins', 'SQL Admins', [`ad:user:${SID}-2002`]],
      ['ad:group:domain admins', 'Domain Admins', [`ad:user:${SID}-1107`, `ad:user:${SID}-1108`]],
      ['ad:group:backup operators', 'Backup Operators', [`ad:user:${SID}-1107`]]
    ]);
  });
});
