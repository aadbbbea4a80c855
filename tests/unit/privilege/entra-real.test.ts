/**
 * Entra privilege on the real ScubaGear export. By hand: privileged_users lists John Public
 * (8 roles, Global Administrator among them), Jane Doe (3, Global Administrator among them)
 * and John Doe (Exchange and SharePoint, SharePoint twice); privileged_service_principals lists
 * three apps holding Exchange Administrator. The 22 principals of privileged_roles' active
 * assignments appear in neither list, so the importer records them as groups (ScubaGear lists
 * every user and service principal holding the roles).
 */
import { describe, expect, it } from 'vitest';
import { scubagearProviderExport } from '$lib/core/importers/entra/scubagear';
import { analyse, importReal } from './helpers';

const records = importReal(
  scubagearProviderExport,
  '03_entra_users_graph',
  'scubagear_Sample-Reports_ProviderSettingsExport.json'
);
const a = analyse(records);
const nameOf = (id: string) => records.accounts.find((x) => x.id === id)?.name ?? id;

describe('analysePrivilege on the ScubaGear provider export', () => {
  it('analysePrivilege(scubagear) counts 2 Global Administrator accounts: John Public and Jane Doe', () => {
    expect(a.entra.globalAdmins.map(nameOf).sort()).toEqual(['Jane Doe', 'John Public']);
  });

  it('analysePrivilege(scubagear) finds 6 privileged accounts: the 3 listed users and the 3 listed service principals', () => {
    expect(a.privileged.map(nameOf).sort()).toEqual([
      'Jane Doe',
      'John Doe',
      'John Public',
      'JohnSP',
      'Test 3rd Party App',
      'Test Application'
    ]);
  });

  it('analysePrivilege(scubagear) puts the 3 service principals in privileged roles, each Exchange Administrator', () => {
    expect(
      a.entra.servicePrincipals.map((h) => `${nameOf(h.accountId)}: ${h.roleName}`).sort()
    ).toEqual([
      'JohnSP: Exchange Administrator',
      'Test 3rd Party App: Exchange Administrator',
      'Test Application: Exchange Administrator'
    ]);
  });

  it('analysePrivilege(scubagear) finds 14 permanent holdings (John Public 6, Jane Doe 3, John Doe 2, apps 3): the two roles with no active assignment are eligible', () => {
    expect(a.entra.permanent).toHaveLength(14);
    const eligible = a.holdings.filter((h) => h.system === 'entra' && h.type === 'eligible');
    expect(eligible.map((h) => `${nameOf(h.accountId)}: ${h.roleName}`).sort()).toEqual([
      'John Public: Hybrid Identity Administrator',
      'John Public: Privileged Role Administrator'
    ]);
    expect(a.eligibleOnly).toEqual([]);
  });

  it('analysePrivilege(scubagear) finds no synced or guest holders: OnPremisesImmutableId is null for all three users', () => {
    expect(a.entra.synced).toEqual([]);
    expect(a.entra.guests).toEqual([]);
  });

  it('analysePrivilege(scubagear) counts the 22 role-holding groups as admin-equivalent principals, besides the 6 accounts', () => {
    const groups = a.adminEquivalent.filter((id) => records.groups.some((g) => g.id === id));
    expect(groups).toHaveLength(22);
    expect(a.adminEquivalent).toHaveLength(28);
  });

  it('analysePrivilege(scubagear) notes risky Graph permissions that can take over apps: Group.ReadWrite.All (Test Application) and Application.ReadWrite.All (Test 3rd Party App)', () => {
    expect(
      a.entra.appPermissions
        .map((p) => `${nameOf(p.accountId)} ${p.permission} ${p.certainty}`)
        .sort()
    ).toEqual([
      'Test 3rd Party App Application.ReadWrite.All possible',
      'Test Application Group.ReadWrite.All possible'
    ]);
    expect(a.escalation).toEqual([]);
  });
});
