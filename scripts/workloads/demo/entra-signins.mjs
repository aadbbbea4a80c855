/**
 * Two weeks of Entra ID interactive sign-ins for Northwind Meridian, with the attacks the
 * README lists planted among ordinary working-day sign-ins: an impossible-travel pair, an
 * MFA-fatigue burst, a password spray, legacy authentication and a disabled account trying.
 */
import { CITIES, CLIENTS, OFFICE_IPS } from '../lib/reference.mjs';
import { at, DAY, HOUR, MINUTE } from '../lib/time.mjs';
import {
  disabledEvents,
  fatigueEvents,
  legacyEvents,
  sprayEvents,
  travelEvents
} from './entra-attacks.mjs';
import { APPS, ASN, baseEvent, success } from './signin-event.mjs';

/** Accounts with no sign-in in the log window: dormant, never used, or break-glass. */
const SILENT = new Set([
  'ruth.ambrose',
  'tara.quinn',
  'leo.grant',
  'mira.kapoor',
  'breakglass01',
  'breakglass02',
  'kevin.marsh',
  'svc-scanner'
]);

/** Sign-in activity the directory reports for accounts that are silent in the log window. */
export const SILENT_ACTIVITY = {
  'ruth.ambrose': { lastSignIn: '2026-05-01T08:15:33', lastSuccess: '2026-05-01T08:15:33' },
  'mira.kapoor': { lastSignIn: '2026-02-10T14:20:05', lastSuccess: '2026-02-10T14:20:05' },
  breakglass01: { lastSignIn: '2026-09-01T10:02:44', lastSuccess: '2026-09-01T10:02:44' },
  breakglass02: { lastSignIn: '2025-12-01T10:05:10', lastSuccess: '2025-12-01T10:05:10' },
  'kevin.marsh': { lastSuccess: '2026-09-30T16:45:19' }
};

/** Ordinary sign-ins: three to five per active user on working days, from the user's office. */
function ordinary(r, entra) {
  const events = [];
  for (const { user, methods } of entra.registrations) {
    if (SILENT.has(user.handle) || !user.accountEnabled) continue;
    const office = user.officeLocation
      ? Object.keys(CITIES).find((k) => CITIES[k].city === user.officeLocation)
      : 'london';
    const place = CITIES[office];
    const ip = OFFICE_IPS[office] ?? `192.0.2.${r.int(10, 250)}`;
    const client = CLIENTS[r.int(0, 2)];
    const count = r.int(3, 5);
    for (let i = 0; i < count; i++) {
      let d = at('2026-11-02T00:00:00') + r.int(0, 11) * DAY;
      if ([0, 6].includes(new Date(d).getUTCDay())) d += 2 * DAY;
      const time = d + r.int(7 * 60, 17 * 60) * MINUTE + r.int(0, 59) * 1000;
      const e = baseEvent(r, user, time, place, ip, client, r.pick(APPS));
      e.asn = ASN[office] ?? 2856;
      e.deviceId = user.userType === 'Guest' ? '' : r.uuid();
      e.compliant = user.userType !== 'Guest';
      e.managed = e.compliant;
      e.joinType = e.compliant ? 'Azure AD joined' : undefined;
      events.push(success(e, methods));
    }
  }
  return events;
}

/** All events, newest first as the portal and Graph list them. */
export function buildEntraSignIns(rng, entra) {
  const r = rng.fork('entra-signins');
  const events = [
    ...ordinary(r, entra),
    ...sprayEvents(r, entra),
    ...fatigueEvents(r, entra),
    ...travelEvents(r, entra),
    ...legacyEvents(r, entra),
    ...disabledEvents(r, entra)
  ];
  return events.sort((a, b) => b.time - a.time || a.id.localeCompare(b.id));
}

/** Fills each user's `signInActivity` from the log and from the planted silent accounts. */
export function applySignInActivity(rng, entra, events) {
  const r = rng.fork('entra-activity');
  for (const u of entra.users) {
    const mine = events.filter((e) => e.user.id === u.id);
    const silent = SILENT_ACTIVITY[u.handle] ?? {};
    const newest = mine[0]?.time;
    const newestOk = mine.find((e) => e.result === 'success')?.time;
    u.lastSignIn = newest ?? (silent.lastSignIn ? at(silent.lastSignIn) : undefined);
    u.lastSuccess = newestOk ?? (silent.lastSuccess ? at(silent.lastSuccess) : undefined);
    u.lastSignInRequestId = mine[0]?.id ?? r.uuid();
    u.lastSuccessRequestId = mine.find((e) => e.result === 'success')?.id ?? r.uuid();
    if (u.lastSuccess && u.accountEnabled && !SILENT.has(u.handle)) {
      u.lastNonInteractive = Math.min(
        u.lastSuccess + r.int(1, 6) * HOUR,
        at('2026-11-14T22:00:00')
      );
      u.lastNonInteractiveRequestId = r.uuid();
    }
  }
}
