/**
 * `entra-audit-logs`: Entra ID directory audit logs as Graph `GET /auditLogs/directoryAudits`
 * returns them (`{ "@odata.context", value: [...] }`, pages one per line, or a bare array from
 * PowerShell), and as diagnostic settings write them (`{ records: [...] }` or one record per
 * line, the directoryAudit fields in `properties`, `category` `AuditLogs`).
 */
import { obj, prop, text } from '../../decode/values';
import { readLog } from '../log-events';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { entraAuditEvent, type AuditRecord } from './audit-event';

function listIn(value: unknown, key: string): unknown[] | undefined {
  const items = prop(obj(value), key);
  return Array.isArray(items) ? items : undefined;
}

/**
 * The items of a file, unfiltered so that an unusable one keeps its position (the line, in
 * NDJSON). Pages or storage blobs saved one per line are flattened.
 */
function itemsOf(value: unknown): unknown[] {
  const wrapped = listIn(value, 'value') ?? listIn(value, 'records');
  if (wrapped) return wrapped;
  if (!Array.isArray(value)) return obj(value) ? [value] : [];
  for (const key of ['value', 'records']) {
    if (value.length > 0 && value.every((v) => listIn(v, key) !== undefined)) {
      return value.flatMap((v) => listIn(v, key) ?? []);
    }
  }
  return value;
}

/** A diagnostic record's audit is its `properties`; other shapes are the audit itself. */
function recordOf(item: Record<string, unknown>): AuditRecord {
  const properties = obj(prop(item, 'properties'));
  const category = text(prop(item, 'category'));
  return properties && category?.toLowerCase() === 'auditlogs'
    ? { audit: properties, envelope: item }
    : { audit: item };
}

/**
 * The keys of a directoryAudit: an activity, its time, and who did it or what it touched.
 * Sign-in records, CloudTrail and Okta events carry none of these names.
 */
function isAuditRecord(item: unknown): boolean {
  const o = obj(item);
  if (!o) return false;
  const { audit } = recordOf(o);
  return (
    prop(audit, 'activityDisplayName') !== undefined &&
    prop(audit, 'activityDateTime') !== undefined &&
    (prop(audit, 'initiatedBy') !== undefined ||
      prop(audit, 'targetResources') !== undefined ||
      prop(audit, 'loggedByService') !== undefined)
  );
}

function detect(value: unknown): Detection | null {
  const sample = itemsOf(value).slice(0, 50);
  if (sample.length === 0) return null;
  // A few broken lines must not hide the file.
  const audits = sample.filter(isAuditRecord).length;
  if (audits * 2 <= sample.length) return null;
  return {
    // Below the other importers' exact matches: these keys are Entra's alone, so no other
    // format should ever compete, and if one did, its own match should win.
    confidence: 0.9,
    evidence:
      'Entra audit logs: records with activityDisplayName, activityDateTime, initiatedBy or targetResources'
  };
}

function parse(value: unknown): ImportOutput {
  const words = {
    noun: 'record',
    nouns: 'records',
    field: 'result',
    what: 'an audit record',
    key: 'id'
  };
  return readLog(itemsOf(value), words, (item) => {
    const o = obj(item);
    if (!o) return { rejected: { reason: 'not an audit record (not a JSON object)' } };
    return entraAuditEvent(recordOf(o));
  });
}

export const entraAuditLogs: JsonImporter = {
  id: 'entra-audit-logs',
  label: 'Entra ID audit logs (Graph or diagnostic JSON, NDJSON)',
  system: 'entra',
  input: 'json',
  detect,
  parse
};
