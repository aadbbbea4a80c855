/**
 * Entra users as a table: the portal's "Download users" CSV (both header generations:
 * `objectId`/`mobile`/`physicalDeliveryOfficeName` before 2021, `id`/`mobilePhone`/
 * `officeLocation` after), Graph PowerShell `Export-Csv`, and the Log Analytics / Sentinel
 * export of the same objects (`ObjectId_g`, `AccountEnabled_b`, ` [UTC]`), whose decorations
 * `normaliseHeader` already strips.
 */
import type { RejectedRow } from '../../assessment';
import { latest, readDate } from '../../decode/dates';
import { Columns } from '../../decode/header';
import type { Account } from '../../model';
import { emptyRecordSet } from '../../model';
import type { Detection, TableImporter, TableSink } from '../types';
import { cellCountProblem, cleanCell } from './csv-cells';
import { WarningTally } from './tally';
import { userAccount, type UserFields } from './user-account';

const ID = ['id', 'objectId'];
const UPN = ['userPrincipalName'];
const USER_COLUMNS = ['userType', 'accountEnabled', 'displayName', 'createdDateTime', 'mail'];
/** Columns that mean another Entra export sharing `id` and `userPrincipalName`. */
const OTHER_EXPORTS = [
  'methodsRegistered',
  'isMfaRegistered',
  'isMfaCapable',
  'Multifactor authentication registered',
  'IPAddress',
  'ResultType',
  'AppDisplayName',
  'ClientAppUsed'
];

function detect(header: string[]): Detection | null {
  const cols = new Columns(header);
  if (!cols.has(...ID) || !cols.has(...UPN) || cols.count(OTHER_EXPORTS) > 0) return null;
  if (!cols.has('accountEnabled') && !cols.has('userType')) return null;
  const found = USER_COLUMNS.filter((c) => cols.has(c));
  const sentinel = header.some((h) => /_[sbg]$/.test(h.replace(/\s*\[[^\]]*\]\s*$/, '')));
  return {
    confidence: found.length >= 4 ? 0.95 : 0.9,
    evidence: `Entra users${sentinel ? ' (Log Analytics export)' : ''}: header has ${[
      'userPrincipalName',
      cols.has('id') ? 'id' : 'objectId',
      ...found
    ].join(', ')}`
  };
}

/** Where each field is read from: the first present of the names. */
const FIELD_COLUMNS: Record<Exclude<keyof UserFields, 'passwordPolicies'>, string[]> = {
  id: ID,
  upn: UPN,
  displayName: ['displayName'],
  userType: ['userType'],
  accountEnabled: ['accountEnabled'],
  // Log Analytics keeps the Graph property under an ExtensionProperty_ prefix.
  created: ['createdDateTime', 'ExtensionProperty_createdDateTime'],
  mail: ['mail'],
  syncEnabled: ['onPremisesSyncEnabled', 'directorySynced', 'DirSyncEnabled'],
  sam: ['onPremisesSamAccountName'],
  immutableId: ['onPremisesImmutableId', 'ImmutableId'],
  sid: ['onPremisesSecurityIdentifier'],
  proxyAddresses: ['proxyAddresses'],
  passwordLastSet: ['lastPasswordChangeDateTime'],
  lastSuccessfulSignIn: [
    'lastSuccessfulSignInDateTime',
    'signInActivity.lastSuccessfulSignInDateTime'
  ],
  lastInteractiveSignIn: ['lastSignInDateTime', 'signInActivity.lastSignInDateTime'],
  lastNonInteractiveSignIn: [
    'lastNonInteractiveSignInDateTime',
    'signInActivity.lastNonInteractiveSignInDateTime'
  ],
  creationType: ['creationType'],
  externalUserState: ['externalUserState', 'invitationState', 'UserState']
};

/**
 * The columns of a file's fields, found once per file: looking names up again for each of
 * 100k rows costs more than reading the cells.
 */
function fieldIndexes(cols: Columns): [keyof UserFields, number][] {
  return Object.entries(FIELD_COLUMNS).flatMap(([field, names]) => {
    const index = cols.indexOf(...names);
    return index >= 0 ? [[field as keyof UserFields, index] as [keyof UserFields, number]] : [];
  });
}

function fieldsOf(cells: readonly string[], indexes: [keyof UserFields, number][]): UserFields {
  const fields: Record<string, string | undefined> = {};
  for (const [field, index] of indexes) fields[field] = cleanCell(cells[index]);
  return fields;
}

function start(header: string[]): TableSink {
  const cols = new Columns(header);
  const indexes = fieldIndexes(cols);
  const policiesAt = cols.indexOf('passwordPolicies');
  const generatedAt = cols.indexOf('TimeGenerated');
  const accounts = new Map<string, { account: Account; line: number }>();
  const rejected: RejectedRow[] = [];
  const tally = new WarningTally();
  let exportedAt: string | undefined;

  return {
    row(cells, line) {
      const problem = cellCountProblem(cells, header);
      if (problem) {
        rejected.push({ line, reason: problem, raw: cells.join(',').slice(0, 200) });
        return;
      }
      const fields = fieldsOf(cells, indexes);
      // The column's presence matters: an empty policy means "expires" once we know the field.
      if (policiesAt >= 0) fields.passwordPolicies = cleanCell(cells[policiesAt]) ?? '';
      const result = userAccount(fields);
      if ('rejected' in result) {
        rejected.push({ line, ...result.rejected, raw: cells.join(',').slice(0, 200) });
        return;
      }
      const { account, notes } = result;
      const seen = accounts.get(account.id);
      if (seen) {
        rejected.push({ line, column: 'id', reason: `the same user as line ${seen.line}` });
        return;
      }
      accounts.set(account.id, { account, line });
      for (const note of notes) {
        tally.add(
          note.problem === 'unreadable-date'
            ? `${note.field} could not be read as a date and was left out`
            : `${note.field} holds a type name instead of values (PowerShell Export-Csv of an array) and was left out`,
          `line ${line}`
        );
      }
      // Log Analytics stamps each record when it was collected: the newest is the export time.
      if (generatedAt >= 0) {
        const generated = readDate(cleanCell(cells[generatedAt]));
        if ('iso' in generated) exportedAt = latest(exportedAt, generated.iso);
      }
    },
    finish() {
      const records = emptyRecordSet();
      records.accounts = [...accounts.values()].map((a) => a.account);
      return { records, rejected, warnings: tally.messages(), exportedAt };
    }
  };
}

export const entraUsersCsv: TableImporter = {
  id: 'entra-users-csv',
  label: 'Entra ID users (portal download or Log Analytics CSV)',
  system: 'entra',
  input: 'table',
  detect,
  start
};
