/**
 * Record ids for AD. Accounts are keyed by SID: it is in `Get-ADUser` output (`SID`,
 * `objectSid`), in `Get-ADGroupMember` output, and is SharpHound's `ObjectIdentifier`, so the
 * three exports meet on one record (objectGUID is missing from SharpHound users; the
 * sAMAccountName is missing from SharpHound group members). Only a file without any SID
 * falls back to the lower-case sAMAccountName.
 *
 * Groups are keyed by their lower-case CN. `MemberOf` lists groups only by DN, so the CN is
 * the one key the user export, the group-member export (`Name` of a group is its CN) and
 * SharpHound (`distinguishedname`) share. In a forest, groups of the same name in two domains
 * (each domain's Domain Admins) fall on one record.
 */
import { recordId } from '../../model';
import { cnOfDn } from './dn';

/** A SID as AD writes it, upper-cased (`s-1-5-21-…` → `S-1-5-21-…`), or undefined. */
export function normaliseSid(raw: string | undefined): string | undefined {
  const t = raw?.trim();
  if (!t) return undefined;
  return /^s-1-/i.test(t) || /-s-1-/i.test(t) ? t.toUpperCase() : undefined;
}

/** The account id of an AD account: by SID, else by `sam:` and the lower-case sAMAccountName. */
export function adAccountId(sid: string | undefined, sam: string | undefined): string | undefined {
  if (sid) return recordId('ad', 'user', sid);
  if (sam) return recordId('ad', 'user', `sam:${sam.toLowerCase()}`);
  return undefined;
}

/** The group id from a group's CN or name. */
export function adGroupId(cn: string): string {
  return recordId('ad', 'group', cn.trim().toLowerCase());
}

/** The group id from a group DN, or undefined when the DN has no first RDN. */
export function adGroupIdOfDn(dn: string): string | undefined {
  const cn = cnOfDn(dn);
  return cn ? adGroupId(cn) : undefined;
}
