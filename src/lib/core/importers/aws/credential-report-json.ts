/**
 * `aws-credential-report-json`: the `GetCredentialReport` response, `{Content, GeneratedTime,
 * ReportFormat}`. The CLI and API return `Content` base64-encoded; some tools save it already
 * decoded (cloudmapper's demo), and boto recordings (cloud-custodian's placebo files) wrap the
 * response in `{status_code, data}` with `GeneratedTime` as a serialised Python datetime.
 */
import { isoOrUndefined } from '../../decode/dates';
import { num, obj, prop } from '../../decode/values';
import { emptyRecordSet } from '../../model';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { decodeBase64Text } from './base64';
import { detectCredentialReportHeader } from './credential-report';
import { credentialReportSink } from './credential-report-sink';
import { parseCsvRows } from './csv-rows';

interface ReportResponse {
  content: string;
  generatedTime: unknown;
  reportFormat: unknown;
}

/** The response object inside a value, unwrapping a boto recording's `data`. */
function reportResponse(value: unknown): ReportResponse | undefined {
  const direct = obj(value);
  const inner = direct && typeof prop(direct, 'Content') !== 'string' ? obj(direct.data) : direct;
  const content = prop(inner, 'Content');
  if (!inner || typeof content !== 'string') return undefined;
  return {
    content,
    generatedTime: prop(inner, 'GeneratedTime'),
    reportFormat: prop(inner, 'ReportFormat')
  };
}

/** True when text starts like the report's CSV (`user,arn,…`). */
function looksLikeCsv(text: string): boolean {
  return /^\uFEFF?\s*"?user"?\s*,/i.test(text);
}

/** The CSV text of `Content`, decoding base64 unless it is plain CSV already. */
export function reportCsvText(content: string, partial = false): string | undefined {
  if (looksLikeCsv(content)) return content;
  return decodeBase64Text(content, partial);
}

/** `GeneratedTime` as ISO: a string, or a Python datetime serialised as its parts (UTC). */
export function generatedTimeIso(value: unknown): string | undefined {
  const parts = obj(value);
  if (!parts) return isoOrUndefined(value);
  const [y, mo, d] = [num(parts.year), num(parts.month), num(parts.day)];
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  const ms = Date.UTC(
    y,
    mo - 1,
    d,
    num(parts.hour) ?? 0,
    num(parts.minute) ?? 0,
    num(parts.second) ?? 0,
    Math.floor((num(parts.microsecond) ?? 0) / 1000)
  );
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function detect(value: unknown): Detection | null {
  const response = reportResponse(value);
  if (!response) return null;
  if (typeof response.reportFormat === 'string' && !/csv/i.test(response.reportFormat)) {
    return null;
  }
  // Decoding a prefix is enough to see the header; whole reports can be large.
  const prefix = response.content.slice(0, 1200);
  const text = reportCsvText(prefix.slice(0, prefix.length - (prefix.length % 4)), true);
  const header = text?.split(/\r?\n/)[0];
  const match = header
    ? detectCredentialReportHeader(header.split(',').map((h) => h.trim()))
    : null;
  if (!match) return null;
  return {
    confidence: 0.95,
    evidence: `GetCredentialReport response with Content; ${match.evidence}`
  };
}

function parse(value: unknown): ImportOutput {
  const response = reportResponse(value);
  const text = response ? reportCsvText(response.content) : undefined;
  if (!response || text === undefined) {
    return {
      records: emptyRecordSet(),
      rejected: [{ line: 1, column: 'Content', reason: 'Content is neither CSV nor base64' }],
      warnings: []
    };
  }
  const { header, rows } = parseCsvRows(text);
  const sink = credentialReportSink(header);
  for (const row of rows) sink.row(row.cells, row.line);
  const out = sink.finish();
  // Line numbers count lines of the decoded Content, not of the JSON file.
  return { ...out, exportedAt: generatedTimeIso(response.generatedTime) };
}

export const awsCredentialReportJson: JsonImporter = {
  id: 'aws-credential-report-json',
  label: 'AWS IAM credential report (GetCredentialReport JSON)',
  system: 'aws',
  input: 'json',
  detect,
  parse
};
