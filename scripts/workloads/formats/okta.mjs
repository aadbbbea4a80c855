/**
 * Okta API shapes: `/api/v1/users`, a user's `/factors` and `/roles` (collected over all users
 * into `[{userId, login, factors|roles: […]}]`, as export scripts write them), and System Log
 * events from `/api/v1/logs`.
 */
import { isoMillis } from '../lib/time.mjs';

const ms = (v) => (typeof v === 'number' ? isoMillis(v) : null);

/**
 * One `/api/v1/users` item. `u`: id, status, created, activated, statusChanged, lastLogin,
 * passwordChanged, firstName, lastName, login, email, mobilePhone, secondEmail, department,
 * title, typeId, transitioningToStatus.
 */
export function oktaUser(u, base) {
  const item = {
    id: u.id,
    status: u.status,
    created: ms(u.created),
    activated: ms(u.activated),
    statusChanged: ms(u.statusChanged),
    lastLogin: ms(u.lastLogin),
    lastUpdated: ms(u.lastUpdated ?? u.statusChanged ?? u.created),
    passwordChanged: ms(u.passwordChanged),
    type: { id: u.typeId },
    profile: {
      firstName: u.firstName,
      lastName: u.lastName,
      mobilePhone: u.mobilePhone ?? null,
      secondEmail: u.secondEmail ?? null,
      login: u.login,
      email: u.email,
      title: u.title ?? null,
      department: u.department ?? null
    },
    credentials: {
      password: {},
      provider: u.provider ?? { type: 'OKTA', name: 'OKTA' }
    },
    _links: { self: { href: `${base}/api/v1/users/${u.id}` } }
  };
  if (u.transitioningToStatus) item.transitioningToStatus = u.transitioningToStatus;
  return item;
}

const FACTOR_VENDOR = {
  push: ['OKTA', 'OKTA'],
  'token:software:totp': ['GOOGLE', 'GOOGLE'],
  sms: ['OKTA', 'OKTA'],
  call: ['OKTA', 'OKTA'],
  webauthn: ['FIDO', 'FIDO'],
  signed_nonce: ['OKTA', 'OKTA'],
  question: ['OKTA', 'OKTA'],
  email: ['OKTA', 'OKTA']
};

function factorProfile(f, user) {
  switch (f.type) {
    case 'push':
      return {
        credentialId: user.login,
        deviceType: 'SmartPhone_IPhone',
        name: f.device ?? 'iPhone',
        platform: 'IOS',
        version: '18.1'
      };
    case 'token:software:totp':
      return { credentialId: user.login };
    case 'sms':
    case 'call':
      return { phoneNumber: f.phone ?? '+44 7700 900123' };
    case 'webauthn':
      return { credentialId: f.credentialId, authenticatorName: f.device ?? 'YubiKey 5 NFC' };
    case 'question':
      return {
        question: 'favorite_art_piece',
        questionText: 'What is your favorite piece of art?'
      };
    case 'email':
      return { email: user.email };
    default:
      return {};
  }
}

/** One factor of a user. `f`: id, type, status, created, device, phone. */
export function oktaFactor(f, user, base) {
  const [provider, vendorName] = FACTOR_VENDOR[f.type] ?? ['OKTA', 'OKTA'];
  return {
    id: f.id,
    factorType: f.type,
    provider,
    vendorName,
    status: f.status ?? 'ACTIVE',
    created: isoMillis(f.created),
    lastUpdated: isoMillis(f.created),
    profile: factorProfile(f, user),
    _links: {
      self: {
        href: `${base}/api/v1/users/${user.id}/factors/${f.id}`,
        hints: { allow: ['GET', 'DELETE'] }
      },
      user: { href: `${base}/api/v1/users/${user.id}`, hints: { allow: ['GET'] } }
    }
  };
}

/** Okta's labels for the standard admin role types. */
export const OKTA_ROLE_LABELS = {
  SUPER_ADMIN: 'Super Administrator',
  ORG_ADMIN: 'Organizational Administrator',
  APP_ADMIN: 'Application Administrator',
  USER_ADMIN: 'Group Administrator',
  HELP_DESK_ADMIN: 'Help Desk Administrator',
  READ_ONLY_ADMIN: 'Read Only Administrator',
  REPORT_ADMIN: 'Report Administrator',
  GROUP_MEMBERSHIP_ADMIN: 'Group Membership Administrator'
};

/** One role of `/api/v1/users/{id}/roles`. `r`: id, type, created. */
export function oktaRole(r, user, base) {
  return {
    id: r.id,
    label: OKTA_ROLE_LABELS[r.type],
    type: r.type,
    status: 'ACTIVE',
    created: isoMillis(r.created),
    lastUpdated: isoMillis(r.created),
    assignmentType: 'USER',
    _links: { assignee: { href: `${base}/api/v1/users/${user.id}` } }
  };
}

/**
 * One System Log event. `e`: uuid, time, actor {id, login, name, type}, ip, place (a CITIES
 * entry), client (a CLIENTS entry), eventType, legacy, display, result, reason, severity,
 * target [{id, type, alternateId, displayName}], sessionId, requestId, txId, asn {number,
 * org, isp}.
 */
export function oktaLogEvent(e) {
  const geo = {
    city: e.place.city,
    state: e.place.state,
    country: e.place.country,
    postalCode: null,
    geolocation: { lat: e.place.lat, lon: e.place.lon }
  };
  return {
    actor: {
      id: e.actor.id,
      type: e.actor.type ?? 'User',
      alternateId: e.actor.login,
      displayName: e.actor.name,
      detailEntry: null
    },
    client: {
      userAgent: {
        rawUserAgent: e.client.ua,
        os: e.client.os || 'Unknown',
        browser: e.client.browser ? e.client.browser.split(' ')[0].toUpperCase() : 'UNKNOWN'
      },
      zone: 'null',
      device:
        e.client.os.startsWith('Ios') || e.client.os.startsWith('Android') ? 'Mobile' : 'Computer',
      id: null,
      ipAddress: e.ip,
      geographicalContext: geo
    },
    device: null,
    authenticationContext: {
      authenticationProvider:
        e.eventType === 'user.session.start' ? 'OKTA_AUTHENTICATION_PROVIDER' : null,
      credentialProvider: null,
      credentialType: null,
      issuer: null,
      interface: null,
      authenticationStep: 0,
      externalSessionId: e.sessionId
    },
    displayMessage: e.display,
    eventType: e.eventType,
    outcome: { result: e.result, reason: e.reason ?? null },
    published: isoMillis(e.time),
    securityContext: {
      asNumber: e.asn.number,
      asOrg: e.asn.org,
      isp: e.asn.isp,
      domain: e.asn.domain ?? null,
      isProxy: e.asn.proxy === true
    },
    severity: e.severity ?? 'INFO',
    debugContext: {
      debugData: {
        requestId: e.requestId,
        requestUri: e.uri ?? '/idp/idx/identify',
        url: `${e.uri ?? '/idp/idx/identify'}?`
      }
    },
    legacyEventType: e.legacy ?? null,
    transaction: { type: 'WEB', id: e.txId, detail: {} },
    uuid: e.uuid,
    version: '0',
    request: { ipChain: [{ ip: e.ip, geographicalContext: geo, version: 'V4', source: null }] },
    target: e.target ?? []
  };
}
