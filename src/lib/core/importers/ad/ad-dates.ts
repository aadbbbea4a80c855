/**
 * Dates in AD exports. PowerShell writes DateTime cells in the exporting machine's culture and
 * local time (`10/14/2022 3:52:11 PM`, `14.10.2022 15:52:11`), while `lastLogonTimestamp`,
 * `lastLogon` and `pwdLastSet` are FILETIME numbers in UTC, and SharpHound writes epoch
 * seconds. Numbers are exact, so importers prefer them over the culture-formatted columns.
 */
import { latest, readDate } from '../../decode/dates';

/** FILETIME in scientific notation, as a spreadsheet re-saves a big number (`1.33476543E+17`). */
const SCIENTIFIC = /^\d(\.\d+)?E\+\d+$/i;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * An ISO date from an AD cell: whatever `readDate` reads, plus day-first dotted dates and
 * FILETIME numbers a spreadsheet turned into scientific notation.
 */
export function adDate(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const t = raw.trim();
  const read = readDate(SCIENTIFIC.test(t) ? BigInt(Math.round(Number(t))) : t);
  if (!('invalid' in read)) return 'iso' in read ? read.iso : undefined;
  const m = DOTTED.exec(t);
  if (!m) return undefined;
  const [, d, mo, y, h, mi, s] = m.map((x) => (x === undefined ? 0 : Number(x)));
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s)).toISOString();
}

/** The newest of several optional dates. */
export function newest(...dates: (string | undefined)[]): string | undefined {
  return dates.reduce<string | undefined>((a, b) => latest(a, b), undefined);
}
