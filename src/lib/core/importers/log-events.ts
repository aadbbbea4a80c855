/**
 * What the audit-log importers share: an event is kept once per id (paged reads and overlapping
 * downloads repeat events), results that are neither success nor failure are counted rather than
 * guessed, and a log's scope is the period it covers.
 */
import type { RejectedRow } from '../assessment';
import { emptyRecordSet, type SignInEvent } from '../model';
import type { ImportOutput } from './types';

/** How one format speaks of its items in warnings: "1 event has outcome …". */
export interface LogWords {
  noun: string;
  nouns: string;
  /** The field holding the result: "outcome", "result". */
  field: string;
  /** What a repeat repeats: "an event", "an audit record". */
  what: string;
  /** The id that tells two items apart: "uuid", "id". */
  key: string;
}

export class EventCollector {
  private readonly seen = new Set<string>();
  private readonly unresolved = new Map<string, number>();
  private repeats = 0;

  constructor(
    private readonly events: SignInEvent[],
    private readonly words: LogWords
  ) {}

  /** Keeps the event unless one with its id was read already. */
  keep(event: SignInEvent): void {
    if (this.seen.has(event.id)) {
      this.repeats++;
      return;
    }
    this.seen.add(event.id);
    this.events.push(event);
  }

  /** Counts an item left out because its result was neither success nor failure. */
  noResult(value: string): void {
    this.unresolved.set(value, (this.unresolved.get(value) ?? 0) + 1);
  }

  /** One warning per unresolved result value, and one counting the repeats. */
  warnings(): string[] {
    const { noun, nouns, field, what, key } = this.words;
    const out: string[] = [];
    for (const [value, count] of this.unresolved) {
      const have = count === 1 ? `1 ${noun} has` : `${count} ${nouns} have`;
      out.push(`${have} ${field} ${value}, which is neither success nor failure; not imported`);
    }
    if (this.repeats > 0) {
      const repeat = this.repeats === 1 ? `1 ${noun} repeats` : `${this.repeats} ${nouns} repeat`;
      out.push(`${repeat} ${what} already read (same ${key})`);
    }
    return out;
  }
}

/**
 * Logs accumulate: two downloads cover different periods and must not replace each other. The
 * scope is the period, so only a re-import of the same events replaces; overlaps meet on id.
 */
export function periodScope(events: readonly SignInEvent[]): string | undefined {
  if (events.length === 0) return undefined;
  const times = events.map((e) => e.time).sort();
  return `${times[0]}..${times[times.length - 1]}`;
}

/** What reading one log item gave: an event, an unresolved result, or why it is no event. */
export type EventRead =
  { event: SignInEvent } | { rejected: { column?: string; reason: string } } | { noResult: string };

/**
 * Reads the items of a log into events, each kept once, and hands back the importer's output.
 * JSON has no lines: an item's `line` is its 1-based position (the line in NDJSON).
 */
export function readLog(
  items: readonly unknown[],
  words: LogWords,
  read: (item: unknown, index: number) => EventRead
): ImportOutput {
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const collector = new EventCollector(records.events, words);
  items.forEach((item, i) => {
    const result = read(item, i);
    if ('rejected' in result) rejected.push({ line: i + 1, ...result.rejected });
    else if ('noResult' in result) collector.noResult(result.noResult);
    else collector.keep(result.event);
  });
  return {
    records,
    rejected,
    warnings: collector.warnings(),
    scopeKey: periodScope(records.events)
  };
}
