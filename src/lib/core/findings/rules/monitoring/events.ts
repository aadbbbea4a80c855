/**
 * What the monitoring detections share: which imports are logs, the sign-ins of each account in
 * time order, sliding windows over them, and how an event is named in an evidence sentence.
 */
import { perRecords } from '../../../analysis/per-records';
import type { Account, SignInEvent } from '../../../model';
import { nameAccount } from '../../describe';
import { accountsById } from '../../lookup';
import type { AnalysisInput } from '../../types';

/** Import formats that carry sign-in events. */
export const SIGN_IN_LOG_FORMATS = [
  'entra-signin-logs',
  'entra-signin-logs-csv',
  'okta-system-log',
  'aws-cloudtrail',
  'gcp-audit-log'
];
/** Import formats that carry audit events (changes made by administrators). */
export const AUDIT_LOG_FORMATS = [
  'entra-audit-logs',
  'okta-system-log',
  'aws-cloudtrail',
  'gcp-audit-log'
];

export const NEEDS_SIGN_IN_LOG =
  'a sign-in log (Entra ID sign-in logs, Okta System Log, AWS CloudTrail or Google Cloud audit ' +
  'logs)';
export const NEEDS_SIGN_IN_LOCATIONS =
  'a sign-in log with locations (Entra ID sign-in logs or the Okta System Log)';
export const NEEDS_ENTRA_SIGN_IN_LOG = 'Entra ID sign-in logs (JSON or CSV)';
export const NEEDS_AUDIT_LOG =
  'an audit log (Entra ID audit logs, Okta System Log, AWS CloudTrail or Google Cloud audit logs)';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function hasFormat(input: AnalysisInput, formats: readonly string[]): boolean {
  return input.formats.some((f) => formats.includes(f));
}

/**
 * Sign-in events in time order, sorted once per record set for all the rules that read them
 * (on a tenant's 100k events the sort is most of the hunt's cost); read only.
 */
export function signIns(input: AnalysisInput): readonly SignInEvent[] {
  return perRecords(input.records, 'signInsByTime', () =>
    input.records.events
      .filter((e) => e.category === 'signin')
      .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0))
  );
}

/** Each account's sign-ins in time order, grouped once per record set; read only. */
export function signInsByActor(input: AnalysisInput): Map<string, SignInEvent[]> {
  return perRecords(input.records, 'signInsByActor', () => {
    const accounts = accountsById(input);
    return groupBy(signIns(input), (e) => actorKey(e, accounts));
  });
}

/** Events grouped by a key, each group keeping the order it was given in. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The first run of time-ordered events that holds `enough` of them within `windowMs`, counted
 * as events, or as distinct keys when `keyOf` is given (distinct accounts…); undefined when
 * none does. The window slides once over the events, keeping a count per key. Returns the run
 * from its first event to the one that made it enough, widened to every event still inside the
 * window, so the evidence shows the whole burst.
 */
export function firstBurst(
  events: readonly SignInEvent[],
  windowMs: number,
  enough: number,
  keyOf?: (e: SignInEvent) => string | undefined
): SignInEvent[] | undefined {
  const times = events.map((e) => Date.parse(e.time));
  const perKey = new Map<string, number>();
  let total = 0;
  const tally = (e: SignInEvent, delta: number) => {
    total += delta;
    const key = keyOf?.(e);
    if (key === undefined) return;
    const n = (perKey.get(key) ?? 0) + delta;
    if (n === 0) perKey.delete(key);
    else perKey.set(key, n);
  };
  let start = 0;
  for (let end = 0; end < events.length; end++) {
    tally(events[end], 1);
    for (; times[end] - times[start] > windowMs; start++) tally(events[start], -1);
    if ((keyOf ? perKey.size : total) >= enough) {
      let last = end;
      while (last + 1 < events.length && times[last + 1] - times[start] <= windowMs) last++;
      return events.slice(start, last + 1);
    }
  }
  return undefined;
}

/** "2026-11-10 08:12 UTC". */
export function minute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** "Hamburg, DE" or "DE", or undefined. */
export function place(e: SignInEvent): string | undefined {
  if (e.city && e.country) return `${e.city}, ${e.country}`;
  return e.country ?? e.city;
}

/** How an event's actor is written: the account when it was imported, else the log's name. */
export function actorLabel(e: SignInEvent, accounts: Map<string, Account>): string {
  const account = e.actorId ? accounts.get(e.actorId) : undefined;
  if (account) return nameAccount(account);
  return e.actorName ?? e.actorId ?? 'an unnamed actor';
}

/**
 * The id a hit on this event's actor is filed under: the account when it was imported, so the
 * finding opens to it; else the name the log gives, which reads better than a bare object id.
 */
export function actorKey(e: SignInEvent, accounts: Map<string, Account>): string | undefined {
  if (e.actorId && accounts.has(e.actorId)) return e.actorId;
  return e.actorName ?? e.actorId;
}

/** "5 minutes", "1 hour 3 minutes". */
export function span(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return rest === 0 ? h : `${h} ${rest} ${rest === 1 ? 'minute' : 'minutes'}`;
}
