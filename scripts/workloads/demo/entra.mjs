/**
 * Northwind Meridian's Entra ID tenant: synced staff, cloud-only break-glass accounts, guests,
 * authentication methods, directory roles (permanent and PIM-eligible) and service principals.
 */
import { roleAssignmentId, immutableIdOf } from '../lib/ids.mjs';
import { CITIES } from '../lib/reference.mjs';
import { at, DAY } from '../lib/time.mjs';
import { ORG } from './roster.mjs';

export const ROLE = {
  globalAdmin: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdmin: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  securityAdmin: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  userAdmin: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  helpdeskAdmin: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  exchangeAdmin: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  intuneAdmin: '3a2c62db-5318-420d-8d74-23affee5d9d5',
  applicationAdmin: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  cloudApplicationAdmin: '158c047a-c907-4556-b7ef-446551a6b5f7',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509'
};

const PUSH = 'microsoftAuthenticatorPush';
const OTP = 'softwareOneTimePasscode';
const SMS = 'mobilePhone';

/** Methods planted on purpose; everyone else gets one of the ordinary mixes below. */
const METHODS = {
  breakglass01: ['fido2SecurityKey'],
  breakglass02: [],
  'tomasz.wojcik': [PUSH, OTP, SMS],
  'priya.raman': ['fido2SecurityKey', 'windowsHelloForBusiness', PUSH],
  'anna.sokolova': ['passKeyDeviceBound', 'microsoftAuthenticatorPasswordless', PUSH],
  'nikos.papadopoulos': ['passKeyDeviceBound', PUSH],
  'victor.lindqvist': ['windowsHelloForBusiness', PUSH],
  'stefan.ivanov': [OTP],
  'daniel.brooks': [],
  'owen.gallagher': [],
  'ruth.ambrose': [],
  'tara.quinn': [],
  'svc-scanner': [],
  'leo.grant': [],
  'helena.kowalski': ['email'],
  'marcus.reid': [SMS],
  'zoe.campbell': [SMS],
  'george.evans': [SMS],
  'mateo.silva': [SMS],
  'bianca.ferreira': [SMS],
  'carlos.mendes': [SMS],
  'kofi.mensah': [SMS],
  'emily.clarke': [PUSH, SMS],
  'hannah.schmidt': [PUSH, OTP],
  'jordan.ellis': [PUSH],
  'mira.kapoor': [PUSH]
};
const ORDINARY = [[PUSH, OTP], [PUSH], [PUSH, SMS], ['windowsHelloForBusiness', PUSH]];

/** Permanent directory role assignments: handle (or service principal key) → role. */
const PERMANENT = [
  ['breakglass01', 'globalAdmin'],
  ['breakglass02', 'globalAdmin'],
  ['tomasz.wojcik', 'globalAdmin'],
  ['daniel.brooks', 'helpdeskAdmin'],
  ['marcus.reid', 'exchangeAdmin'],
  ['stefan.ivanov', 'intuneAdmin'],
  ['jordan.ellis', 'userAdmin'],
  ['ethan.wright', 'globalReader'],
  ['victor.lindqvist', 'securityReader'],
  ['sp:identity-sync', 'privilegedRoleAdmin']
];

/** PIM eligibility: handle, role, start, end (null: eligible without end). */
const ELIGIBLE = [
  ['priya.raman', 'globalAdmin', '2025-01-06', null],
  ['anna.sokolova', 'privilegedRoleAdmin', '2025-03-01', '2027-03-01'],
  ['nikos.papadopoulos', 'cloudApplicationAdmin', '2026-04-01', '2027-04-01'],
  ['victor.lindqvist', 'securityAdmin', '2026-01-15', null],
  ['kevin.marsh', 'applicationAdmin', '2025-05-01', null]
];

/** Service principals: key, name, type, owners, secrets and certificates (start, end). */
const SERVICE_PRINCIPALS = [
  {
    key: 'payroll',
    name: 'NWM Payroll Connector',
    owners: ['sofia.rossi'],
    secrets: [['payroll-prod', '2024-03-01', '2025-03-01']]
  },
  {
    key: 'backup',
    name: 'NWM Backup Automation',
    owners: ['tomasz.wojcik'],
    secrets: [['backup-2026', '2026-02-01', '2028-02-01']]
  },
  {
    key: 'identity-sync',
    name: 'NWM Identity Sync Tool',
    owners: ['anna.sokolova'],
    secrets: [['sync-secret', '2025-06-01', '2027-06-01']]
  },
  {
    key: 'reporting',
    name: 'NWM Reporting',
    owners: ['nikos.papadopoulos'],
    secrets: [['reporting-old', '2023-01-10', '2024-01-10']],
    certificates: [['CN=nwm-reporting', '2026-01-31', '2027-01-31']]
  },
  {
    key: 'telematics',
    name: 'Fleet Telematics API',
    owners: [],
    secrets: [['never-expires', '2024-01-15', '2299-12-31']],
    notes: 'Created by a vendor engineer; owner unknown.'
  },
  { key: 'invoice-mi', name: 'nwm-func-invoice-processor', type: 'ManagedIdentity', owners: [] }
];

const day = (d) => at(`${d}T09:00:00`);

