/** Okta and Google Workspace: admin and super-admin holders (SPEC §6). */
import type { RecordSet, System } from '../model';
import type { PrivilegedHolding } from './types';

export interface SaasPrivilege {
  assessed: boolean;
  /** Enabled accounts holding any privileged (admin) role. */
  admins: string[];
  /** Enabled accounts holding the top role: Okta Super Administrator, Google super admin. */
  superAdmins: string[];
}

/** Admin holders of Okta or Google from the holdings and, for Google, the `isAdmin` flag. */
export function analyseSaas(
  system: Extract<System, 'okta' | 'google'>,
  records: RecordSet,
  holdings: readonly PrivilegedHolding[],
  enabled: (id: string) => boolean
): SaasPrivilege {
  const mine = holdings.filter((h) => h.system === system && enabled(h.accountId));
  const roles = new Map(records.roles.map((r) => [r.id, r]));
  const top = (roleId: string) => {
    const r = roles.get(roleId);
    if (!r) return false;
    return system === 'okta'
      ? r.nativeId === 'SUPER_ADMIN' || /super\s*admin/i.test(r.name)
      : r.nativeId === '_SEED_ADMIN_ROLE' || /super\s*admin/i.test(r.name);
  };
  const admins = new Set(mine.map((h) => h.accountId));
  const superAdmins = new Set(mine.filter((h) => top(h.roleId)).map((h) => h.accountId));
  // The Directory API marks super admins on the user itself (`isAdmin`), without a role list.
  if (system === 'google') {
    for (const a of records.accounts) {
      if (a.system === 'google' && enabled(a.id) && a.attrs?.isAdmin === true) {
        admins.add(a.id);
        superAdmins.add(a.id);
      }
    }
  }
  return {
    assessed:
      records.roles.some((r) => r.system === system) ||
      records.assignments.some((a) => a.system === system) ||
      (system === 'google' &&
        records.accounts.some((a) => a.system === 'google' && a.attrs?.isAdmin !== undefined)),
    admins: [...admins],
    superAdmins: [...superAdmins]
  };
}
