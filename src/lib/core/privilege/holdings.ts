/**
 * Who holds a privileged role, in every system, directly or through (nested) groups, and
 * whether the role makes its holder admin-equivalent (SPEC §6).
 */
import { accountsById } from '../findings/lookup';
import type { RecordSet, Role } from '../model';
import {
  GCP_ADMIN_ROLES,
  gcpRoleName,
  isAdPrivilegedGroup,
  isEntraPrivileged,
  isGoogleSuperAdmin
} from './catalogue';
import type { Membership } from './membership';
import type { PrivilegedHolding } from './types';

export interface RoleVerdict {
  privileged: boolean;
  adminEquivalent: boolean;
}

/** How a role counts, by the rules of its system; `awsAdminRoles` comes from policy analysis. */
export function roleVerdict(role: Role, awsAdminRoles: ReadonlySet<string>): RoleVerdict {
  switch (role.system) {
    case 'entra': {
      const p = isEntraPrivileged(role);
      return { privileged: p, adminEquivalent: p };
    }
    case 'okta':
      // Okta admin-role exports list admin roles only: every one of them is an admin role.
      return { privileged: true, adminEquivalent: true };
    case 'google': {
      const admin = isGoogleSuperAdmin(role);
      return { privileged: role.privileged || admin, adminEquivalent: admin };
    }
    case 'gcp': {
      const admin = GCP_ADMIN_ROLES.includes(gcpRoleName(role));
      return { privileged: role.privileged || admin, adminEquivalent: admin };
    }
    case 'ad': {
      const admin = isAdPrivilegedGroup(role);
      return { privileged: admin, adminEquivalent: admin };
    }
    case 'aws': {
      const admin = awsAdminRoles.has(role.id);
      return { privileged: role.privileged || admin, adminEquivalent: admin };
    }
  }
}

/** Every (account, privileged role) pair, with the group chain when held through groups. */
export function privilegedHoldings(
  records: RecordSet,
  membership: Membership,
  awsAdminRoles: ReadonlySet<string>
): PrivilegedHolding[] {
  // Shared with the rules: the index of tens of thousands of accounts is built once.
  const accounts = accountsById({ records });
  const roles = new Map(records.roles.map((r) => [r.id, r]));
  const out: PrivilegedHolding[] = [];

  const holders = (principalId: string): { accountId: string; via?: string[] }[] => {
    if (accounts.has(principalId)) return [{ accountId: principalId }];
    if (!membership.isGroup(principalId)) return [];
    return membership
      .membersOf(principalId)
      .filter((m) => accounts.has(m))
      .map((m) => ({ accountId: m, via: membership.chain(m, principalId)?.slice(1) }));
  };

  for (const a of records.assignments) {
    const role = roles.get(a.roleId);
    if (!role) continue;
    const v = roleVerdict(role, awsAdminRoles);
    if (!v.privileged) continue;
    for (const h of holders(a.principalId)) {
      out.push({
        accountId: h.accountId,
        system: role.system,
        roleId: role.id,
        roleName: role.name,
        type: a.type,
        via: h.via,
        scope: a.scope,
        adminEquivalent: v.adminEquivalent
      });
    }
  }

  // Active Directory grants privilege by group membership, not by role assignment.
  for (const g of records.groups) {
    if (g.system !== 'ad' || !isAdPrivilegedGroup(g)) continue;
    for (const h of holders(g.id)) {
      out.push({
        accountId: h.accountId,
        system: 'ad',
        roleId: g.id,
        roleName: g.name,
        type: 'permanent',
        via: h.via && h.via.length > 1 ? h.via.slice(0, -1) : undefined,
        adminEquivalent: true
      });
    }
  }
  return out;
}
