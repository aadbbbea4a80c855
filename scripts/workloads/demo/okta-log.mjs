/**
 * Two weeks of Okta System Log for Northwind Meridian: ordinary sign-ins and app SSO, a
 * password spray from the address that also sprayed Entra, the lockout it caused, and a
 * contractor being granted Super Administrator.
 */
import { CITIES, CLIENTS, OFFICE_IPS, SCRIPT_CLIENT } from '../lib/reference.mjs';
import { at, DAY, MINUTE } from '../lib/time.mjs';
import { SPRAY } from './entra-attacks.mjs';

const APPS = ['Salesforce', 'Slack', 'Workday', 'Zoom', 'Atlassian Cloud'];
const OFFICE_ASN = {
  number: 3320,
  org: 'northwind meridian egress',
  isp: 'Example Transit',
  domain: null
};
const SPRAY_TARGETS = [
  'margaret.chen',
  'lukas.becker',
  'sofia.rossi',
  'hannah.schmidt',
  'liam.obrien',
  'owen.gallagher',
  'zoe.campbell',
  'george.evans',
  'julia.costa',
  'laura.bianchi',
  'mateo.silva',
  'paula.mueller',
  'rita.alvarez',
  'william.harris',
  'olivia.turner'
];

/** Okta users with no ordinary sign-in in the window (locked out, expired, never active…). */
const SILENT = new Set([
  'ruth.ambrose',
  'tara.quinn',
  'helena.kowalski',
  'aaron.blake',
  'dev.test01',
  'george.evans',
  'isabel.santos',
  'sam.patel'
]);

/** Sign-in activity before the log window, for the silent accounts that have any. */
export const OKTA_SILENT_LOGIN = {
  'ruth.ambrose': '2026-04-29T07:58:40',
  'dev.test01': '2025-11-20T15:31:02',
  'george.evans': '2026-11-11T16:20:05',
  'isabel.santos': '2026-11-07T09:10:00'
};

function actor(u) {
  return { id: u.id, login: u.login, name: `${u.firstName} ${u.lastName}` };
}

function event(r, fields) {
  return {
    uuid: r.uuid(),
    sessionId: `102${r.alnum(22)}`,
    requestId: r.alnum(24),
    txId: r.alnum(24),
    asn: OFFICE_ASN,
    severity: 'INFO',
    ...fields
  };
}

function ordinary(r, okta, people) {
  const events = [];
  const office = new Map(people.map((p) => [p.handle, p.office]));
  for (const u of okta.users) {
    if (SILENT.has(u.handle) || u.status === 'DEPROVISIONED') continue;
    const key = office.get(u.handle) ?? 'london';
    const place = CITIES[key];
    const ip = OFFICE_IPS[key] ?? `192.0.2.${r.int(10, 250)}`;
    const client = CLIENTS[r.int(0, 2)];
    for (let i = 0; i < 2; i++) {
      let d = at('2026-11-02T00:00:00') + r.int(0, 11) * DAY;
      if ([0, 6].includes(new Date(d).getUTCDay())) d += 2 * DAY;
      const time = d + r.int(7 * 60, 17 * 60) * MINUTE + r.int(0, 59) * 1000;
      const base = { actor: actor(u), ip, place, client, time };
      events.push(
        event(r, {
          ...base,
          eventType: 'user.session.start',
          legacy: 'core.user_auth.login_success',
          display: 'User login to Okta',
          result: 'SUCCESS'
        })
      );
      if (r.chance(0.5)) {
        const app = r.pick(APPS);
        events.push(
          event(r, {
            ...base,
            time: time + r.int(5, 90) * 1000,
            eventType: 'user.authentication.sso',
            legacy: 'app.auth.sso',
            display: 'User single sign on to app',
            result: 'SUCCESS',
            uri: '/app/sso/saml',
            target: [
              {
                id: `0oa${r.alnum(17)}`,
                type: 'AppInstance',
                alternateId: app,
                displayName: app,
                detailEntry: null
              }
            ]
          })
        );
      }
    }
  }
  return events;
}

function spray(r, okta) {
  const asn = {
    number: 64512,
    org: 'example hosting',
    isp: 'Example Hosting Ltd',
    domain: null,
    proxy: true
  };
  const events = SPRAY_TARGETS.map((h, i) => {
    const u = okta.byHandle.get(h);
    return event(r, {
      actor: actor(u),
      ip: SPRAY.ip,
      place: CITIES.saopaulo,
      client: SCRIPT_CLIENT,
      time: at('2026-11-12T01:40:00') + i * 51_000 + r.int(0, 8000),
      eventType: 'user.session.start',
      legacy: 'core.user_auth.login_failed',
      display: 'User login to Okta',
      result: 'FAILURE',
      reason: 'INVALID_CREDENTIALS',
      severity: 'WARN',
      asn,
      uri: '/api/v1/authn'
    });
  });
  const george = okta.byHandle.get('george.evans');
  events.push(
    event(r, {
      actor: actor(george),
      ip: SPRAY.ip,
      place: CITIES.saopaulo,
      client: SCRIPT_CLIENT,
      time: at('2026-11-12T01:47:31'),
      eventType: 'user.account.lock',
      legacy: 'core.user_auth.account_locked',
      display: 'Max sign in attempts exceeded',
      result: 'FAILURE',
      reason: 'LOCKED_OUT',
      severity: 'WARN',
      asn,
      uri: '/api/v1/authn'
    })
  );
  return events;
}

function privilegeGrant(r, okta) {
  const tomasz = okta.byHandle.get('tomasz.wojcik');
  const sam = okta.byHandle.get('sam.patel');
  const grant = event(r, {
    actor: actor(tomasz),
    ip: OFFICE_IPS.hamburg,
    place: CITIES.hamburg,
    client: CLIENTS[0],
    time: at('2026-11-06T14:22:10'),
    eventType: 'user.account.privilege.grant',
    legacy: 'core.user.admin_privilege.granted',
    display: 'Grant user privilege',
    result: 'SUCCESS',
    uri: `/api/v1/users/${sam.id}/roles`,
    target: [
      {
        id: sam.id,
        type: 'User',
        alternateId: sam.login,
        displayName: 'Sam Patel',
        detailEntry: { privilegeGranted: 'Super administrator' }
      }
    ]
  });
  const login = event(r, {
    actor: actor(sam),
    ip: '192.0.2.201',
    place: CITIES.mumbai,
    client: CLIENTS[1],
    time: at('2026-11-14T05:12:44'),
    eventType: 'user.session.start',
    legacy: 'core.user_auth.login_success',
    display: 'User login to Okta',
    result: 'SUCCESS'
  });
  return [grant, login];
}

/** The log, oldest first as `/api/v1/logs` pages through it. */
export function buildOktaLog(rng, okta, people) {
  const r = rng.fork('okta-log');
  const events = [...ordinary(r, okta, people), ...spray(r, okta), ...privilegeGrant(r, okta)];
  return events.sort((a, b) => a.time - b.time || a.uuid.localeCompare(b.uuid));
}

/** Sets each user's lastLogin from successful session starts, or the planted earlier logins. */
export function applyOktaLastLogin(okta, events) {
  for (const u of okta.users) {
    const own = events.filter(
      (e) => e.actor.id === u.id && e.eventType === 'user.session.start' && e.result === 'SUCCESS'
    );
    if (own.length) u.lastLogin = own[own.length - 1].time;
    else if (OKTA_SILENT_LOGIN[u.handle]) u.lastLogin = at(OKTA_SILENT_LOGIN[u.handle]);
  }
}
