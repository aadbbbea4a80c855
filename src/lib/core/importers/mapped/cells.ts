/**
 * Reading the cells of a homegrown account list: kinds, account states and dates written the
 * many ways HR systems and in-house tools write them.
 */
import { readDate, type DateRead } from '../../decode/dates';
import { bool, text } from '../../decode/values';
import type { AccountKind } from '../../model';

const SERVICE =
  /^(service|svc|system|technical|machine|application|app|bot|robot|api|workload|functional|nonhuman|noninteractive)/;
const HUMAN =
  /^(human|user|person|people|employee|staff|member|internal|contractor|interactive|regular|standard|normal)/;
const GUEST = /^(guest|external|b2b|partner)/;

/** The account kind a cell names (`Employee`, `Service account`, `Guest`…), or undefined. */
export function readKind(raw: string | undefined): AccountKind | undefined {
  const value = text(raw)
    ?.toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (!value) return undefined;
  if (value === 'root') return 'root';
  if (GUEST.test(value)) return 'guest';
  if (SERVICE.test(value) || value.includes('service')) return 'service';
  if (HUMAN.test(value)) return 'human';
  return undefined;
}

// Account states as HR and identity tools write them, beyond the plain booleans.
const ENABLED_WORDS = new Set(['active', 'enabled', 'activated', 'current', 'open', 'unlocked']);
const DISABLED_WORDS = new Set([
  'inactive',
  'disabled',
  'deactivated',
  'suspended',
  'locked',
  'lockedout',
  'terminated',
  'deprovisioned',
  'deleted',
  'expired',
  'closed',
  'leaver',
  'left',
  'blocked'
]);

/** Whether a cell says the account can sign in (`true`, `Active`, `1`…), or undefined. */
export function readEnabled(raw: unknown): boolean | undefined {
  const b = bool(raw);
  if (b !== undefined) return b;
  const value = text(raw)
    ?.toLowerCase()
    .replace(/[^a-z]/g, '');
  if (!value) return undefined;
  if (ENABLED_WORDS.has(value)) return true;
  if (DISABLED_WORDS.has(value)) return false;
  return undefined;
}

const NUMERIC_DATE =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$/i;

/**
 * Reads a date cell. `3/15/2024` and `15.03.2024` are read here, in UTC, month or day first
 * as the mapping says: `readDate` hands date-only slash forms to `Date.parse`, which reads
 * them in the browser's local zone, so the same file would give other dates elsewhere.
 * Two-digit years are 20yy below 70, else 19yy: SheetJS writes Excel's default short date
 * (format 14) as `3/15/24`.
 */
export function readMappedDate(raw: string | undefined, dayFirst: boolean): DateRead {
  const value = raw?.trim() ?? '';
  const m = NUMERIC_DATE.exec(value);
  if (!m) return readDate(value);
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [month, day] = dayFirst ? [b, a] : [a, b];
  let hour = Number(m[4] ?? 0);
  const ampm = m[7]?.toUpperCase();
  if (ampm && (hour < 1 || hour > 12)) return { invalid: true };
  if (ampm === 'PM' && hour < 12) hour += 12;
  if (ampm === 'AM' && hour === 12) hour = 0;
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  const yy = Number(m[3]);
  const year = m[3].length === 4 ? yy : yy < 70 ? 2000 + yy : 1900 + yy;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const d = new Date(ms);
  // Date.UTC rolls 31/02 over into March; a date that does not exist is unreadable.
  if (month < 1 || month > 12 || d.getUTCDate() !== day || hour > 23 || minute > 59) {
    return { invalid: true };
  }
  return readDate(d.toISOString());
}
