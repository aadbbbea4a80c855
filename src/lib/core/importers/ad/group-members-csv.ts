/**
 * Group membership exported with `Get-ADGroup … | ForEach-Object { Get-ADGroupMember $_ … } |
 * Export-Csv`. `Get-ADGroupMember` returns ADPrincipal objects (`distinguishedName`, `name`,
 * `objectClass`, `objectGUID`, `SamAccountName`, `SID`); the loop adds the group under a name
 * of the script's choosing (`Group`, `GroupName`, `GroupDN`…), and scripts often prefix the
 * member columns (`MemberName`, `MemberSID`…). Nested groups appear as members of objectClass
 * `group`.
 */
import type { RejectedRow } from '../../assessment';
import { Columns } from '../../decode/header';
import type { Account } from '../../model';
import { emptyRecordSet } from '../../model';
import type { Detection, TableImporter, TableSink } from '../types';
import { adAccountKind } from './account-kind';
import { cnOfDn } from './dn';
import { GroupCollector } from './group-collector';
import { adAccountId, adGroupId, normaliseSid } from './ids';
import { typeLineClass } from './type-line';

const C = {
  groupDn: ['GroupDN', 'GroupDistinguishedName'],
  groupName: ['Group', 'GroupName', 'Group Name', 'ADGroupName', 'ADGroup', 'ParentGroup'],
  groupSam: ['GroupSam', 'GroupSamAccountName'],
  groupSid: ['GroupSID'],
  sam: ['SamAccountName', 'MemberSam', 'MemberSamAccountName'],
  dn: ['distinguishedName', 'MemberDN', 'MemberDistinguishedName'],
  objectClass: ['objectClass', 'MemberObjectClass', 'MemberType'],
  sid: ['SID', 'MemberSID'],
  name: ['name', 'MemberName']
} as const;
type Key = keyof typeof C;

const GROUP_KEYS: Key[] = ['groupDn', 'groupName', 'groupSam', 'groupSid'];

/** Detects member rows (a member identity and objectClass) with a column naming the group. */
export function detectAdGroupMembersCsv(header: string[]): Detection | null {
  const typeClass = typeLineClass(header);
  if (typeClass) {
    return /ADPrincipal$/.test(typeClass)
      ? { confidence: 0.6, evidence: `PowerShell #TYPE line names ${typeClass}` }
      : null;
  }
  const cols = new Columns(header);
  const has = (k: Key) => cols.has(...C[k]);
  if (!has('objectClass') || !(has('sam') || has('sid') || has('dn'))) return null;
  if (cols.has('Enabled', 'userAccountControl', 'UserPrincipalName')) return null;
  const group = GROUP_KEYS.filter(has);
  if (group.length === 0) {
    // A single group's members with no group column: recognisable, but not usable.
    return { confidence: 0.6, evidence: 'Get-ADGroupMember export without a group column' };
  }
  return { confidence: 0.9, evidence: 'AD group members: member columns and a group column' };
}

function startAdGroupMembersCsv(firstRow: string[]): TableSink {
  let cols: Columns | undefined = typeLineClass(firstRow) ? undefined : new Columns(firstRow);
  const groups = new GroupCollector();
  const accounts = new Map<string, Account>();
  const rejected: RejectedRow[] = [];
  let noGroupColumn = false;

  return {
    row(cells, line) {
      if (typeLineClass(cells)) return;
      if (!cols) {
        cols = new Columns(cells.map((c) => c.trim()));
        return;
      }
      const get = (k: Key) => cols?.get(cells, ...C[k]);
      const groupDn = get('groupDn');
      const groupCn = (groupDn && cnOfDn(groupDn)) ?? get('groupName') ?? get('groupSam');
      if (!groupCn) {
        noGroupColumn ||= !GROUP_KEYS.some((k) => cols?.has(...C[k]));
        rejected.push({
          line,
          column: 'Group',
          reason: noGroupColumn
            ? 'the file has no column naming the group (Group, GroupName, GroupDN…)'
            : 'row names no group'
        });
        return;
      }
      const groupAttrs: Record<string, string> = {};
      if (groupDn) groupAttrs.distinguishedName = groupDn;
      const groupSid = normaliseSid(get('groupSid'));
      if (groupSid) groupAttrs.sid = groupSid;
      const groupId = groups.group(groupCn, groupAttrs);

      const objectClass = get('objectClass')?.toLowerCase();
      const dn = get('dn');
      const name = get('name') ?? (dn ? cnOfDn(dn) : undefined);
      if (objectClass === 'group') {
        if (!name) {
          rejected.push({ line, column: 'name', reason: 'nested group has no name or DN' });
          return;
        }
        groups.addMember(groupId, adGroupId(name));
        return;
      }
      const sam = get('sam');
      const sid = normaliseSid(get('sid'));
      const memberId = adAccountId(sid, sam);
      if (!memberId) {
        rejected.push({
          line,
          column: 'SID',
          reason: 'member has neither a SID nor a SamAccountName'
        });
        return;
      }
      groups.addMember(groupId, memberId);
      if (!accounts.has(memberId)) {
        const computer = objectClass === 'computer';
        accounts.set(memberId, {
          id: memberId,
          system: 'ad',
          nativeId: memberId.split(':').slice(2).join(':'),
          name: name ?? sam ?? sid ?? memberId,
          login: sam,
          kind: adAccountKind({ sam, dn, computer }),
          link: sid || sam ? { sid, onPremSam: sam } : undefined,
          attrs: computer ? { computer: true } : undefined,
          // The user export or SharpHound describes the account; this file only names it.
          primary: false
        });
      }
    },
    finish() {
      const records = emptyRecordSet();
      records.groups = groups.list();
      records.accounts = [...accounts.values()];
      const warnings = noGroupColumn
        ? [
            'No column names the group, so membership cannot be read. Add it in the loop, e.g. ' +
              "Select-Object @{n='Group';e={$g.Name}}, *."
          ]
        : [];
      return { records, rejected, warnings };
    }
  };
}

export const adGroupMembersCsv: TableImporter = {
  id: 'ad-group-members-csv',
  label: 'Active Directory group members (Get-ADGroupMember CSV)',
  system: 'ad',
  input: 'table',
  detect: detectAdGroupMembersCsv,
  start: (header) => startAdGroupMembersCsv(header)
};
