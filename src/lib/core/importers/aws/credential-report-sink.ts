/** The credential report's rows turned into accounts and credentials (SPEC §5 source rules). */
import type { RejectedRow } from '../../assessment';
import { Columns } from '../../decode/header';
import type { Account, Credential } from '../../model';
import { emptyRecordSet, recordId } from '../../model';
import type { ImportOutput, TableSink } from '../types';
import { accountScope, awsUserId } from './arn';
import type { ReportRow } from './credential-report-row';
import { mergeReportRows, readReportRow, ROOT_USER } from './credential-report-row';

/** Columns without which a header is not a credential report. */
export const REPORT_REQUIRED = ['user', 'arn', 'user_creation_time', 'mfa_active'] as const;
/** Every column of the report as AWS writes it today. */
export const REPORT_COLUMNS = [
  ...REPORT_REQUIRED,
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated'
] as const;

/**
 * The account kind the SPEC's source rules give a report row. A user with neither a password
 * nor an active access key can do nothing at all today; we keep it human rather than service
 * because IAM users are created for people unless a key says otherwise, and calling a
 * credential-less leftover "service" would swell the non-human inventory with nothing that
 * runs. Signing certificates do not make a user a service account: the SPEC names keys only.
 */
export function reportAccountKind(row: ReportRow): Account['kind'] {
  if (row.user === ROOT_USER) return 'root';
  if (row.passwordEnabled === true) return 'human';
  const activeKey = row.slots.some((s) => s.kind === 'access-key' && s.active === true);
  return activeKey ? 'service' : 'human';
}

function toAccount(row: ReportRow): Account {
  const root = row.user === ROOT_USER;
  const account: Account = {
    id: awsUserId(row.arn),
    system: 'aws',
    nativeId: row.arn,
    name: row.user,
    kind: reportAccountKind(row),
    // The report lists the users that exist; IAM has no disabled state for a user.
    enabled: true,
    created: row.created,
    lastSignIn: row.passwordLastUsed,
    passwordLastSet: row.passwordLastChanged,
    // `mfa_active` is written for every row, so every AWS account has a known MFA state; the
    // device types are not reported, so `mfaMethods` stays undefined.
    mfaRegistered: row.mfaActive,
    primary: true
  };
  if (!root) account.login = row.user;
  if (row.passwordEnabled !== undefined) account.attrs = { passwordEnabled: row.passwordEnabled };
  return account;
}

function toCredentials(row: ReportRow): Credential[] {
  const ownerId = awsUserId(row.arn);
  return row.slots.map((slot) => ({
    id: recordId('aws', slot.kind, `${row.arn}#${slot.name}`),
    system: 'aws',
    kind: slot.kind,
    ownerId,
    name: slot.name,
    // `last_rotated` is when the key or certificate in this slot was created: AWS keys are
    // never changed in place, a rotation creates a new one.
    created: slot.rotated,
    rotated: slot.rotated,
    lastUsed: slot.lastUsed,
    active: slot.active === true,
    customerManaged: true
  }));
}

/** A sink for the rows of one credential report whose first row is `header`. */
export function credentialReportSink(header: string[]): TableSink {
  const cols = new Columns(header);
  const byArn = new Map<string, ReportRow>();
  const rejected: RejectedRow[] = [];
  const warnings: string[] = [];

  return {
    row(cells, line) {
      const read = readReportRow(cols, cells, line);
      if ('rejected' in read) {
        rejected.push(read.rejected);
        return;
      }
      warnings.push(...read.warnings);
      const seen = byArn.get(read.row.arn);
      if (seen) {
        warnings.push(
          `${read.row.user} appears on lines ${seen.line} and ${line}; kept one account, ` +
            `with the values of the row that has the newer dates`
        );
        byArn.set(read.row.arn, mergeReportRows(seen, read.row));
      } else {
        byArn.set(read.row.arn, read.row);
      }
    },

    finish(): ImportOutput {
      const records = emptyRecordSet();
      for (const row of byArn.values()) {
        records.accounts.push(toAccount(row));
        records.credentials.push(...toCredentials(row));
      }
      const scope = accountScope(byArn.keys());
      if (scope.others.length > 0) {
        warnings.push(
          `ARNs of several AWS accounts: ${[scope.account, ...scope.others].join(', ')}`
        );
      }
      // The CSV itself carries no generation time; the JSON wrapper does (GeneratedTime).
      return { records, rejected, warnings, scopeKey: scope.account };
    }
  };
}
