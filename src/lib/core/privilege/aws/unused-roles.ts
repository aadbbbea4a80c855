/**
 * Unused AWS roles. Last-used data exists only in some exports (`RoleLastUsed` in
 * get-account-authorization-details; the CloudMapper demo lacks it), so a role with no date
 * counts as never used only when some role of the import has a date, or the importer marks
 * the role with `attrs.lastUsedReported`.
 */
import { daysBetween } from '../../decode/dates';
import type { Role } from '../../model';

export interface UnusedRole {
  roleId: string;
  /** undefined: never used since last-used tracking began. */
  lastUsed?: string;
  days?: number;
}

function serviceLinked(role: Role): boolean {
  return role.nativeId.includes('/aws-service-role/') || role.attrs?.path === '/aws-service-role/';
}

/** Roles unused for more than `days` before the as-of date; null when no role has the data. */
export function unusedAwsRoles(
  roles: readonly Role[],
  asOf: string,
  days: number
): UnusedRole[] | null {
  const aws = roles.filter((r) => r.system === 'aws');
  const reported = (r: Role) => r.lastUsed !== undefined || r.attrs?.lastUsedReported === true;
  if (!aws.some(reported)) return null;
  const out: UnusedRole[] = [];
  for (const r of aws) {
    if (serviceLinked(r)) continue;
    if (r.lastUsed) {
      const age = daysBetween(r.lastUsed, asOf);
      if (age > days) out.push({ roleId: r.id, lastUsed: r.lastUsed, days: age });
      continue;
    }
    const age = r.created ? daysBetween(r.created, asOf) : undefined;
    if (age === undefined || age > days) out.push({ roleId: r.id, days: age });
  }
  return out;
}
