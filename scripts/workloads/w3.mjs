/**
 * W3 (SPEC §11): 1,000,000 Entra sign-ins over 30 days as the admin center's CSV download
 * (at scale 1), newest first. Rows stream to disk; attacks (password sprays, MFA-fatigue
 * bursts, impossible-travel pairs) are merged in time order among ordinary sign-ins.
 */
import path from 'node:path';
import { ENTRA_SIGNINS_CSV_HEADER, entraSignInCsvRow } from './formats/entra-signins.mjs';
import { csvLine, FileSink } from './lib/out.mjs';
import { CITIES, CLIENTS, ENTRA_APPS, SCRIPT_CLIENT } from './lib/reference.mjs';
import { at, DAY, MINUTE } from './lib/time.mjs';
import { entraPopulation } from './w1.mjs';

const TENANT_ID = '5e7a2c91-3b4d-4f6e-9a8b-1c2d3e4f5a6b';
export const W3_END = at('2026-11-14T23:59:59');
const END = W3_END;
const SPAN = 30 * DAY;
const APPS = Object.values(ENTRA_APPS);
const PLACES = Object.values(CITIES);
const LEGACY = ['Exchange ActiveSync', 'IMAP4', 'Authenticated SMTP', 'POP3'];
const MFA_NAME = {
  microsoftAuthenticatorPush: 'Mobile app notification',
  softwareOneTimePasscode: 'OATH verification code',
  mobilePhone: 'Text message',
  fido2SecurityKey: 'FIDO2 security key',
  windowsHelloForBusiness: 'Windows Hello for Business',
  passKeyDeviceBound: 'Passkey (device-bound)'
};
const FAILURES = [
  ['failure', 50126, 'Error validating credentials due to invalid username or password.', 40],
  ['interrupted', 50074, 'Strong Authentication is required.', 30],
  [
    'interrupted',
    50140,
    "This occurred due to 'Keep me signed in' interrupt when the user was signing in.",
    20
  ],
  [
    'failure',
    53003,
    'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
    10
  ]
];

const count = (full, scale) => Math.max(1, Math.round(full * scale));

function tokenId(r) {
  const b = Buffer.alloc(16);
  for (let i = 0; i < 4; i++) b.writeUInt32LE((r.next() * 4294967296) >>> 0, i * 4);
  return b.toString('base64url');
}

/** What stays the same for one user across all their sign-ins (W3 and W4 share it). */
export function signInProfile(r, u) {
  const home = CITIES[u.office];
  const mfa = u.methods.find((m) => MFA_NAME[m]);
  return {
    user: { id: u.id, upn: u.upn, displayName: u.displayName, userType: u.userType },
    enabled: u.accountEnabled,
    home,
    ip: `198.18.${r.int(0, 255)}.${r.int(1, 254)}`,
    asn: r.int(1000, 64000),
    client: CLIENTS[r.int(0, CLIENTS.length - 1)],
    deviceId: u.userType === 'Guest' ? '' : r.uuid(),
    mfa: mfa ? MFA_NAME[mfa] : undefined
  };
}

function event(r, p, time, fields) {
  const mobile = p.client.os.startsWith('Ios') || p.client.os.startsWith('Android');
  return {
    id: r.uuid(),
    correlationId: r.uuid(),
    sessionId: r.uuid(),
    tokenId: tokenId(r),
    time,
    user: p.user,
    app: fields.app,
    resource: fields.app,
    ip: p.ip,
    place: p.home,
    client: p.client,
    clientApp: mobile ? 'Mobile Apps and Desktop clients' : 'Browser',
    deviceId: p.deviceId,
    compliant: p.deviceId !== '',
    managed: p.deviceId !== '',
    joinType: p.deviceId ? 'Azure AD joined' : undefined,
    asn: p.asn,
    latency: r.int(30, 900),
    result: 'success',
    errorCode: 0,
    authRequirement: p.mfa ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    caStatus: p.mfa ? 'success' : 'notApplied',
    mfa: null,
    ...fields
  };
}

/** One ordinary sign-in of a user at a time: mostly successes, some failures and travel. */
export function ordinarySignIn(r, p, time) {
  const app = APPS[r.int(0, APPS.length - 1)];
  if (!p.enabled) {
    return event(r, p, time, {
      app,
      result: 'failure',
      errorCode: 50057,
      failureReason: 'User account is disabled. The account has been disabled by an administrator.',
      caStatus: 'notApplied'
    });
  }
  const fields = { app };
  if (r.chance(0.03)) fields.place = PLACES[r.int(0, PLACES.length - 1)];
  if (r.chance(0.01)) fields.clientApp = LEGACY[r.int(0, LEGACY.length - 1)];
  if (r.chance(0.1)) {
    const [result, errorCode, failureReason] = r.weighted(FAILURES.map((f) => [f, f[3]]));
    return event(r, p, time, {
      ...fields,
      result,
      errorCode,
      failureReason,
      caStatus: errorCode === 53003 ? 'failure' : 'notApplied'
    });
  }
  if (p.mfa) {
    fields.mfa = r.chance(0.7)
      ? {
          method: 'Previously satisfied',
          succeeded: true,
          resultDetail: 'MFA requirement satisfied by claim in the token'
        }
      : { method: p.mfa, succeeded: true, resultDetail: 'MFA successfully completed' };
  }
  return event(r, p, time, fields);
}

