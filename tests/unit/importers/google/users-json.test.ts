import { describe, expect, it } from 'vitest';
import { detectGoogleUsersJson, parseGoogleUsersJson } from '$lib/core/importers/google/users-json';
import { readFixtureJson } from '../helpers';

const LIST = readFixtureJson('google', 'users-list.json');

describe('google-users-json', () => {
  it('detectGoogleUsersJson(value) recognises users.list and a bare array of users', () => {
    expect(detectGoogleUsersJson(LIST)?.confidence).toBe(0.95);
    const users = (LIST as { users: unknown[] }).users.slice(0, 2);
    expect(detectGoogleUsersJson(users)?.confidence).toBe(0.9);
    expect(
      detectGoogleUsersJson([{ id: '00u1', status: 'ACTIVE', profile: { login: 'x' } }])
    ).toBeNull();
  });

  it('parseGoogleUsersJson(list) reads state, 1970 as never and 2SV enrolment', () => {
    const out = parseGoogleUsersJson(LIST);
    const [admin, tatiana, left, archived] = out.records.accounts;
    expect(out.records.accounts).toHaveLength(4);
    expect(admin).toMatchObject({
      id: 'google:user:admin@example.org',
      name: 'Νίκος Γεωργίου',
      enabled: true,
      created: '2018-02-03T04:05:06.000Z',
      lastSignIn: '2024-08-01T12:34:56.000Z',
      mfaRegistered: true,
      link: { proxyAddresses: ['root@example.org', 'it@example.org'] }
    });
    expect(tatiana).toMatchObject({
      name: 'Татьяна Орлова',
      lastSignIn: undefined,
      mfaRegistered: false
    });
    expect(tatiana.attrs).toMatchObject({
      delegatedAdmin: true,
      superAdmin: false,
      orgUnitPath: '/Support'
    });
    expect(left).toMatchObject({ name: 'Left Company', enabled: false });
    expect(archived.enabled).toBe(false);
    expect(out.rejected).toEqual([
      { line: 5, column: 'primaryEmail', reason: 'user #5 has no primaryEmail' }
    ]);
    expect(out.scopeKey).toBe('google:C01abcdef');
  });

  it('parseGoogleUsersJson(list) gives only the super admin a standing privileged role', () => {
    const out = parseGoogleUsersJson(LIST);
    expect(out.records.roles).toEqual([
      {
        id: 'google:role:super-admin',
        system: 'google',
        nativeId: 'super-admin',
        name: 'Super Admin',
        privileged: true,
        builtIn: true
      }
    ]);
    expect(out.records.assignments).toEqual([
      {
        id: 'google:assignment:admin@example.org:super-admin',
        system: 'google',
        principalId: 'google:user:admin@example.org',
        roleId: 'google:role:super-admin',
        type: 'permanent'
      }
    ]);
  });
});
