import { describe, expect, it } from 'vitest';
import { detectOktaAdminRoles, parseOktaAdminRoles } from '$lib/core/importers/okta/admin-roles';
import { readFixtureJson, readRealJson } from '../helpers';

const ROLES =
  'tfokta_TestAccResourceOktaUserAdminRoles_crud_classic-00_id11_api_v1_users_roles.json';
const USER = 'okta:user:00ukwuvafxXvLcBR11d7';

describe('okta-admin-roles', () => {
  it('detectOktaAdminRoles(value) recognises the real roles file', () => {
    expect(
      detectOktaAdminRoles(readRealJson('06_okta_users', ROLES))?.confidence
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('parseOktaAdminRoles(real) gives 3 privileged roles held permanently by one user', () => {
    const out = parseOktaAdminRoles(readRealJson('06_okta_users', ROLES));
    expect(out.records.roles.map((r) => [r.nativeId, r.name, r.privileged])).toEqual([
      ['APP_ADMIN', 'Application Administrator', true],
      ['USER_ADMIN', 'Group Administrator', true],
      ['HELP_DESK_ADMIN', 'Help Desk Administrator', true]
    ]);
    expect(out.records.assignments).toHaveLength(3);
    for (const a of out.records.assignments) {
      expect(a).toMatchObject({
        principalId: USER,
        type: 'permanent',
        start: '2025-03-14T03:20:11.000Z'
      });
    }
    expect(out.records.assignments[0].id).toBe('okta:assignment:00ukwuvafxXvLcBR11d7:APP_ADMIN');
    expect(out.records.accounts).toEqual([
      {
        id: USER,
        system: 'okta',
        nativeId: '00ukwuvafxXvLcBR11d7',
        name: '00ukwuvafxXvLcBR11d7',
        kind: 'human',
        primary: false
      }
    ]);
    expect(out.rejected).toEqual([]);
  });

  it('parseOktaAdminRoles(mixed) keeps custom roles apart and gives group roles to the user', () => {
    const out = parseOktaAdminRoles(readFixtureJson('okta', 'roles-mixed.json'));
    expect(out.records.roles.map((r) => [r.nativeId, r.builtIn])).toEqual([
      ['SUPER_ADMIN', true],
      ['cr0Yq6IJxGIr0ouum0g3', false],
      ['HELP_DESK_ADMIN', true]
    ]);
    expect(out.records.roles[1].name).toBe('Пользовательский оператор');
    const custom = out.records.assignments.find(
      (a) => a.roleId === 'okta:role:cr0Yq6IJxGIr0ouum0g3'
    );
    expect(custom?.scope).toBe('resource-set:iamoJDFKaJxGIr0oamd9g');
    // The help desk role is held through a group; the file is the user's, so the user holds it.
    const helpDesk = out.records.assignments.find((a) => a.roleId === 'okta:role:HELP_DESK_ADMIN');
    expect(helpDesk?.principalId).toBe('okta:user:00udimitra0000000x7');
    expect(out.records.assignments).toHaveLength(3);
    expect(out.warnings.join(' ')).toMatch(/READ_ONLY_ADMIN .* INACTIVE/);
  });

  it('parseOktaAdminRoles(group roles) assigns to the group when no user is named', () => {
    const out = parseOktaAdminRoles([
      {
        id: 'x',
        label: 'Org Administrator',
        type: 'ORG_ADMIN',
        status: 'ACTIVE',
        assignmentType: 'GROUP',
        _links: { assignee: { href: 'https://acme.okta.com/api/v1/groups/00gadmins' } }
      },
      {
        id: 'y',
        label: 'Org Administrator',
        type: 'ORG_ADMIN',
        status: 'ACTIVE',
        assignmentType: 'USER'
      }
    ]);
    expect(out.records.assignments.map((a) => a.principalId)).toEqual(['okta:group:00gadmins']);
    expect(out.records.accounts).toEqual([]);
    expect(out.rejected[0]).toMatchObject({ line: 2 });
    expect(out.warnings.join(' ')).toMatch(/00gadmins/);
  });
});
