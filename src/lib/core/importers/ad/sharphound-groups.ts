/**
 * SharpHound groups collection. Groups are keyed by lower-case CN like every AD group here
 * (see ids.ts); members by SID. A nested group is found by its SID among the file's groups;
 * one the file does not hold (a well-known group such as Authenticated Users) is kept under
 * its SID, which no other export will match.
 */
import type { RejectedRow } from '../../assessment';
import { list, num, prop, text } from '../../decode/values';
import { emptyRecordSet } from '../../model';
import type { ImportOutput, JsonImporter } from '../types';
import { cnOfDn } from './dn';
import { GroupCollector } from './group-collector';
import { adAccountId, adGroupId, normaliseSid } from './ids';
import { detectSharpHound, domainScope, flag, sharpHoundData } from './sharphound';

/** The CN of a SharpHound group: from its DN, its sAMAccountName, or `NAME@DOMAIN`. */
function groupCn(props: unknown): string | undefined {
  const dn = text(prop(props, 'distinguishedname'));
  const name = text(prop(props, 'name'));
  return (dn && cnOfDn(dn)) ?? text(prop(props, 'samaccountname')) ?? name?.replace(/@[^@]*$/, '');
}

/** Groups with members; members' accounts come from the users and computers collections. */
export function parseSharpHoundGroups(value: unknown): ImportOutput {
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const items = sharpHoundData(value, 'groups') ?? [];
  const groups = new GroupCollector();
  const cnBySid = new Map<string, string>();
  let unresolved = 0;

  items.forEach((item) => {
    const sid = normaliseSid(text(prop(item, 'ObjectIdentifier')));
    const cn = groupCn(prop(item, 'Properties'));
    if (sid && cn) cnBySid.set(sid, cn);
  });

  items.forEach((item, i) => {
    const props = prop(item, 'Properties');
    const sid = normaliseSid(text(prop(item, 'ObjectIdentifier')));
    const cn = groupCn(props);
    if (!cn) {
      rejected.push({ line: i + 1, reason: `group #${i + 1} has no name or distinguished name` });
      return;
    }
    const admin = prop(props, 'admincount');
    const attrs: Record<string, string | number | boolean> = {};
    if (sid) attrs.sid = sid;
    const dn = text(prop(props, 'distinguishedname'));
    if (dn) attrs.distinguishedName = dn;
    const adminCount = typeof admin === 'boolean' ? Number(admin) : num(admin);
    if (adminCount !== undefined) attrs.adminCount = adminCount;
    const high = flag(props, 'highvalue');
    if (high !== undefined) attrs.highValue = high;
    const groupId = groups.group(cn, attrs);

    for (const member of list(prop(item, 'Members'))) {
      // v4+ write ObjectIdentifier/ObjectType; v3 wrote MemberId/MemberType.
      const memberSid = normaliseSid(text(prop(member, 'ObjectIdentifier', 'MemberId')));
      const type = text(prop(member, 'ObjectType', 'MemberType'))?.toLowerCase();
      if (!memberSid) continue;
      if (type === 'group') {
        const nestedCn = cnBySid.get(memberSid);
        if (!nestedCn) unresolved++;
        groups.addMember(groupId, adGroupId(nestedCn ?? memberSid));
      } else {
        groups.addMember(groupId, adAccountId(memberSid, undefined) as string);
      }
    }
  });

  records.groups = groups.list();
  const warnings =
    unresolved > 0
      ? [`${unresolved} nested group members are not in this file and are kept by SID.`]
      : [];
  return { records, rejected, warnings, scopeKey: domainScope(items) };
}

export const sharpHoundGroups: JsonImporter = {
  id: 'sharphound-groups',
  label: 'SharpHound groups (JSON)',
  system: 'ad',
  input: 'json',
  detect: (value) => detectSharpHound(value, 'groups'),
  parse: (value) => parseSharpHoundGroups(value)
};
