/**
 * Times as each vendor writes them. All generated data lies before one fixed export date, so
 * the as-of date an importer derives is the same on every run (SPEC §3).
 */

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** The moment the demo organisation's exports were taken. */
export const EXPORT_DATE = Date.UTC(2026, 10, 15);

/** Milliseconds for an ISO-like literal, read as UTC. */
export function at(literal) {
  return Date.parse(literal.endsWith('Z') ? literal : `${literal}Z`);
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** `2026-11-14T10:01:02Z`: Graph, Google Cloud, CloudTrail. */
export function isoSeconds(ms) {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

/** `2026-11-14T10:01:02.345Z`: Okta and Google Directory API. */
export function isoMillis(ms) {
  return new Date(ms).toISOString();
}

/** `2026-11-14T10:01:02+00:00`: AWS credential report and IAM. */
export function awsTime(ms) {
  return new Date(ms).toISOString().slice(0, 19) + '+00:00';
}

/** `11/4/2026 9:05:07 AM`: the Entra portal and Windows PowerShell 5.1 in the en-US culture. */
export function usDateTime(ms) {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return (
    `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ` +
    `${h12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`
  );
}

/** `2026/11/04 09:05:07`: the Google admin console download, no zone. */
export function googleTime(ms) {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** Windows FILETIME: 100-ns ticks since 1601-01-01, as AD stores lastLogonTimestamp. */
export function fileTime(ms) {
  return String((BigInt(ms) + 11_644_473_600_000n) * 10_000n);
}
