/**
 * Northwind Meridian's Okta org, the SaaS portal: most staff (sourced from AD, login = UPN),
 * a contractor and a test account created directly in Okta, a deprovisioned leaver, enrolled
 * factors and admin roles.
 */
import { oktaId } from '../lib/ids.mjs';
import { at, DAY } from '../lib/time.mjs';
import { ORG } from './roster.mjs';

/** Warehouse and fleet staff use shared kiosks and have no Okta account. */
const NOT_IN_OKTA = new Set([
  'bianca.ferreira',
  'carlos.mendes',
  'kofi.mensah',
  'hiroshi.tanaka',
  'jan.devries',
  'nina.berg',
  'samuel.adeyemi',
  'katarzyna.nowak'
]);

/** Accounts that exist only in Okta. */
const OKTA_ONLY = [
  {
    handle: 'sam.patel',
    firstName: 'Sam',
    lastName: 'Patel',
    login: 'sam.patel@nwm-contractors.example',
    created: '2025-08-18',
    status: 'ACTIVE',
    title: 'Contractor (IAM migration)'
  },
  {
    handle: 'dev.test01',
    firstName: 'Dev',
    lastName: 'Test01',
    login: `dev.test01@${ORG.domain}`,
    created: '2024-10-07',
    status: 'ACTIVE',
    title: null
  },
  {
    handle: 'aaron.blake',
    firstName: 'Aaron',
    lastName: 'Blake',
    login: `aaron.blake@${ORG.domain}`,
    created: '2022-04-01',
    status: 'DEPROVISIONED',
    statusChanged: '2025-07-31',
    lastLogin: '2025-07-30T16:02:11',
    title: 'Data Analyst'
  }
];

/** Status other than ACTIVE, per handle. */
const STATUS = {
  'tara.quinn': { status: 'PROVISIONED' },
  'george.evans': { status: 'LOCKED_OUT', statusChanged: '2026-11-12T01:47:31' },
  'helena.kowalski': { status: 'STAGED', transitioningToStatus: 'ACTIVE' },
  'isabel.santos': { status: 'PASSWORD_EXPIRED', statusChanged: '2026-11-08T00:00:00' }
};

/** Factors planted on purpose (Okta factorType); others follow the person's Entra methods. */
const FACTORS = {
  'sam.patel': [['question']],
  'dev.test01': [],
  'aaron.blake': [['push']],
  'owen.gallagher': [['push', 'PENDING_ACTIVATION']],
  'priya.raman': [['webauthn'], ['signed_nonce'], ['push']],
  'anna.sokolova': [['signed_nonce'], ['push']]
};

const FROM_ENTRA = {
  microsoftAuthenticatorPush: 'push',
  softwareOneTimePasscode: 'token:software:totp',
  mobilePhone: 'sms',
  fido2SecurityKey: 'webauthn',
  windowsHelloForBusiness: 'signed_nonce',
  passKeyDeviceBound: 'webauthn',
  email: 'email'
};

/** Admin role assignments: handle → role type. */
const ROLES = [
  ['tomasz.wojcik', 'SUPER_ADMIN', '2019-03-04'],
  ['sam.patel', 'SUPER_ADMIN', '2026-11-06'],
  ['anna.sokolova', 'ORG_ADMIN', '2022-01-10'],
  ['daniel.brooks', 'HELP_DESK_ADMIN', '2020-05-18'],
  ['priya.raman', 'READ_ONLY_ADMIN', '2021-02-01'],
  ['kevin.marsh', 'APP_ADMIN', '2023-09-12']
];

/** Builds the Okta users (without lastLogin: the System Log fills it), factors and roles. */
export function buildOkta(rng, people, entra) {
  const r = rng.fork('okta');
  const typeId = oktaId(r, 'oty');
  const users = [];
  for (const p of people) {
    if (NOT_IN_OKTA.has(p.handle)) continue;
    const s = STATUS[p.handle] ?? {};
    const created = p.hired + 3 * DAY;
    users.push({
      handle: p.handle,
      id: oktaId(r, '00u'),
      status: s.status ?? 'ACTIVE',
      transitioningToStatus: s.transitioningToStatus,
      created,
      activated: s.status === 'STAGED' ? null : created + DAY,
      statusChanged: s.statusChanged ? at(s.statusChanged) : created + DAY,
      passwordChanged:
        s.status === 'STAGED' || s.status === 'PROVISIONED'
          ? null
          : at('2026-10-01T09:00:00') - r.int(0, 150) * DAY,
      firstName: p.given,
      lastName: p.surname,
      login: p.email,
      email: p.email,
      title: p.title,
      department: p.department,
      typeId,
      provider: { type: 'ACTIVE_DIRECTORY', name: ORG.adDomain }
    });
  }
  for (const o of OKTA_ONLY) {
    const created = at(`${o.created}T10:00:00`);
    users.push({
      handle: o.handle,
      id: oktaId(r, '00u'),
      status: o.status,
      created,
      activated: created + DAY,
      statusChanged: o.statusChanged ? at(`${o.statusChanged}T17:00:00`) : created + DAY,
      lastLogin: o.lastLogin ? at(o.lastLogin) : undefined,
      passwordChanged: created + DAY,
      firstName: o.firstName,
      lastName: o.lastName,
      login: o.login,
      email: o.login,
      title: o.title,
      typeId
    });
  }
  const byHandle = new Map(users.map((u) => [u.handle, u]));

  const entraMethods = new Map(entra.registrations.map((x) => [x.user.handle, x.methods]));
  const factors = users.map((u) => {
    const planted = FACTORS[u.handle];
    const list =
      planted ??
      [
        ...new Set((entraMethods.get(u.handle) ?? []).map((m) => FROM_ENTRA[m]).filter(Boolean))
      ].map((t) => [t]);
    return {
      user: u,
      factors: list.map(([type, status]) => ({
        id: oktaId(
          r,
          {
            push: 'opf',
            sms: 'mbl',
            webauthn: 'fwf',
            signed_nonce: 'pfd',
            question: 'ufs',
            email: 'emf'
          }[type] ?? 'uft'
        ),
        type,
        status: status ?? 'ACTIVE',
        created: Math.max(u.created + 2 * DAY, at('2021-01-01T00:00:00')) + r.int(0, 60) * DAY,
        credentialId: r.alnum(43)
      }))
    };
  });

  const roles = ROLES.map(([handle, type, created]) => ({
    user: byHandle.get(handle),
    roles: [{ id: r.upperAlnum(15), type, created: at(`${created}T12:00:00`) }]
  }));
  return { users, byHandle, factors, roles };
}
