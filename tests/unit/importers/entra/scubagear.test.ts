import { describe, expect, it } from 'vitest';
import { scubagearProviderExport } from '$lib/core/importers/entra/scubagear';
import { readRealJson, runJson } from '../helpers';
import { expectValid, kinds } from './records';

const REPORT = readRealJson(
  '03_entra_users_graph',
  'scubagear_Sample-Reports_ProviderSettingsExport.json'
);
const out = runJson(scubagearProviderExport, REPORT);

const GA = 'entra:role:62e90394-69f5-4237-9190-012177145e10';
const PRA = 'entra:role:e8611ab8-c189-46e8-94e1-60213ab1f814';
const HYBRID = 'entra:role:8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2';
const JOHN_PUBLIC = 'entra:user:66b4d5c2-71c9-4644-8728-74e3a8324d81';

describe('scubagearProviderExport on the ScubaGear sample report (real file)', () => {
  it('detect(value) recognises the report by its privilege and report keys', () => {
    expect(scubagearProviderExport.detect(REPORT)?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('parse(value) takes the report time and tenant', () => {
    expectValid(out);
    expect(out.exportedAt).toBe('2026-05-04T17:15:48.307Z');
    expect(out.scopeKey).toBe('entra-tenant:3c19c757-3b55-411f-b03f-2bcc514a598d');
  });

  it('parse(value) gives the 8 privileged roles by template id', () => {
    expect(out.records.roles).toHaveLength(8);
    expect(out.records.roles.every((r) => r.privileged)).toBe(true);
    expect(out.records.roles.find((r) => r.id === GA)?.name).toBe('Global Administrator');
  });

  it('parse(value) lists 26 active assignments (7+4+5+6+1+0+3+0), all Assigned, so permanent', () => {
    const listed = out.records.assignments.filter((a) => !a.id.includes('scubagear:'));
    expect(listed).toHaveLength(26);
    expect(listed.every((a) => a.type === 'permanent')).toBe(true);
    expect(listed.filter((a) => a.roleId === GA)).toHaveLength(7);
  });

  it('parse(value) keeps the PIM window of a time-bound Global Administrator assignment', () => {
    const bound = out.records.assignments.find(
      (a) => a.principalId === 'entra:group:ded212ab-8335-41bc-bac1-0ee6eec5ee5b'
    );
    // /Date(1777406310050)/ and /Date(1778702258453)/.
    expect(bound).toMatchObject({
      start: '2026-04-28T19:58:30.050Z',
      end: '2026-05-13T19:57:38.453Z',
      scope: '/'
    });
  });

  it('parse(value) records the 22 active holders found in neither privileged list as groups', () => {
    expect(out.records.groups).toHaveLength(22);
    expect(out.warnings[0]).toContain('22 holders of active role assignments');
  });

  it('parse(value) gives 3 privileged users and 6 service principals', () => {
    expect(kinds(out)).toEqual({ human: 3, service: 6 });
    expect(out.records.accounts.every((a) => a.primary === false)).toBe(true);
  });

  it('parse(value) infers eligibility for the 2 roles with no active assignment at all', () => {
    const johnPublic = out.records.assignments.filter((a) => a.principalId === JOHN_PUBLIC);
    expect(johnPublic).toHaveLength(8);
    const eligible = johnPublic.filter((a) => a.type === 'eligible').map((a) => a.roleId);
    expect(eligible.sort()).toEqual([HYBRID, PRA].sort());
  });

  it('parse(value) counts 40 permanent and 2 eligible assignments in all', () => {
    // 26 listed + 13 user holdings (John Public 6, Jane Doe 3, John Doe 2 with SharePoint
    // listed twice) + 3 service principals holding Exchange Administrator.
    const types = out.records.assignments.map((a) => a.type);
    expect(types.filter((t) => t === 'permanent')).toHaveLength(40);
    expect(types.filter((t) => t === 'eligible')).toHaveLength(2);
    expect(out.warnings).toContain(
      '14 role holdings of privileged users come through a group or an eligibility, which ScubaGear does not tell apart; they were recorded as permanent.'
    );
  });

  it('parse(value) reads 7 credentials of the 2 risky apps, 1 still valid at report time', () => {
    const creds = out.records.credentials;
    expect(creds).toHaveLength(7);
    expect(creds.filter((c) => c.kind === 'certificate')).toHaveLength(2);
    expect(creds.filter((c) => c.kind === 'client-secret')).toHaveLength(5);
    const active = creds.filter((c) => c.active);
    // /Date(1801093712004)/: 2027-01-27, after the report's 2026-05-04.
    expect(active.map((c) => [c.name, c.expires])).toEqual([
      [undefined, '2027-01-27T23:48:32.004Z']
    ]);
    expect(active[0].ownerId).toBe('entra:servicePrincipal:0c2e1234-4475-43b3-b5ed-42d7c243bb4b');
  });

  it('parse(value) reads a collapsed one-item KeyCredentials as one certificate', () => {
    const cert = out.records.credentials.find(
      (c) => c.id === 'entra:credential:5c6980d5-ac09-4b7b-aa39-1f1824baaaaa'
    );
    expect(cert).toMatchObject({
      kind: 'certificate',
      created: '2012-04-27T10:31:18.000Z',
      expires: '2022-04-25T10:31:18.000Z',
      active: false
    });
  });

  it('parse(value) keeps risky permissions and the on-premises link of privileged users', () => {
    const app = out.records.accounts.find(
      (a) => a.name === 'Test Application' && a.attrs?.riskyPermissions
    );
    expect(app?.attrs?.riskyPermissions).toBe(4);
    expect(app?.attrs?.applicationObjectId).toBe('123456c3-bb2e-462a-a89e-9520273e018c');
    expect(out.records.accounts.find((a) => a.id === JOHN_PUBLIC)?.name).toBe('John Public');
  });
});
