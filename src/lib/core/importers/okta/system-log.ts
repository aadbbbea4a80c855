/**
 * `okta-system-log`: Okta System Log events (`GET /api/v1/logs`, the admin console's JSON
 * download) as a JSON array, or one event per line as log streaming and scripts write them
 * (the pipeline passes an array of the lines' values).
 */
import type { RejectedRow } from '../../assessment';
import { obj } from '../../decode/values';
import type { SignInEvent } from '../../model';
import { emptyRecordSet } from '../../model';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { oktaLogEvent } from './log-event';

function itemsOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  // One event saved on its own.
  return isLogEvent(value) ? [value] : undefined;
}

/**
 * The keys every LogEvent carries, spelt as Okta writes them; `actor` or `outcome` sets it
 * apart from other logs.
 */
function isLogEvent(item: unknown): boolean {
  const o = obj(item);
  return (
    o !== undefined &&
    typeof o.uuid === 'string' &&
    typeof o.eventType === 'string' &&
    o.published !== undefined &&
    (obj(o.actor) !== undefined || obj(o.outcome) !== undefined)
  );
}

function detect(value: unknown): Detection | null {
  const items = itemsOf(value);
  if (!items || items.length === 0) return null;
  const sample = items.slice(0, 50);
  // A few broken lines must not hide the file; other logs never carry these keys together.
  const events = sample.filter(isLogEvent).length;
  if (events * 2 <= sample.length) return null;
  return {
    confidence: 0.95,
    evidence: 'Okta System Log: events with uuid, published, eventType, actor and outcome'
  };
}

function parse(value: unknown): ImportOutput {
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const noResult = new Map<string, number>();
  let repeats = 0;

  (itemsOf(value) ?? []).forEach((item, i) => {
    // JSON has no lines: `line` is the item's 1-based position (the line in NDJSON).
    const raw = obj(item);
    if (!raw || (raw.eventType === undefined && raw.uuid === undefined)) {
      rejected.push({ line: i + 1, reason: 'not a System Log event (no uuid or eventType)' });
      return;
    }
    const read = oktaLogEvent(raw, `item-${i + 1}-${String(raw.published)}`);
    if ('rejected' in read) {
      rejected.push({ line: i + 1, ...read.rejected });
      return;
    }
    if ('noResult' in read) {
      noResult.set(read.noResult, (noResult.get(read.noResult) ?? 0) + 1);
      return;
    }
    // Paged API reads and overlapping downloads repeat events; a uuid names one event.
    if (seen.has(read.event.id)) {
      repeats++;
      return;
    }
    seen.add(read.event.id);
    records.events.push(read.event);
  });

  for (const [outcome, count] of noResult) {
    warnings.push(
      `${eventsHave(count)} outcome ${outcome}, which is neither success nor failure; not imported`
    );
  }
  if (repeats > 0)
    warnings.push(
      `${repeats} ${repeats === 1 ? 'event repeats' : 'events repeat'} an event already read (same uuid)`
    );
  return { records, rejected, warnings, scopeKey: logScope(records.events) };
}

/** "1 event has" / "3 events have". */
function eventsHave(count: number): string {
  return count === 1 ? '1 event has' : `${count} events have`;
}

/**
 * Logs accumulate: two downloads cover different periods and must not replace each other. The
 * scope is the period, so only a re-import of the same events replaces; overlaps meet on uuid.
 */
function logScope(events: SignInEvent[]): string | undefined {
  if (events.length === 0) return undefined;
  const times = events.map((e) => e.time).sort();
  return `${times[0]}..${times[times.length - 1]}`;
}

export const oktaSystemLog: JsonImporter = {
  id: 'okta-system-log',
  label: 'Okta System Log (JSON, NDJSON)',
  system: 'okta',
  input: 'json',
  detect,
  parse
};
