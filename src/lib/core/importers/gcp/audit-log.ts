/**
 * `gcp-audit-log`: Cloud Audit Log entries (`protoPayload` of type `AuditLog`) as
 * `gcloud logging read --format=json` prints them (an array), as the API's `{entries: […]}`,
 * or one entry per line as exported to storage (the pipeline passes an array of lines).
 */
import type { RejectedRow } from '../../assessment';
import { isoOrUndefined } from '../../decode/dates';
import { num, obj, prop, text } from '../../decode/values';
import type { SignInEvent } from '../../model';
import { emptyRecordSet, recordId } from '../../model';
import { isIpAddress } from '../aws/ip';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { gcpAccountId } from './members';

const AUDIT_TYPE = /google\.cloud\.audit\.AuditLog$/;

function entriesOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  const entries = prop(value, 'entries');
  if (Array.isArray(entries)) return entries;
  return obj(value) && prop(value, 'protoPayload') !== undefined ? [value] : undefined;
}

function isAuditEntry(item: unknown): boolean {
  const type = text(prop(prop(item, 'protoPayload'), '@type'));
  return type !== undefined && AUDIT_TYPE.test(type);
}

function isLogEntry(item: unknown): boolean {
  return prop(item, 'logName') !== undefined || prop(item, 'insertId') !== undefined;
}

function detect(value: unknown): Detection | null {
  const entries = entriesOf(value);
  if (!entries || entries.length === 0) return null;
  const sample = entries.slice(0, 50);
  // Exported logs mix audit entries with other entries of the same sink: all must be log
  // entries, and audit entries the majority.
  if (!sample.every(isLogEntry)) return null;
  const audit = sample.filter(isAuditEntry).length;
  if (audit * 2 <= sample.length) return null;
  return {
    confidence: 0.95,
    evidence: 'GCP Cloud Audit Log entries: protoPayload of type AuditLog'
  };
}

/** The account of a principal email: service accounts end in `gserviceaccount.com`. */
function actorIdOf(email: string): string {
  const type = /\.gserviceaccount\.com$/i.test(email) ? 'serviceAccount' : 'user';
  return gcpAccountId(type, email);
}

/** One audit entry as an event, or why it cannot be one. */
function auditEvent(entry: Record<string, unknown>, position: number): SignInEvent | string {
  const time = isoOrUndefined(prop(entry, 'timestamp') ?? prop(entry, 'receiveTimestamp'));
  if (!time) return 'no readable timestamp';
  const payload = obj(prop(entry, 'protoPayload')) ?? {};
  const service = text(prop(payload, 'serviceName'));
  const method = text(prop(payload, 'methodName'));
  const code = num(prop(prop(payload, 'status'), 'code'));
  const insertId = text(prop(entry, 'insertId')) ?? `entry-${position}`;

  const event: SignInEvent = {
    id: recordId('gcp', 'event', `${text(prop(entry, 'logName')) ?? ''}|${insertId}`),
    system: 'gcp',
    // Google account sign-ins reach Cloud Logging as login.googleapis.com entries.
    category: service === 'login.googleapis.com' ? 'signin' : 'audit',
    time,
    // google.rpc.Status: code 0 or no status means OK.
    result: code !== undefined && code !== 0 ? 'failure' : 'success'
  };
  const email = text(prop(prop(payload, 'authenticationInfo'), 'principalEmail'));
  if (email) {
    event.actorId = actorIdOf(email);
    event.actorName = email;
  }
  const metadata = obj(prop(payload, 'requestMetadata'));
  const ip = text(prop(metadata, 'callerIp'));
  if (ip && isIpAddress(ip)) event.ip = ip;
  const userAgent = text(prop(metadata, 'callerSuppliedUserAgent'));
  if (userAgent) event.userAgent = userAgent;
  if (service) event.app = service;
  if (method) event.operation = method;
  if (code !== undefined && code !== 0) event.errorCode = String(code);
  const target = text(prop(payload, 'resourceName'));
  if (target) event.target = target;
  return event;
}

function parse(value: unknown): ImportOutput {
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const warnings: string[] = [];
  const projects = new Set<string>();
  let skipped = 0;

  (entriesOf(value) ?? []).forEach((item, i) => {
    const entry = obj(item);
    if (!entry || !isAuditEntry(entry)) {
      skipped++;
      return;
    }
    const event = auditEvent(entry, i + 1);
    // JSON has no lines: `line` is the entry's 1-based position (the line in NDJSON).
    if (typeof event === 'string') {
      rejected.push({ line: i + 1, column: 'timestamp', reason: event });
      return;
    }
    records.events.push(event);
    const project = /^projects\/([^/]+)\//.exec(text(prop(entry, 'logName')) ?? '')?.[1];
    if (project) projects.add(project);
  });

  if (skipped > 0) warnings.push(`${skipped} entries are not Cloud Audit Log entries; skipped`);
  return { records, rejected, warnings, scopeKey: logScope([...projects], records.events) };
}

/**
 * Logs accumulate, so two exports of one project must not replace each other: the scope is
 * the projects and the period covered. Overlapping entries meet on their id.
 */
function logScope(projects: string[], events: { time: string }[]): string | undefined {
  if (events.length === 0) return undefined;
  const times = events.map((e) => e.time).sort();
  return `${projects.sort().join(',') || 'unknown'}:${times[0]}..${times[times.length - 1]}`;
}

export const gcpAuditLog: JsonImporter = {
  id: 'gcp-audit-log',
  label: 'GCP Cloud Audit Logs (JSON, NDJSON)',
  system: 'gcp',
  input: 'json',
  detect,
  parse
};
