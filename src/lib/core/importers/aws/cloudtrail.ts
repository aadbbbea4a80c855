/**
 * `aws-cloudtrail`: CloudTrail events in the three shapes clients hand over: an S3 log file
 * (`{Records: […]}`), newline-delimited events (the pipeline passes an array of the lines'
 * values), and `aws cloudtrail lookup-events` output, where each event's `CloudTrailEvent` is
 * the whole event as a JSON string (`{Events: […]}`, or one event per line).
 */
import type { RejectedRow } from '../../assessment';
import { obj, prop, text } from '../../decode/values';
import { emptyRecordSet } from '../../model';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { cloudTrailEvent } from './cloudtrail-event';

/** The items of a file: `Records`, `Events`, a bare array, or lines that are log files. */
function itemsOf(value: unknown): unknown[] | undefined {
  const o = obj(value);
  if (o) {
    const records = prop(o, 'Records') ?? prop(o, 'Events');
    return Array.isArray(records) ? records : undefined;
  }
  if (!Array.isArray(value)) return undefined;
  // NDJSON of whole S3 log files: one `{Records}` per line.
  if (value.length > 0 && value.every((v) => Array.isArray(prop(v, 'Records')))) {
    return value.flatMap((v) => prop(v, 'Records') as unknown[]);
  }
  return value;
}

function isLookupEvent(item: unknown): boolean {
  return typeof prop(item, 'CloudTrailEvent') === 'string' && prop(item, 'EventId') !== undefined;
}

function isRecord(item: unknown): boolean {
  return (
    typeof prop(item, 'eventName') === 'string' &&
    prop(item, 'eventTime') !== undefined &&
    (prop(item, 'eventSource') !== undefined || prop(item, 'userIdentity') !== undefined)
  );
}

function detect(value: unknown): Detection | null {
  const items = itemsOf(value);
  if (!items || items.length === 0) return null;
  const sample = items.slice(0, 50);
  const lookup = sample.filter(isLookupEvent).length;
  const records = sample.filter(isRecord).length;
  const best = Math.max(lookup, records);
  if (best * 2 <= sample.length) return null;
  const shape = lookup > records ? 'LookupEvents output' : 'event records';
  return {
    confidence: 0.95,
    evidence: `AWS CloudTrail ${shape}: eventName, eventTime, userIdentity`
  };
}

/**
 * The raw event of an item. A LookupEvents item carries it as a JSON string; when that string
 * is unreadable, the summary fields around it still give name, time, source and user.
 */
function rawEventOf(item: Record<string, unknown>): {
  raw: Record<string, unknown>;
  partial: boolean;
} {
  const wrapped = prop(item, 'CloudTrailEvent');
  if (typeof wrapped !== 'string') return { raw: item, partial: false };
  try {
    const parsed = obj(JSON.parse(wrapped));
    if (parsed) return { raw: parsed, partial: false };
  } catch {
    // Fall through to the summary fields.
  }
  const username = text(prop(item, 'Username'));
  return {
    raw: {
      eventID: prop(item, 'EventId'),
      eventName: prop(item, 'EventName'),
      eventTime: prop(item, 'EventTime'),
      eventSource: prop(item, 'EventSource'),
      userIdentity: username ? { userName: username } : undefined
    },
    partial: true
  };
}

function parse(value: unknown): ImportOutput {
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const warnings: string[] = [];
  const accounts = new Map<string, number>();
  let partial = 0;

  (itemsOf(value) ?? []).forEach((item, i) => {
    const o = obj(item);
    // JSON has no lines: `line` is the item's 1-based position (the line in NDJSON).
    if (!o) {
      rejected.push({ line: i + 1, reason: 'not an event object' });
      return;
    }
    const { raw, partial: summaryOnly } = rawEventOf(o);
    if (summaryOnly) partial++;
    const event = cloudTrailEvent(raw, `item-${i + 1}-${String(prop(raw, 'eventTime'))}`);
    if ('reason' in event) {
      rejected.push({ line: i + 1, column: 'eventTime', reason: event.reason });
      return;
    }
    records.events.push(event);
    const account = text(prop(raw, 'recipientAccountId'));
    if (account) accounts.set(account, (accounts.get(account) ?? 0) + 1);
  });

  if (partial > 0) {
    warnings.push(
      `${partial} LookupEvents items had an unreadable CloudTrailEvent; read from their summary`
    );
  }
  return { records, rejected, warnings, scopeKey: logScope([...accounts.keys()], records.events) };
}

/**
 * Logs accumulate: two exports of one account cover different periods and must not replace
 * each other. The scope is the account and the period, so only a re-import of the same
 * events replaces; events that overlap meet on their `eventID`.
 */
function logScope(accounts: string[], events: { time: string }[]): string | undefined {
  if (events.length === 0) return undefined;
  const times = events.map((e) => e.time).sort();
  return `${accounts.sort().join(',') || 'unknown'}:${times[0]}..${times[times.length - 1]}`;
}

export const awsCloudTrail: JsonImporter = {
  id: 'aws-cloudtrail',
  label: 'AWS CloudTrail events (JSON, NDJSON, LookupEvents)',
  system: 'aws',
  input: 'json',
  detect,
  parse
};
