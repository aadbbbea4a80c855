/**
 * `Get-ADUser -Filter * -Properties * | Export-Csv` from Windows PowerShell 5.1 (with or
 * without the `#TYPE` line) or PowerShell 7. Multi-valued properties (`MemberOf`,
 * `ServicePrincipalNames`) arrive as the collection's type name unless the exporter joined
 * them; then the file does not say, and the import warns instead of guessing. AD carries no MFA
 * state, so `mfaRegistered` stays undefined and these accounts stay out of MFA ratios.
 */
import type { RejectedRow } from '../../assessment';
import { Columns } from '../../decode/header';
import type { Account } from '../../model';
import { emptyRecordSet } from '../../model';
import type { Detection, TableImporter, TableSink } from '../types';
import { cnOfDn } from './dn';
import { GroupCollector } from './group-collector';
import { type AdUserColumn, GROUP_COLUMNS } from './users-csv-columns';
import { AdUserRowReader } from './users-csv-row';
import { typeLineClass } from './type-line';

const AD_USER_CLASS = /(^|\.)Microsoft\.ActiveDirectory\.Management\.AD(User|Computer)$/;

/** Detects the export by SamAccountName + DistinguishedName + an account column, or its `#TYPE`. */
export function detectAdUsersCsv(header: string[]): Detection | null {
  const typeClass = typeLineClass(header);
  if (typeClass) {
    return AD_USER_CLASS.test(typeClass)
      ? { confidence: 0.9, evidence: `PowerShell #TYPE line names ${typeClass}` }
      : null;
  }
  const cols = new Columns(header);
  if (!cols.has('SamAccountName') || !cols.has('DistinguishedName')) return null;
  if (cols.count(GROUP_COLUMNS) > 0) return null;
  const account = ['Enabled', 'userAccountControl', 'UserPrincipalName'].filter((c) => cols.has(c));
  if (account.length === 0) return null;
  const sid = cols.has('SID', 'objectSid');
  return {
    confidence: sid ? 0.95 : 0.9,
    evidence: `Get-ADUser export: header has SamAccountName, DistinguishedName, ${account.join(', ')}`
  };
}

const UNEXPANDED_ADVICE: Record<string, string> = {
  memberOf:
    'MemberOf was exported as a collection type name, so group membership is not in this ' +
    "file; export it with @{n='MemberOf';e={$_.MemberOf -join ';'}}.",
  spn:
    'ServicePrincipalNames was exported as a collection type name, so SPNs (kerberoastable ' +
    "accounts) are unknown; export with @{n='ServicePrincipalNames';e={$_.ServicePrincipalNames -join ';'}}."
};

function startAdUsersCsv(firstRow: string[]): TableSink {
  let reader: AdUserRowReader | undefined = typeLineClass(firstRow)
    ? undefined
    : new AdUserRowReader(firstRow);
  const accounts: Account[] = [];
  const rejected: RejectedRow[] = [];
  const groups = new GroupCollector();
  const unexpanded = new Set<AdUserColumn>();
  let bySam = 0;

  return {
    row(cells, line) {
      if (typeLineClass(cells)) return;
      if (!reader) {
        reader = new AdUserRowReader(cells.map((c) => c.trim()));
        return;
      }
      const read = reader.read(cells);
      if ('reason' in read) {
        rejected.push({ line, column: 'SID', reason: read.reason });
        return;
      }
      read.unexpanded.forEach((c) => unexpanded.add(c));
      if (!read.account.link?.sid) bySam++;
      accounts.push(read.account);
      for (const dn of read.groupDns ?? []) {
        const cn = cnOfDn(dn);
        if (cn) groups.addMember(groups.group(cn, { distinguishedName: dn }), read.account.id);
      }
    },
    finish() {
      const records = emptyRecordSet();
      records.accounts = accounts;
      records.groups = groups.list();
      const warnings = [...unexpanded].map((c) => UNEXPANDED_ADVICE[c]).filter(Boolean);
      if (bySam > 0) {
        warnings.push(
          `${bySam} accounts have no SID in this file and are keyed by sAMAccountName: they ` +
            'will not meet the same accounts in SharpHound or group-member exports.'
        );
      }
      return { records, rejected, warnings };
    }
  };
}

export const adUsersCsv: TableImporter = {
  id: 'ad-users-csv',
  label: 'Active Directory users (Get-ADUser CSV)',
  system: 'ad',
  input: 'table',
  detect: detectAdUsersCsv,
  start: (header) => startAdUsersCsv(header)
};
