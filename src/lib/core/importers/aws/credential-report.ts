/** `aws-credential-report`: the IAM credential report as CSV (console download or decoded). */
import { Columns } from '../../decode/header';
import type { Detection, TableImporter } from '../types';
import { credentialReportSink, REPORT_COLUMNS, REPORT_REQUIRED } from './credential-report-sink';

/** Scores a header: the report's required columns must all be there. */
export function detectCredentialReportHeader(header: readonly string[]): Detection | null {
  const cols = new Columns(header);
  if (cols.count(REPORT_REQUIRED) < REPORT_REQUIRED.length) return null;
  const found = cols.count(REPORT_COLUMNS);
  const complete = found === REPORT_COLUMNS.length;
  return {
    confidence: complete ? 0.97 : 0.9,
    evidence: `AWS IAM credential report: header has ${found} of its ${REPORT_COLUMNS.length} columns`
  };
}

export const awsCredentialReport: TableImporter = {
  id: 'aws-credential-report',
  label: 'AWS IAM credential report (CSV)',
  system: 'aws',
  input: 'table',
  detect: detectCredentialReportHeader,
  start: (header) => credentialReportSink(header)
};
