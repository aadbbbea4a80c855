/**
 * `okta-system-log`: Okta System Log events (`GET /api/v1/logs`, the admin console's JSON
 * download) as a JSON array, or one event per line as log streaming and scripts write them
 * (the pipeline passes an array of the lines' values).
 */
import { obj } from '../../decode/values';
import { readLog } from '../log-events';
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
  const words = { noun: 'event', nouns: 'events', field: 'outcome', what: 'an event', key: 'uuid' };
  return readLog(itemsOf(value) ?? [], words, (item, i) => {
    const raw = obj(item);
    if (!raw || (raw.eventType === undefined && raw.uuid === undefined)) {
      return { rejected: { reason: 'not a System Log event (no uuid or eventType)' } };
    }
    return oktaLogEvent(raw, `item-${i + 1}-${String(raw.published)}`);
  });
}

export const oktaSystemLog: JsonImporter = {
  id: 'okta-system-log',
  label: 'Okta System Log (JSON, NDJSON)',
  system: 'okta',
  input: 'json',
  detect,
  parse
};
