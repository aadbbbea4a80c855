/**
 * Okta users as a CSV. Two shapes are read by column name:
 * - the admin console's "Okta Password Health" report (`User`, `Login`, `Status`,
 *   `Activation date`, `Authentication Source`, `Last Login`, `Last Password Change`), the
 *   user report whose columns Okta documents; it has no user id;
 * - a CSV of `/api/v1/users` attributes as scripts write it (`id`, `login`/`Username`,
 *   `email`, `firstName`/`First Name`, `status`, `created`, `lastLogin`, `passwordChanged`…).
 */
import type { RejectedRow } from '../../assessment';
import { Columns } from '../../decode/header';
import { emptyRecordSet } from '../../model';
import type { Account } from '../../model';
import type { Detection, TableImporter, TableSink } from '../types';
import { oktaUserAccount } from './user-account';

const COLUMNS = {
  id: ['id', 'User Id', 'Okta Id', 'userId'],
  login: ['login', 'Username', 'Okta username', 'profile.login'],
  email: ['email', 'Primary email', 'profile.email'],
  firstName: ['firstName', 'First Name', 'First', 'profile.firstName'],
  lastName: ['lastName', 'Last Name', 'Last', 'profile.lastName'],
  displayName: ['User', 'displayName', 'Display Name', 'User fullname', 'Full Name'],
  status: ['status', 'Okta user status'],
  created: ['created', 'Created date', 'CreateDate'],
  activated: ['activated', 'Activation date'],
  lastLogin: ['lastLogin', 'Last sign in'],
  passwordChanged: ['passwordChanged', 'Last Password Change', 'LastPWSet'],
  userType: ['userType', 'profile.userType'],
  authSource: ['Authentication Source']
} as const;

/** Scores a header: the password health report exactly, or id + login + status + lastLogin. */
export function detectOktaUsersCsv(header: string[]): Detection | null {
  const cols = new Columns(header);
  const has = (k: keyof typeof COLUMNS) => cols.has(...COLUMNS[k]);
  if (!has('login') || !has('status')) return null;
  if (!has('lastLogin') && !has('passwordChanged') && !has('activated')) return null;
  if (has('authSource') && cols.has('Last Password Change')) {
    return {
      confidence: 0.95,
      evidence:
        'Okta Password Health report: header has Login, ' +
        'Status, Authentication Source, Last Login, Last Password Change'
    };
  }
  if (has('id') && has('lastLogin')) {
    return { confidence: 0.9, evidence: 'Okta users CSV: header has id, login, status, lastLogin' };
  }
  return { confidence: 0.75, evidence: 'Okta users CSV: header has login, status and dates' };
}

function startOktaUsersCsv(header: string[]): TableSink {
  const cols = new Columns(header);
  const get = (cells: string[], k: keyof typeof COLUMNS) => cols.get(cells, ...COLUMNS[k]);
  const accounts: Account[] = [];
  const rejected: RejectedRow[] = [];
  const unknown = new Set<string>();
  const hasId = cols.has(...COLUMNS.id);

  return {
    row(cells, line) {
      const id = get(cells, 'id');
      const login = get(cells, 'login');
      if (!id && !login) {
        rejected.push({ line, column: 'login', reason: 'row has neither a user id nor a login' });
        return;
      }
      const { account, unknownStatus } = oktaUserAccount({
        id,
        login,
        email: get(cells, 'email'),
        firstName: get(cells, 'firstName'),
        lastName: get(cells, 'lastName'),
        displayName: get(cells, 'displayName'),
        status: get(cells, 'status'),
        created: get(cells, 'created'),
        activated: get(cells, 'activated'),
        lastLogin: get(cells, 'lastLogin'),
        passwordChanged: get(cells, 'passwordChanged'),
        userType: get(cells, 'userType')
      });
      const source = get(cells, 'authSource');
      if (source) account.attrs = { ...account.attrs, authenticationSource: source };
      if (unknownStatus) unknown.add(unknownStatus);
      accounts.push(account);
    },
    finish() {
      const records = emptyRecordSet();
      records.accounts = accounts;
      const warnings: string[] = [];
      if (!hasId) {
        warnings.push(
          'This report has no Okta user id, so its accounts are keyed by login and will not ' +
            'merge with /api/v1/users, factor or role exports of the same users.'
        );
      }
      if (unknown.size > 0) {
        warnings.push(`Unknown Okta status ${[...unknown].join(', ')}: enabled state unknown.`);
      }
      return { records, rejected, warnings };
    }
  };
}

export const oktaUsersCsv: TableImporter = {
  id: 'okta-users-csv',
  label: 'Okta users (CSV report)',
  system: 'okta',
  input: 'table',
  detect: detectOktaUsersCsv,
  start: (header) => startOktaUsersCsv(header)
};