/** The attacks, as full events, newest first. */
export function attackSignIns(r, profiles, scale) {
  const out = [];
  const any = () => profiles[r.int(0, profiles.length - 1)];
  const start = () => END - SPAN + r.int(DAY, SPAN - DAY);
  for (let s = 0; s < count(20, scale); s++) {
    const t0 = start();
    const ip = `203.0.113.${r.int(1, 254)}`;
    for (let k = 0; k < Math.min(150, profiles.length); k++) {
      const p = profiles[(s * 151 + k * 7) % profiles.length];
      out.push(
        event(r, { ...p, ip, client: SCRIPT_CLIENT, deviceId: '', asn: 64512 }, t0 + k * 12_000, {
          app: ENTRA_APPS.exchange,
          place: CITIES.saopaulo,
          protocol: 'ropc',
          clientApp: 'Mobile Apps and Desktop clients',
          result: 'failure',
          errorCode: 50126,
          failureReason: 'Error validating credentials due to invalid username or password.',
          authRequirement: 'singleFactorAuthentication',
          caStatus: 'notApplied'
        })
      );
    }
  }
  for (let s = 0; s < count(40, scale); s++) {
    const p = any();
    const t0 = start();
    const ip = `203.0.113.${r.int(1, 254)}`;
    const attacker = { ...p, ip, deviceId: '', asn: 64513 };
    for (let k = 0; k < 8; k++) {
      const detail =
        k % 2
          ? 'MFA denied; user did not respond to mobile app notification'
          : 'MFA denied; user declined the authentication';
      out.push(
        event(r, attacker, t0 + k * 110_000, {
          app: ENTRA_APPS.officeHome,
          place: CITIES.toronto,
          result: 'failure',
          errorCode: 500121,
          failureReason: 'Authentication failed during strong authentication request.',
          additionalDetails: detail,
          authRequirement: 'multiFactorAuthentication',
          caStatus: 'failure',
          mfa: { method: 'Mobile app notification', succeeded: false, resultDetail: detail }
        })
      );
    }
    out.push(
      event(r, attacker, t0 + 8 * 110_000 + 40_000, {
        app: ENTRA_APPS.officeHome,
        place: CITIES.toronto,
        authRequirement: 'multiFactorAuthentication',
        caStatus: 'success',
        mfa: {
          method: 'Mobile app notification',
          succeeded: true,
          resultDetail: 'MFA successfully completed'
        }
      })
    );
  }
  for (let s = 0; s < count(200, scale); s++) {
    const p = any();
    const t0 = start();
    out.push(event(r, p, t0, { app: ENTRA_APPS.teams }));
    out.push(
      event(
        r,
        { ...p, ip: `203.0.113.${r.int(1, 254)}`, asn: 64514 },
        t0 + r.int(20, 90) * MINUTE,
        {
          app: ENTRA_APPS.outlookMobile,
          place: r.pick([CITIES.singapore, CITIES.sydney, CITIES.saopaulo, CITIES.tokyo])
        }
      )
    );
  }
  return out.sort((a, b) => b.time - a.time);
}

/** Writes the W3 file into `dir`; returns [[file, bytes]]. */
export function writeW3(rng, dir, scale) {
  const r = rng.fork('w3');
  const users = [...entraPopulation(rng, count(25_000, scale))];
  const profiles = users.map((u) => signInProfile(r, u));
  const total = count(1_000_000, scale);
  const special = attackSignIns(r, profiles, scale);
  const normal = Math.max(0, total - special.length);

  const file = path.join(dir, 'w3-entra-signins.csv');
  const sink = new FileSink(file);
  sink.write(csvLine(ENTRA_SIGNINS_CSV_HEADER) + '\r\n');
  let s = 0;
  for (let i = 0; i < normal; i++) {
    const time = Math.floor(END - ((i + r.next()) * SPAN) / normal);
    while (s < special.length && special[s].time >= time)
      sink.write(entraSignInCsvRow(special[s++], TENANT_ID) + '\r\n');
    // Activity is skewed: a few users sign in far more often than most.
    const p = profiles[Math.floor(profiles.length * r.next() ** 1.6)];
    sink.write(entraSignInCsvRow(ordinarySignIn(r, p, time), TENANT_ID) + '\r\n');
  }
  while (s < special.length) sink.write(entraSignInCsvRow(special[s++], TENANT_ID) + '\r\n');
  return [[file, sink.close()]];
}
