import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { awsImporters } from '$lib/core/importers/aws';
import { gcpImporters } from '$lib/core/importers/gcp';
import type { ImportOutput, Importer } from '$lib/core/importers/types';
import { RECORD_KINDS, RECORD_SCHEMAS } from '$lib/core/model';
import { csvHeader, csvRows } from '../helpers';

const REAL = path.resolve(process.cwd(), '../shared/real-exports');
const MINE: Importer[] = [...awsImporters, ...gcpImporters];

/** Which of the AWS and GCP formats each real file is; null: none of them. */
const EXPECTED: Record<string, string | null> = {
  '01_aws_credential_report/c7n_test_account_credential_report.GetCredentialReport_1.content.csv':
    'aws-credential-report',
  '01_aws_credential_report/c7n_test_account_credential_report.GetCredentialReport_1.json':
    'aws-credential-report-json',
  '01_aws_credential_report/c7n_test_iam_user_unused_keys.GetCredentialReport_2.content.csv':
    'aws-credential-report',
  '01_aws_credential_report/c7n_test_iam_user_unused_keys.GetCredentialReport_2.json':
    'aws-credential-report-json',
  '01_aws_credential_report/cloudmapper_demo_iam-get-credential-report.json':
    'aws-credential-report-json',
  '02_aws_authorization_details/cloudmapper_demo_iam-get-account-authorization-details.json':
    'aws-authorization-details',
  '02_aws_authorization_details/cloudsplaining_examples_files_example.json':
    'aws-authorization-details',
  '02_aws_authorization_details/cloudsplaining_test_files_example-authz-details.json':
    'aws-authorization-details',
  '05_signin_logs/plaso_aws_cloudtrail_lookup-events.jsonl': 'aws-cloudtrail',
  '09_gcp_iam/c7n_flight_iam-delete-service-account-key_keys.body.json': 'gcp-service-account-keys',
  '09_gcp_iam/c7n_flight_iam-service-account-key-query_keys.body.json': 'gcp-service-account-keys',
  '09_gcp_iam/c7n_flight_organization-iam-policy_getIamPolicy.body.json': 'gcp-iam-policy',
  '09_gcp_iam/c7n_flight_project-iam-policy_custodian-test-2_getIamPolicy.body.json':
    'gcp-iam-policy',
  '09_gcp_iam/plaso_gcp_logging_audit.jsonl': 'gcp-audit-log'
};

/** Every real export, including the other systems' files, which none of ours may claim. */
function realFiles(): string[] {
  return fs
    .readdirSync(REAL)
    .filter((dir) => fs.statSync(path.join(REAL, dir)).isDirectory())
    .flatMap((dir) => fs.readdirSync(path.join(REAL, dir)).map((f) => `${dir}/${f}`));
}

/** The file as the pipeline would present it: CSV header, JSON value, or NDJSON lines. */
function input(file: string): { header?: string[]; json?: unknown; text: string } {
  const text = fs.readFileSync(path.join(REAL, file), 'utf8').replace(/^\uFEFF/, '');
  if (file.endsWith('.csv')) return { header: csvHeader(text), text };
  if (file.endsWith('.jsonl')) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    return { json: lines.map((l) => JSON.parse(l) as unknown), text };
  }
  return { json: JSON.parse(text) as unknown, text };
}

function run(importer: Importer, file: string): ImportOutput {
  const { header, json, text } = input(file);
  if (importer.input === 'json') return importer.parse(json, { fileName: file });
  const [, ...rows] = csvRows(text);
  const sink = importer.start(header ?? [], { fileName: file });
  rows.forEach((cells, i) => sink.row(cells, i + 2));
  return sink.finish();
}

describe('AWS and GCP detectors over every real export', () => {
  it.each(realFiles())('detect(%s) is claimed by the right importer only', (file) => {
    const { header, json } = input(file);
    const claims = MINE.filter((imp) =>
      imp.input === 'table' ? header && imp.detect(header) : json !== undefined && imp.detect(json)
    ).map((imp) => imp.id);
    const expected = EXPECTED[file] ?? null;
    expect(claims).toEqual(expected ? [expected] : []);
  });

  it.each(Object.entries(EXPECTED))(
    'parse(%s) gives records that pass the model schemas',
    (file, id) => {
      const importer = MINE.find((imp) => imp.id === id);
      if (!importer) throw new Error(`no importer ${id}`);
      const out = run(importer, file);
      for (const kind of RECORD_KINDS) {
        for (const record of out.records[kind]) {
          const checked = RECORD_SCHEMAS[kind].safeParse(record);
          expect(checked.success, `${kind} ${JSON.stringify(record).slice(0, 200)}`).toBe(true);
        }
      }
    }
  );
});
