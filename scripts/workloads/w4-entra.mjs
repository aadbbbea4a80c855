/**
 * W4's Entra tenant, synchronised from W4's Active Directory: members with their on-premises
 * link attributes, guests, break-glass accounts, registrations, directory roles (permanent and
 * PIM-eligible) and service principals with secrets and certificates.
 */
import { immutableIdOf, roleAssignmentId } from './lib/ids.mjs';
import { CITIES } from './lib/reference.mjs';
import { at, DAY } from './lib/time.mjs';
import { count, NOW, W4 } from './w4-directory.mjs';

const ROLES = {
  globalAdmin: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdmin: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  securityAdmin: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  userAdmin: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  helpdeskAdmin: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  exchangeAdmin: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  applicationAdmin: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3'
};

/** The Entra tenant built on the AD users: users, registrations, roles and applications. */
export function buildW4Entra(r, people, ad, scale) {
  const users = people.map((p) => {
    const a = ad.byHandle.get(p.handle);
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
      accountEnabled: a.enabled,
      created: p.hired,
      jobTitle: p.title,
      department: p.department,
      companyName: 'Northwind Meridian',
      officeLocation: place.city,
      city: place.city,
      state: place.state,
      country: place.country,
      usageLocation: place.cc,
      office: p.office,
      methods: p.methods,
      onPrem: {
        sam: a.sam,
        immutableId: immutableIdOf(a.guid),
        sid: a.sid,
        dn: a.dn,
        lastSync: NOW
      },
      proxyAddresses: [`SMTP:${p.email}`],
      passwordChanged: a.passwordLastSet,
      lastSignIn: a.lastLogon ?? undefined,
      lastSuccess: a.lastLogon ?? undefined
    };
  });
  for (let i = 0; i < count(800, scale); i++) {
    const p = people[(i * 37) % people.length];
    const home = `${p.handle}@partner${i % 40}.example`;
    users.push({
      handle: `guest${i}`,
      id: r.uuid(),
      upn: `${home.replace('@', '_')}#EXT#@${W4.tenantDomain}`,
      displayName: p.displayName,
      givenName: p.given,
      surname: p.surname,
      mail: home,
      userType: 'Guest',
      accountEnabled: true,
      created: NOW - r.int(10, 2000) * DAY,
      invitationState: r.chance(0.9) ? 'Accepted' : 'PendingAcceptance',
      office: 'london',
      methods: r.chance(0.6) ? [] : ['microsoftAuthenticatorPush'],
      lastSignIn: r.chance(0.6) ? NOW - r.int(0, 300) * DAY : undefined
    });
  }
  for (const n of [1, 2]) {
    users.push({
      handle: `breakglass0${n}`,
      id: r.uuid(),
      upn: `breakglass0${n}@${W4.tenantDomain}`,
      displayName: `Emergency Access ${n}`,
      userType: 'Member',
      accountEnabled: true,
      created: at('2021-02-08T09:00:00'),
      office: 'hamburg',
      methods: n === 1 ? ['fido2SecurityKey'] : [],
      lastSignIn: NOW - 60 * DAY
    });
  }
  for (const u of users) u.lastSuccess ??= u.lastSignIn;

  const sps = [];
  for (let i = 0; i < count(500, scale); i++) {
    const appId = r.uuid();
    const start = NOW - r.int(1, 1500) * DAY;
    const life = r.weighted([
      [180, 30],
      [365, 30],
      [730, 25],
      [36500, 15]
    ]);
    sps.push({
      kind: 'servicePrincipal',
      id: r.uuid(),
      appId,
      displayName: `NWM App ${String(i + 1).padStart(3, '0')}`,
      servicePrincipalType: 'Application',
      accountEnabled: true,
      appOwnerOrganizationId: W4.tenantId,
      servicePrincipalNames: [appId],
      owners: r.chance(0.8) ? [users[r.int(0, people.length - 1)]] : [],
      secrets: r.chance(0.8)
        ? [
            {
              displayName: 'client-secret',
              start,
              end: start + life * DAY,
              hint: r.alnum(3),
              keyId: r.uuid()
            }
          ]
        : [],
      certificates: r.chance(0.25)
        ? [
            {
              displayName: `CN=nwm-app-${i + 1}`,
              start,
              end: start + 365 * DAY,
              keyId: r.uuid(),
              thumbprint: r.hex(40).toUpperCase()
            }
          ]
        : []
    });
  }

  const pickUser = () => ({ kind: 'user', ...users[r.int(0, people.length - 1)] });
  const roleAssignments = [];
  const plan = [
    ['globalAdmin', 6],
    ['privilegedRoleAdmin', 3],
    ['securityAdmin', 6],
    ['userAdmin', 10],
    ['helpdeskAdmin', 20],
    ['exchangeAdmin', 5],
    ['globalReader', 10]
  ];
  for (const [role, n] of plan) {
    for (let i = 0; i < count(n, scale); i++) {
      const p = pickUser();
      roleAssignments.push({
        principal: p,
        roleDefinitionId: ROLES[role],
        id: roleAssignmentId(ROLES[role], p.id)
      });
    }
  }
  for (const bg of users.filter((u) => u.handle.startsWith('breakglass'))) {
    roleAssignments.push({
      principal: { kind: 'user', ...bg },
      roleDefinitionId: ROLES.globalAdmin,
      id: roleAssignmentId(ROLES.globalAdmin, bg.id)
    });
  }
  const sp = r.pick(sps);
  roleAssignments.push({
    principal: sp,
    roleDefinitionId: ROLES.applicationAdmin,
    id: roleAssignmentId(ROLES.applicationAdmin, sp.id)
  });
  const eligibility = [];
  for (const [role, n] of [
    ['globalAdmin', 10],
    ['privilegedRoleAdmin', 10],
    ['securityAdmin', 20],
    ['userAdmin', 40]
  ]) {
    for (let i = 0; i < count(n, scale); i++) {
      const scheduleId = r.uuid();
      eligibility.push({
        principal: pickUser(),
        roleDefinitionId: ROLES[role],
        id: scheduleId,
        scheduleId,
        start: NOW - r.int(10, 700) * DAY,
        end: r.chance(0.5) ? null : NOW + r.int(30, 365) * DAY
      });
    }
  }
  const admins = new Set(roleAssignments.map((a) => a.principal.id));
  const registrations = users.map((u) => ({
    user: u,
    methods: u.methods,
    isAdmin: admins.has(u.id)
  }));
  return { users, servicePrincipals: sps, roleAssignments, eligibility, registrations };
}
