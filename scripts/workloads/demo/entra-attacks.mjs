/**
 * The attacks planted in the demo's Entra sign-in log: a password spray, an MFA-fatigue
 * burst, an impossible-travel pair, legacy authentication and a disabled account trying.
 */
import { CITIES, CLIENTS, ENTRA_APPS, OFFICE_IPS, SCRIPT_CLIENT } from '../lib/reference.mjs';
import { at, DAY, MINUTE } from '../lib/time.mjs';
import { ASN, baseEvent, success } from './signin-event.mjs';

/** The sign-in attacks, for the README and its tests. */
export const SPRAY = {
  ip: '203.0.113.50',
  start: at('2026-11-12T02:03:00'),
  victim: 'owen.gallagher'
};
export const FATIGUE = {
  ip: '203.0.113.77',
  user: 'emily.clarke',
  start: at('2026-11-13T23:40:00')
};
export const TRAVEL = { user: 'hannah.schmidt', ip: '203.0.113.145' };

export function sprayEvents(r, entra) {
  const targets = [
    'margaret.chen',
    'lukas.becker',
    'sofia.rossi',
    'hannah.schmidt',
    'liam.obrien',
    'owen.gallagher',
    'zoe.campbell',
    'george.evans',
    'isabel.santos',
    'jonas.weber',
    'katarzyna.nowak',
    'julia.costa',
    'laura.bianchi',
    'mateo.silva',
    'nina.berg',
    'paula.mueller',
    'rita.alvarez',
    'william.harris'
  ];
  return targets.map((h, i) => {
    const reg = entra.registrations.find((x) => x.user.handle === h);
    const e = baseEvent(
      r,
      reg.user,
      SPRAY.start + i * 53_000 + r.int(0, 9000),
      CITIES.saopaulo,
      SPRAY.ip,
      SCRIPT_CLIENT,
      ENTRA_APPS.exchange
    );
    e.clientApp = 'Mobile Apps and Desktop clients';
    e.protocol = 'ropc';
    e.asn = 64512;
    if (h === SPRAY.victim) return success(e, reg.methods);
    return {
      ...e,
      result: 'failure',
      errorCode: 50126,
      failureReason: 'Error validating credentials due to invalid username or password.',
      authRequirement: 'singleFactorAuthentication',
      caStatus: 'notApplied',
      mfa: null
    };
  });
}

export function fatigueEvents(r, entra) {
  const reg = entra.registrations.find((x) => x.user.handle === FATIGUE.user);
  const events = [];
  const client = CLIENTS[1];
  for (let i = 0; i < 7; i++) {
    const e = baseEvent(
      r,
      reg.user,
      FATIGUE.start + i * 150_000 + r.int(0, 20_000),
      CITIES.toronto,
      FATIGUE.ip,
      client,
      ENTRA_APPS.officeHome
    );
    e.asn = 64513;
    events.push({
      ...e,
      result: 'failure',
      errorCode: 500121,
      failureReason: 'Authentication failed during strong authentication request.',
      additionalDetails:
        i % 2
          ? 'MFA denied; user did not respond to mobile app notification'
          : 'MFA denied; user declined the authentication',
      authRequirement: 'multiFactorAuthentication',
      caStatus: 'failure',
      mfa: {
        method: 'Mobile app notification',
        succeeded: false,
        resultDetail:
          i % 2
            ? 'MFA denied; user did not respond to mobile app notification'
            : 'MFA denied; user declined the authentication'
      }
    });
  }
  const last = baseEvent(
    r,
    reg.user,
    at('2026-11-13T23:58:03'),
    CITIES.toronto,
    FATIGUE.ip,
    client,
    ENTRA_APPS.officeHome
  );
  last.asn = 64513;
  events.push(success(last, ['microsoftAuthenticatorPush']));
  return events;
}

export function travelEvents(r, entra) {
  const reg = entra.registrations.find((x) => x.user.handle === TRAVEL.user);
  const home = baseEvent(
    r,
    reg.user,
    at('2026-11-10T08:12:09'),
    CITIES.hamburg,
    OFFICE_IPS.hamburg,
    CLIENTS[0],
    ENTRA_APPS.teams
  );
  home.asn = ASN.hamburg;
  const away = baseEvent(
    r,
    reg.user,
    at('2026-11-10T09:05:41'),
    CITIES.singapore,
    TRAVEL.ip,
    CLIENTS[3],
    ENTRA_APPS.outlookMobile
  );
  away.asn = 64514;
  const replay = success(away, reg.methods);
  replay.mfa = {
    method: 'Previously satisfied',
    succeeded: true,
    resultDetail: 'MFA requirement satisfied by claim in the token'
  };
  return [success(home, reg.methods), replay];
}

export function legacyEvents(r, entra) {
  const reg = entra.registrations.find((x) => x.user.handle === 'svc-scanner');
  const smtp = { os: '', browser: '', ua: '' };
  return [3, 5, 6, 9, 10, 12].map((d) => {
    const e = baseEvent(
      r,
      reg.user,
      at('2026-11-01T07:00:00') + d * DAY + r.int(0, 10 * 60) * MINUTE,
      CITIES.manchester,
      OFFICE_IPS.manchester,
      smtp,
      ENTRA_APPS.exchange
    );
    e.clientApp = 'Authenticated SMTP';
    e.asn = ASN.manchester;
    return success(e, []);
  });
}

export function disabledEvents(r, entra) {
  const reg = entra.registrations.find((x) => x.user.handle === 'kevin.marsh');
  return [0, 41_000].map((offset) => {
    const e = baseEvent(
      r,
      reg.user,
      at('2026-11-03T15:22:10') + offset,
      CITIES.chicago,
      '192.0.2.77',
      CLIENTS[2],
      ENTRA_APPS.officeHome
    );
    e.asn = 7922;
    return {
      ...e,
      result: 'failure',
      errorCode: 50057,
      failureReason: 'User account is disabled. The account has been disabled by an administrator.',
      authRequirement: 'singleFactorAuthentication',
      caStatus: 'notApplied',
      mfa: null
    };
  });
}
