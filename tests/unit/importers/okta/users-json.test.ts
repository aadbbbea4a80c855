import { describe, expect, it } from 'vitest';
import { detectOktaUsers, parseOktaUsers } from '$lib/core/importers/okta/users-json';
import { readRealJson } from '../helpers';

const FOLDER = '06_okta_users';
const CLASSIC = 'tfokta_TestAccDataSourceOktaUsers_read_classic-00_id12_api_v1_users.json';
const OIE = 'tfokta_TestAccDataSourceOktaUsers_read_oie-00_id13_api_v1_users.json';
const ROLES =
  'tfokta_TestAccResourceOktaUserAdminRoles_crud_classic-00_id11_api_v1_users_roles.json';

describe('okta-users-json on the real terraform-provider fixtures', () => {
  it('detectOktaUsers(value) recognises both users files', () => {
    expect(detectOktaUsers(readRealJson(FOLDER, CLASSIC))?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(detectOktaUsers(readRealJson(FOLDER, OIE))?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('detectOktaUsers(value) ignores the roles file', () => {
    expect(detectOktaUsers(readRealJson(FOLDER, ROLES))).toBeNull();
  });

  it('parseOktaUsers(classic) keeps 2 STAGED and 1 PROVISIONED user enabled, none signed in', () => {
    const out = parseOktaUsers(readRealJson(FOLDER, CLASSIC));
    const accounts = out.records.accounts;
    expect(accounts).toHaveLength(3);
    expect(accounts.every((a) => a.kind === 'human' && a.enabled === true)).toBe(true);
    expect(accounts.every((a) => a.lastSignIn === undefined)).toBe(true);
    expect(accounts.every((a) => a.mfaRegistered === undefined)).toBe(true);
    expect(accounts.map((a) => a.attrs?.status)).toEqual(['STAGED', 'STAGED', 'PROVISIONED']);
    expect(out.rejected).toEqual([]);
    expect(out.scopeKey).toBe('okta:classic-00.dne-okta.com');
  });

  it('parseOktaUsers(classic) reads ids, names, logins and dates exactly', () => {
    const [first, , third] = parseOktaUsers(readRealJson(FOLDER, CLASSIC)).records.accounts;
    expect(first).toMatchObject({
      id: 'okta:user:00uckrjnt0MrELCEZ0x7',
      nativeId: '00uckrjnt0MrELCEZ0x7',
      name: 'TestAcc Entwhistle',
      login: 'john_3352527563@thewho.com',
      email: 'john_3352527563@thewho.com',
      created: '2025-12-17T10:50:31.000Z',
      passwordLastSet: undefined
    });
    expect(first.attrs).toMatchObject({
      transitioningToStatus: 'PROVISIONED',
      pendingActivation: true
    });
    expect(third).toMatchObject({ name: 'TestAcc Jones', created: '2025-12-17T10:50:30.000Z' });
    expect(third.attrs?.activated).toBe('2025-12-17T10:50:31.000Z');
  });

  it('parseOktaUsers(oie) reads three PROVISIONED users created at the same second', () => {
    const out = parseOktaUsers(readRealJson(FOLDER, OIE));
    expect(out.records.accounts.map((a) => a.nativeId)).toEqual([
      '00ukwqre2mO7GsSnm1d7',
      '00ukwqsl25lkstK6K1d7',
      '00ukwqu0lz7i1KyUI1d7'
    ]);
    expect(out.records.accounts.every((a) => a.created === '2025-03-13T23:26:50.000Z')).toBe(true);
    expect(out.records.accounts.every((a) => a.attrs?.status === 'PROVISIONED')).toBe(true);
    expect(out.scopeKey).toBe('okta:oie-00.dne-okta.com');
  });

  it('parseOktaUsers(value) reads suspended users as disabled and "null" strings as absent', () => {
    const out = parseOktaUsers([
      {
        id: '00ua',
        status: 'SUSPENDED',
        created: 'null',
        lastLogin: '2024-01-02T03:04:05.000Z',
        profile: { login: 'a@x.org', firstName: 'Σοφία', lastName: 'null' }
      },
      {
        id: '00ub',
        status: 'ACTIVE',
        lastLogin: '2024-02-02T00:00:00.000Z',
        profile: { login: 'b@x.org', userType: 'Service' }
      },
      { status: 'ACTIVE', profile: { login: 'c@x.org' } }
    ]);
    const [a, b] = out.records.accounts;
    expect(a).toMatchObject({
      enabled: false,
      created: undefined,
      name: 'Σοφία',
      lastSignIn: '2024-01-02T03:04:05.000Z'
    });
    expect(b).toMatchObject({ enabled: true, kind: 'service' });
    expect(out.rejected).toEqual([{ line: 3, column: 'id', reason: 'user #3 has no id' }]);
  });
});
