import { describe, expect, it } from 'vitest';
import { parseSharpHoundUsers, sharpHoundUsers } from '$lib/core/importers/ad/sharphound-users';
import { readFixtureJson, readRealJson } from '../helpers';

const REAL = readRealJson('08_active_directory', 'bloodhound_v6_all_users.json');
const DOMAIN = 'S-1-5-21-909015691-3030120388-2582151266';

describe('sharphound-users on the real BloodHound v6 users collection', () => {
  const out = parseSharpHoundUsers(REAL);
  const byLogin = Object.fromEntries(out.records.accounts.map((a) => [a.login, a]));

  it('sharpHoundUsers.detect(value) recognises the collection by meta.type', () => {
    expect(sharpHoundUsers.detect(REAL)?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('parseSharpHoundUsers(real) keeps 13 accounts and skips NETWORK SERVICE', () => {
    expect(out.records.accounts).toHaveLength(13);
    expect(out.warnings.join(' ')).toMatch(/NETWORK SERVICE@ESC1\.LOCAL is a well-known/);
    expect(out.rejected).toEqual([]);
    expect(out.scopeKey).toBe(`ad:${DOMAIN}`);
  });

  it('parseSharpHoundUsers(real) counts 12 human and 1 service account (krbtgt has an SPN)', () => {
    const kinds = out.records.accounts.map((a) => a.kind);
    expect(kinds.filter((k) => k === 'human')).toHaveLength(12);
    expect(out.records.accounts.filter((a) => a.kind === 'service').map((a) => a.login)).toEqual([
      'krbtgt'
    ]);
  });

  it('parseSharpHoundUsers(real) has Guest and krbtgt disabled, the other 11 enabled', () => {
    const disabled = out.records.accounts.filter((a) => a.enabled === false).map((a) => a.login);
    expect(disabled).toEqual(['Guest', 'krbtgt']);
    expect(out.records.accounts.filter((a) => a.enabled === true)).toHaveLength(11);
  });

  it('parseSharpHoundUsers(real) finds 9 never-signed-in accounts (lastlogon 0, timestamp -1)', () => {
    const never = out.records.accounts
      .filter((a) => a.lastSignIn === undefined)
      .map((a) => a.login);
    expect(never.sort()).toEqual(
      [
        'Davis',
        'Garcia',
        'Guest',
        'Hernandez',
        'Jones',
        'Martinez',
        'Miller',
        'Smith',
        'krbtgt'
      ].sort()
    );
  });

  it('parseSharpHoundUsers(real) converts epoch seconds exactly, taking the newer logon', () => {
    // SharpHound: lastlogon 1668103432 > lastlogontimestamp 1668103429.
    expect(byLogin.SharpHound).toMatchObject({
      id: `ad:user:${DOMAIN}-1104`,
      nativeId: `${DOMAIN}-1104`,
      name: 'SharpHound',
      lastSignIn: '2022-11-10T18:03:52.000Z',
      created: '2022-09-29T20:21:16.000Z',
      passwordLastSet: '2022-09-29T20:21:16.000Z',
      link: { sid: `${DOMAIN}-1104`, onPremSam: 'SharpHound' }
    });
    expect(byLogin.administrator).toMatchObject({
      lastSignIn: '2022-11-14T00:50:49.000Z',
      passwordLastSet: '2022-10-07T20:58:03.000Z'
    });
    expect(byLogin.Researcher).toMatchObject({
      lastSignIn: '2023-11-29T18:55:39.000Z',
      passwordLastSet: '2022-11-10T18:07:49.000Z',
      passwordNeverExpires: true
    });
    expect(byLogin.victim).toMatchObject({
      lastSignIn: '2022-10-11T22:08:49.000Z',
      passwordNeverExpires: true
    });
  });

  it('parseSharpHoundUsers(real) reads pwdlastset 0 as unset and the protection flags', () => {
    expect(byLogin.Guest).toMatchObject({
      passwordLastSet: undefined,
      created: '2022-09-29T02:37:31.000Z'
    });
    expect(byLogin.Guest.attrs).toMatchObject({ passwordNotRequired: true, adminCount: 0 });
    expect(byLogin.Researcher.attrs?.adminCount).toBe(1);
    expect(byLogin.krbtgt.attrs).toMatchObject({
      adminCount: 1,
      spn: 'kadmin/changepw',
      hasSpn: true,
      kerberoastable: false
    });
    expect(byLogin.krbtgt.created).toBe('2022-09-29T02:38:07.000Z');
  });

  it('parseSharpHoundUsers(real) finds no roastable or delegating account and no MFA state', () => {
    const accounts = out.records.accounts;
    expect(accounts.some((a) => a.attrs?.kerberoastable === true)).toBe(false);
    expect(accounts.some((a) => a.attrs?.asrepRoastable === true)).toBe(false);
    expect(accounts.some((a) => a.attrs?.trustedForDelegation === true)).toBe(false);
    expect(accounts.every((a) => a.mfaRegistered === undefined)).toBe(true);
  });
});

describe('sharphound-users on a fixture with roastable accounts', () => {
  const out = parseSharpHoundUsers(readFixtureJson('ad', 'sharphound-users-roast.json'));

  it('parseSharpHoundUsers(fixture) flags the SPN user kerberoastable and the no-preauth user AS-REP-roastable', () => {
    const [web, eleni] = out.records.accounts;
    expect(out.records.accounts).toHaveLength(2);
    expect(web).toMatchObject({
      name: 'Веб-служба',
      kind: 'service',
      lastSignIn: '2023-11-14T22:13:20.000Z'
    });
    expect(web.attrs).toMatchObject({
      kerberoastable: true,
      spn: 'HTTP/web01.corp.example',
      trustedToAuthForDelegation: true,
      allowedToDelegateCount: 1,
      adminCount: 0
    });
    expect(eleni).toMatchObject({
      name: 'Ελένη Μάρκου',
      kind: 'human',
      email: 'eleni@corp.example'
    });
    expect(eleni.attrs).toMatchObject({
      asrepRoastable: true,
      dontRequirePreauth: true,
      sensitive: true,
      kerberoastable: false
    });
    expect(eleni.lastSignIn).toBe('2023-07-22T04:26:40.000Z');
  });

  it('parseSharpHoundUsers(fixture) skips the deleted user and rejects the one without an identifier', () => {
    expect(out.warnings.join(' ')).toMatch(/GONE@CORP\.EXAMPLE is deleted/);
    expect(out.rejected).toEqual([{ line: 4, reason: 'user #4 has no ObjectIdentifier' }]);
  });
});
