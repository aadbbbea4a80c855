/**
 * What the hunt looked at: per system and kind of log, how many events and the span they cover,
 * so a reader can tell "nothing found" from "nothing to look at".
 */
import { type SignInEvent, SYSTEM_LABELS, type System } from '../../../model';

export interface LogCoverage {
  system: System;
  label: string;
  category: SignInEvent['category'];
  events: number;
  first: string;
  last: string;
}

export function logCoverage(events: readonly SignInEvent[]): LogCoverage[] {
  const byKey = new Map<string, LogCoverage>();
  for (const e of events) {
    const key = `${e.system}|${e.category}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, {
        system: e.system,
        label: SYSTEM_LABELS[e.system],
        category: e.category,
        events: 1,
        first: e.time,
        last: e.time
      });
      continue;
    }
    seen.events++;
    if (e.time < seen.first) seen.first = e.time;
    if (e.time > seen.last) seen.last = e.time;
  }
  return [...byKey.values()].sort(
    (a, b) => a.label.localeCompare(b.label) || a.category.localeCompare(b.category)
  );
}
