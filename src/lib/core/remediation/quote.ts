/**
 * Quoting of identifiers for the shells the scripts target. Identifiers come from the client's
 * exports, so they are untrusted: a display name may hold a quote, a `$(…)` or a line break.
 */

export type Shell = 'powershell' | 'posix';

/**
 * C0 and C1 controls, DEL, and the Unicode line and paragraph separators. A line break inside
 * an identifier could end a comment or a command early; nothing legitimate needs these.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** True when the identifier cannot be put on a command line safely and must be refused. */
export function isUnsafeIdentifier(value: string): boolean {
  return CONTROL.test(value) || value.length === 0;
}

/**
 * A PowerShell single-quoted string. PowerShell also ends single-quoted strings at the curly
 * quotes U+2018–U+201B, so each of those is doubled too, exactly like `'`.
 */
export function psQuote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q)}'`;
}

/** A POSIX shell single-quoted string: `'` becomes `'\''` (close, escaped quote, reopen). */
export function shQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Text for a `#` comment line: controls shown as `\u{…}` escapes so they cannot break out. */
export function commentText(value: string): string {
  return value.replace(
    new RegExp(CONTROL.source, 'gu'),
    (c) => `\\u{${c.codePointAt(0)?.toString(16) ?? ''}}`
  );
}