function member(r, p, adUser) {
  const place = CITIES[p.office];
  return {
    handle: p.handle,
    id: r.uuid(),
    upn: p.email,
    displayName: p.displayName,
    givenName: p.given,
    surname: p.surname,
    mail: p.email,
    userType: 'Member',
    accountEnabled: adUser.enabled,
    created: adUser.created + 2 * DAY,
    jobTitle: p.title,
    department: p.department,
    companyName: ORG.name,
    officeLocation: place.city,
    city: place.city,
    state: place.state,
    country: place.country,
    usageLocation: place.cc,
    mobilePhone: null,
    onPrem: {
      sam: adUser.sam,
      immutableId: immutableIdOf(adUser.guid),
      sid: adUser.sid,
      dn: adUser.dn,
      lastSync: at('2026-11-14T23:30:12')
    },
    proxyAddresses: [`SMTP:${p.email}`, `smtp:${adUser.sam}@${ORG.tenantDomain}`],
    passwordChanged: adUser.passwordLastSet || adUser.created,
    passwordPolicies: adUser.passwordNeverExpires ? 'DisablePasswordExpiration' : null
  };
}

/** Builds the tenant from the staff, the guests and the AD accounts it synchronises. */
export function buildEntra(rng, people, guestList, ad) {
  const r = rng.fork('entra');
  const users = people.map((p) => member(r, p, ad.byHandle.get(p.handle)));

  const scanner = ad.byHandle.get('svc-scanner');
  users.push({
    ...member(
      r,
      {
        handle: 'svc-scanner',
        email: scanner.upn,
        displayName: 'Scanner Service',
        given: null,
        surname: null,
        title: null,
        department: null,
        office: 'manchester'
      },
      scanner
    ),
    companyName: null
  });
  for (const n of [1, 2]) {
    const handle = `breakglass0${n}`;
    users.push({
      handle,
      id: r.uuid(),
      upn: `${handle}@${ORG.tenantDomain}`,
      displayName: `Emergency Access ${n}`,
      userType: 'Member',
      accountEnabled: true,
      created: day('2021-02-08'),
      passwordChanged: day(n === 1 ? '2026-08-31' : '2024-02-08'),
      passwordPolicies: 'DisablePasswordExpiration'
    });
  }
  for (const g of guestList) {
    users.push({
      handle: g.handle,
      id: r.uuid(),
      upn: g.upn,
      displayName: g.displayName,
      givenName: g.given,
      surname: g.surname,
      mail: g.homeEmail,
      userType: 'Guest',
      accountEnabled: true,
      created: g.invited,
      companyName: g.company,
      invitationState: g.invitationState,
      proxyAddresses: [`SMTP:${g.homeEmail}`],
      signInReported: g.invitationState === 'Accepted'
    });
  }
  const byHandle = new Map(users.map((u) => [u.handle, u]));

  const servicePrincipals = SERVICE_PRINCIPALS.map((s) => {
    const appId = r.uuid();
    const managed = s.type === 'ManagedIdentity';
    return {
      key: s.key,
      kind: 'servicePrincipal',
      id: r.uuid(),
      appId,
      displayName: s.name,
      servicePrincipalType: managed ? 'ManagedIdentity' : 'Application',
      accountEnabled: true,
      appOwnerOrganizationId: managed ? null : ORG.tenantId,
      servicePrincipalNames: managed
        ? [appId, `https://identity.azure.net/${r.alnum(43)}=`]
        : [appId, `api://${appId}`],
      notes: s.notes,
      owners: s.owners.map((h) => byHandle.get(h)),
      secrets: (s.secrets ?? []).map(([displayName, start, end]) => ({
        displayName,
        start: day(start),
        end: at(`${end}T09:00:00`),
        hint: r.alnum(3),
        keyId: r.uuid()
      })),
      certificates: (s.certificates ?? []).map(([displayName, start, end]) => ({
        displayName,
        start: day(start),
        end: day(end),
        keyId: r.uuid(),
        thumbprint: r.hex(40).toUpperCase()
      }))
    };
  });
  const spByKey = new Map(servicePrincipals.map((s) => [s.key, s]));
  const principal = (h) =>
    h.startsWith('sp:') ? spByKey.get(h.slice(3)) : { kind: 'user', ...byHandle.get(h) };

  const roleAssignments = PERMANENT.map(([h, role]) => {
    const p = principal(h);
    return { principal: p, roleDefinitionId: ROLE[role], id: roleAssignmentId(ROLE[role], p.id) };
  });
  const eligibility = ELIGIBLE.map(([h, role, start, end]) => {
    const p = principal(h);
    const scheduleId = r.uuid();
    return {
      principal: p,
      roleDefinitionId: ROLE[role],
      id: scheduleId,
      scheduleId,
      start: day(start),
      end: end ? day(end) : null
    };
  });

  const admins = new Set(PERMANENT.map(([h]) => h));
  let ordinary = 0;
  const registrations = users.map((u) => {
    const methods = METHODS[u.handle] ?? ORDINARY[ordinary++ % ORDINARY.length];
    return { user: u, methods, isAdmin: admins.has(u.handle) };
  });
  return { users, byHandle, servicePrincipals, roleAssignments, eligibility, registrations };
}
