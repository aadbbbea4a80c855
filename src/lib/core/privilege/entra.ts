/** Entra ID privilege facts: Global Administrators, who holds privileged roles, app permissions. */
import { accountsById } from '../findings/lookup';
import type { Account, RecordSet } from '../model';
import { GRAPH_ESCALATION_PERMISSIONS, graphPermissionOf, isGlobalAdmin } from './catalogue';
import { adminTierId, type PrivilegeEdge, type PrivilegedHolding } from './types';

export interface EntraPrivilege {
  /** Directory roles or role assignments were imported. */
  assessed: boolean;
  /** Enabled accounts holding Global Administrator, permanent or eligible. */
  globalAdmins: string[];
  /** Holdings of privileged roles by guests, synced accounts and service principals. */
  guests: PrivilegedHolding[];
  synced: PrivilegedHolding[];
  servicePrincipals: PrivilegedHolding[];
  /** Permanent (not eligible) privileged holdings. */
  permanent: PrivilegedHolding[];
  /** Service principals holding Graph permissions that can grant roles. */
  appPermissions: { accountId: string; permission: string; certainty: 'definite' | 'possible' }[];
}

/** An account synced from on-premises AD (what Entra's user object says). */
export function isSynced(a: Account): boolean {
  const s = a.attrs?.onPremisesSyncEnabled;
  return !!a.link?.onPremImmutableId || s === true || s === 'true';
}

/** Entra privilege facts from the holdings already computed for every system. */
export function analyseEntra(
  records: RecordSet,
  holdings: readonly PrivilegedHolding[],
  enabled: (id: string) => boolean
): { entra: EntraPrivilege; edges: PrivilegeEdge[] } {
  const accounts = accountsById({ records });
  const roles = new Map(records.roles.map((r) => [r.id, r]));
  const entraHoldings = holdings.filter((h) => h.system === 'entra' && enabled(h.accountId));
  const of = (pred: (a: Account) => boolean) =>
    entraHoldings.filter((h) => {
      const a = accounts.get(h.accountId);
      return !!a && pred(a);
    });

  const globalAdmins = new Set<string>();
  for (const h of entraHoldings) {
    const role = roles.get(h.roleId);
    if (role && isGlobalAdmin(role)) globalAdmins.add(h.accountId);
  }

  const appPermissions: EntraPrivilege['appPermissions'] = [];
  const edges: PrivilegeEdge[] = [];
  for (const a of records.assignments) {
    const role = roles.get(a.roleId);
    if (!role || role.system !== 'entra' || !accounts.has(a.principalId)) continue;
    const permission = graphPermissionOf(role);
    if (!permission) continue;
    const certainty = GRAPH_ESCALATION_PERMISSIONS[permission.toLowerCase()];
    appPermissions.push({ accountId: a.principalId, permission, certainty });
    edges.push({
      from: a.principalId,
      to: adminTierId('entra'),
      kind: 'can-escalate',
      methodId: 'graph-app-permission',
      actions: [permission],
      policyIds: [a.id],
      certainty
    });
  }

  // ScubaGear lists an app's risky Graph permissions on the service principal itself.
  for (const a of records.accounts) {
    if (a.system !== 'entra' || typeof a.attrs?.riskyPermissionNames !== 'string') continue;
    for (const name of a.attrs.riskyPermissionNames.split(',').map((n) => n.trim())) {
      const certainty = GRAPH_ESCALATION_PERMISSIONS[name.toLowerCase()];
      if (!certainty) continue;
      appPermissions.push({ accountId: a.id, permission: name, certainty });
      edges.push({
        from: a.id,
        to: adminTierId('entra'),
        kind: 'can-escalate',
        methodId: 'graph-app-permission',
        actions: [name],
        policyIds: [],
        certainty
      });
    }
  }

  return {
    entra: {
      assessed:
        records.roles.some((r) => r.system === 'entra') ||
        records.assignments.some((x) => x.system === 'entra'),
      globalAdmins: [...globalAdmins],
      guests: of((a) => a.kind === 'guest'),
      synced: of(isSynced),
      servicePrincipals: of((a) => a.kind === 'service'),
      permanent: entraHoldings.filter((h) => h.type === 'permanent'),
      appPermissions
    },
    edges
  };
}
