import { describe, expect, it } from 'vitest';
import { entraRoleAssignments } from '$lib/core/importers/entra/role-assignments';
import { readFixtureJson, runJson } from '../helpers';
import { expectValid } from './records';

const GA = 'entra:role:62e90394-69f5-4237-9190-012177145e10';

describe('entraRoleAssignments on roleAssignments with $expand (fixture)', () => {
  const value = readFixtureJson('entra', 'role-assignments-expanded.json');
  const out = runJson(entraRoleAssignments, value);

  it('detect(value) recognises the roleManagement/directory list', () => {
    expect(entraRoleAssignments.detect(value)?.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('parse(value) gives 5 permanent assignments with their scopes', () => {
    expectValid(out);
    expect(out.records.assignments).toHaveLength(5);
    expect(out.records.assignments.every((a) => a.type === 'permanent')).toBe(true);
    const helpdesk = out.records.assignments.find((a) => a.principalId.startsWith('entra:group:'));
    expect(helpdesk?.scope).toBe('/administrativeUnits/5d107bba-d8e2-4e13-b6ae-884be90e5d1a');
  });

  it('parse(value) tells users, service principals and groups apart by @odata.type', () => {
    const accounts = out.records.accounts.map((a) => [a.id, a.kind, a.primary]);
    expect(accounts).toEqual([
      ['entra:user:6e7b768e-07e2-4810-8459-485f84f8f204', 'human', false],
      ['entra:servicePrincipal:a2b3c4d5-e6f7-4809-9a1b-2c3d4e5f6a7b', 'service', false],
      ['entra:user:87d349ed-44d7-43e1-9a83-5f2406dee5bd', 'human', false]
    ]);
    expect(out.records.groups.map((g) => [g.id, g.name])).toEqual([
      ['entra:group:b3c4d5e6-f7a8-4910-8b2c-3d4e5f6a7b8c', 'Helpdesk Tier 2']
    ]);
    expect(out.records.accounts[1].attrs?.appId).toBe('11112222-3333-4444-5555-666677778888');
  });

  it('parse(value) marks built-in roles of SPEC §6 and custom roles Microsoft flags as privileged', () => {
    const roles = Object.fromEntries(out.records.roles.map((r) => [r.name, r.privileged]));
    expect(roles).toEqual({
      'Global Administrator': true,
      'Application Administrator': true,
      'User Administrator': true,
      'Contoso Sign-in Log Reader': false,
      'Contoso App Credential Manager': true
    });
    const custom = out.records.roles.find((r) => r.name === 'Contoso Sign-in Log Reader');
    expect(custom?.builtIn).toBe(false);
    expect(out.warnings).toEqual([]);
  });
});

describe('entraRoleAssignments on PIM exports (fixtures)', () => {
  it('parse(value) reads eligibility schedule instances as eligible with their window', () => {
    const out = runJson(
      entraRoleAssignments,
      readFixtureJson('entra', 'role-eligibility-instances.json')
    );
    expectValid(out);
    expect(out.records.assignments.map((a) => a.type)).toEqual([
      'eligible',
      'eligible',
      'eligible'
    ]);
    const megan = out.records.assignments[0];
    expect(megan).toMatchObject({
      principalId: 'entra:user:87d349ed-44d7-43e1-9a83-5f2406dee5bd',
      roleId: GA,
      start: '2024-01-15T10:00:00.000Z',
      end: '2025-01-15T10:00:00.000Z'
    });
    expect(out.records.assignments[1].end).toBeUndefined();
    // Role names come from the built-in table when the definition is not expanded.
    expect(out.records.roles.map((r) => [r.name, r.privileged])).toEqual([
      ['Global Administrator', true],
      ['Privileged Role Administrator', true],
      ['Security Administrator', true]
    ]);
  });

  it('parse(value) warns that unexpanded principals are taken to be users', () => {
    const out = runJson(
      entraRoleAssignments,
      readFixtureJson('entra', 'role-eligibility-instances.json')
    );
    expect(out.warnings).toEqual([
      '3 records: principal type not stated (export with $expand=principal); taken to be a user (e.g. 87d349ed-44d7-43e1-9a83-5f2406dee5bd).'
    ]);
  });

  it('parse(value) reads assignmentType Assigned as permanent and Activated as eligible', () => {
    const value = readFixtureJson('entra', 'role-assignment-schedule-instances.json');
    expect(entraRoleAssignments.detect(value)?.confidence).toBeGreaterThanOrEqual(0.9);
    const out = runJson(entraRoleAssignments, value);
    expectValid(out);
    expect(out.records.assignments.map((a) => [a.type, a.end])).toEqual([
      ['permanent', undefined],
      ['eligible', '2024-05-03T16:00:00.000Z']
    ]);
    expect(out.records.assignments[0].id).toBe(
      'entra:roleAssignment:lAPpYvVpN0KRkAEhdxReEI5Ye26-B0xAhFlIX4T48gQ-1'
    );
  });

  it('parse(value) names an unknown role by its id, unprivileged, and warns', () => {
    const out = runJson(entraRoleAssignments, [
      {
        id: 'x-1',
        principalId: '6e7b768e-07e2-4810-8459-485f84f8f204',
        roleDefinitionId: 'AAAAAAAA-1111-2222-3333-444444444444',
        directoryScopeId: '/'
      }
    ]);
    expect(out.records.roles).toEqual([
      {
        id: 'entra:role:aaaaaaaa-1111-2222-3333-444444444444',
        system: 'entra',
        nativeId: 'aaaaaaaa-1111-2222-3333-444444444444',
        name: 'AAAAAAAA-1111-2222-3333-444444444444',
        privileged: false
      }
    ]);
    expect(out.warnings[0]).toContain(
      'role definition is not expanded and not a known built-in role'
    );
  });

  it('parse(value) rejects an item without a principalId', () => {
    const out = runJson(entraRoleAssignments, [
      { id: 'y', roleDefinitionId: '62e90394-69f5-4237-9190-012177145e10' }
    ]);
    expect(out.rejected).toEqual([
      { line: 0, column: 'principalId', reason: 'item 1: no principalId' }
    ]);
  });
});
