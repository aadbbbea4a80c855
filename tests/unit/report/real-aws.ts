/**
 * The real AWS credential report (cloud-custodian test data) turned into records with the
 * project's id scheme, for the roadmap, report, export and remediation tests. Parsed here with
 * papaparse so these tests do not depend on the importer being finished.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Account, Credential } from '../../../src/lib/core/model';

export const AWS_REPORT = path.resolve(
  process.cwd(),
  '../shared/real-exports/01_aws_credential_report/c7n_test_account_credential_report.GetCredentialReport_1.content.csv'
);

type Row = Record<string, string>;

function iso(value: string): string | undefined {
  if (!value || value === 'N/A' || value === 'no_information' || value === 'not_supported') return;
  return new Date(value).toISOString().replace('.000Z', 'Z');
}

/** SPEC §5: a password makes a human; no password but an active key makes a service. */
function kindOf(row: Row): Account['kind'] {
  if (row.user === '<root_account>') return 'root';
  if (row.password_enabled === 'true') return 'human';
  const key = row.access_key_1_active === 'true' || row.access_key_2_active === 'true';
  return key ? 'service' : 'human';
}

/** One account per ARN (the file lists `christopher` twice: the later row wins). */
export function awsRecords(): { accounts: Account[]; credentials: Credential[] } {
  const text = fs.readFileSync(AWS_REPORT, 'utf8');
  const rows = Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
  const byArn = new Map<string, Row>();
  for (const row of rows) byArn.set(row.arn, row);
  const accounts: Account[] = [];
  const credentials: Credential[] = [];
  for (const row of byArn.values()) {
    const root = row.user === '<root_account>';
    const id = `aws:user:${row.arn}`;
    accounts.push({
      id,
      system: 'aws',
      nativeId: row.arn,
      name: row.user,
      kind: kindOf(row),
      enabled: true,
      created: iso(row.user_creation_time),
      lastSignIn: iso(row.password_last_used),
      mfaRegistered: row.mfa_active === 'true',
      login: root ? undefined : row.user
    });
    for (const slot of ['access_key_1', 'access_key_2']) {
      credentials.push({
        id: `aws:access-key:${row.arn}#${slot}`,
        system: 'aws',
        kind: 'access-key',
        ownerId: id,
        name: slot,
        created: iso(row[`${slot}_last_rotated`]),
        rotated: iso(row[`${slot}_last_rotated`]),
        lastUsed: iso(row[`${slot}_last_used_date`]),
        active: row[`${slot}_active`] === 'true',
        customerManaged: true
      });
    }
  }
  return { accounts, credentials };
}

/** The record id of an IAM user of the report's account. */
export function awsUser(name: string): string {
  return `aws:user:arn:aws:iam::644160558196:user/${name}`;
}
export const AWS_ROOT = 'aws:user:arn:aws:iam::644160558196:root';
