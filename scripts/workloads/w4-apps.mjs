/**
 * W4's other systems: Okta (most staff plus Okta-only contractors), Google Workspace and
 * Google Cloud (the analytics side), and AWS (IAM users named by e-mail, orphans, services).
 */
import path from 'node:path';
import { credentialReportCsv } from './formats/aws.mjs';
import { accessKeyId, awsId, googleNumericId, oktaId } from './lib/ids.mjs';
import { at, DAY } from './lib/time.mjs';
import { W4 } from './w4-directory.mjs';
import { PURPOSES, TEAMS, when, writeAuthorizationDetails } from './w2.mjs';

const NOW = at('2026-11-14T20:00:00');
const count = (full, scale) => Math.max(1, Math.round(full * scale));
const FROM_ENTRA = {
  microsoftAuthenticatorPush: 'push',
  softwareOneTimePasscode: 'token:software:totp',
  mobilePhone: 'sms',
  fido2SecurityKey: 'webauthn',
  windowsHelloForBusiness: 'signed_nonce',
  passKeyDeviceBound: 'webauthn',
  microsoftAuthenticatorPasswordless: 'push',
  email: 'email'
};
const OKTA_ROLES = [
  'SUPER_ADMIN',
  'ORG_ADMIN',
  'APP_ADMIN',
  'USER_ADMIN',
  'HELP_DESK_ADMIN',
  'READ_ONLY_ADMIN'
];

/** Okta users, their factors (from the person's methods) and admin roles. */
export function buildW4Okta(r, people, scale) {
  const users = [];
  const typeId = oktaId(r, 'oty');
  const status = () =>
    r.weighted([
      ['ACTIVE', 930],
      ['SUSPENDED', 20],
      ['DEPROVISIONED', 25],
      ['LOCKED_OUT', 5],
      ['PASSWORD_EXPIRED', 10],
      ['STAGED', 10]
    ]);
  for (const p of people) {
    if (p.index % 20 >= 17) continue;
    const created = p.hired + 3 * DAY;
    const s = status();
    users.push({
      handle: p.handle,
      id: oktaId(r, '00u'),
      status: s,
      transitioningToStatus: s === 'STAGED' && r.chance(0.5) ? 'ACTIVE' : undefined,
      created,
      activated: s === 'STAGED' ? null : created + DAY,
      statusChanged: created + DAY,
      lastLogin:
        s === 'STAGED' || r.chance(0.03)
          ? undefined
          : NOW - r.int(0, r.chance(0.05) ? 400 : 20) * DAY,
      passwordChanged: NOW - r.int(1, 300) * DAY,
      firstName: p.given,
      lastName: p.surname,
      login: p.email,
      email: p.email,
      title: p.title,
      department: p.department,
      typeId,
      provider: { type: 'ACTIVE_DIRECTORY', name: W4.adDomain },
      methods: p.methods,
      office: p.office
    });
  }
  for (let i = 0; i < count(300, scale); i++) {
    const p = people[(i * 53) % people.length];
    const login = `${p.handle}@nwm-contractors.example`;
    const created = NOW - r.int(30, 900) * DAY;
    users.push({
      handle: `contractor${i}`,
      id: oktaId(r, '00u'),
      status: r.chance(0.9) ? 'ACTIVE' : 'SUSPENDED',
      created,
      activated: created + DAY,
      statusChanged: created + DAY,
      lastLogin: r.chance(0.7) ? NOW - r.int(0, 200) * DAY : undefined,
      passwordChanged: created + DAY,
      firstName: p.given,
      lastName: p.surname,
      login,
      email: login,
      title: 'Contractor',
      typeId,
      methods: r.chance(0.5) ? ['mobilePhone'] : ['microsoftAuthenticatorPush'],
      office: p.office
    });
  }
  const factors = users.map((u) => ({
    user: u,
    factors: [...new Set(u.methods.map((m) => FROM_ENTRA[m]).filter(Boolean))].map((type) => ({
      id: oktaId(r, 'uft'),
      type,
      status: r.chance(0.97) ? 'ACTIVE' : 'PENDING_ACTIVATION',
      created: u.created + r.int(1, 60) * DAY,
      credentialId: r.alnum(43)
    }))
  }));
  const holders = new Map();
  for (let i = 0; i < count(50, scale); i++) {
    const u = users[r.int(0, users.length - 1)];
    const list = holders.get(u) ?? [];
    list.push({
      id: r.upperAlnum(15),
      type: r.pick(OKTA_ROLES),
      created: NOW - r.int(10, 1500) * DAY
    });
    holders.set(u, list);
  }
  const roles = [...holders].map(([user, list]) => ({ user, roles: list }));
  return { users, factors, roles };
}

/** Workspace users: about one employee in seven, a few super admins, suspended leavers. */
export function buildW4Google(r, people, scale) {
  const users = [];
  for (const p of people) {
    if (p.index % 7 !== 0) continue;
    users.push({
      handle: p.handle,
      id: googleNumericId(r),
      etag: r.alnum(27),
      given: p.given,
      family: p.surname,
      email: p.email,
      orgUnit: `/${p.department.replace(/[^A-Za-z]/g, '')}`,
      suspended: r.chance(0.02),
      lastLogin: r.chance(0.04) ? null : NOW - r.int(0, r.chance(0.08) ? 500 : 15) * DAY,
      created: Math.max(p.hired, at('2019-01-01T09:00:00')),
      title: p.title,
      department: p.department,
      twoSv: r.chance(0.75),
      enforced2Sv: false,
      app: r.chance(0.02),
      superAdmin: false,
      mailGb: r.int(10, 3000) / 100,
      driveGb: r.int(10, 9000) / 100
    });
  }
  for (let i = 0; i < Math.min(count(5, scale), users.length); i++)
    users[(i * 11) % users.length].superAdmin = true;
  for (let i = 0; i < count(50, scale); i++) {
    users.push({
      handle: `former${i}`,
      id: googleNumericId(r),
      etag: r.alnum(27),
      given: 'Former',
      family: `Analyst ${i + 1}`,
      email: `former.analyst${i + 1}@${W4.domain}`,
      orgUnit: '/Leavers',
      suspended: true,
      lastLogin: NOW - r.int(200, 900) * DAY,
      created: at('2020-03-02T09:00:00'),
      twoSv: false,
      enforced2Sv: false,
      app: false,
      mailGb: 1,
      driveGb: 2
    });
  }
  return { users };
}

/** The project and organization policies and the service-account keys. */
export function buildW4Gcp(r, google, scale) {
  const project = 'nwm-analytics-prod';
  const sas = Array.from(
    { length: count(50, scale) },
    (_, i) => `sa-${TEAMS[i % TEAMS.length]}-${i + 1}@${project}.iam.gserviceaccount.com`
  );
  const active = google.users.filter((u) => !u.suspended);
  const users = (n) =>
    Array.from({ length: Math.min(n, active.length) }, () => `user:${r.pick(active).email}`);
  const bindings = [
    { role: 'roles/owner', members: [...users(3), `serviceAccount:${sas[0]}`] },
    {
      role: 'roles/editor',
      members: [
        ...users(count(10, scale)),
        `group:analytics-team@${W4.domain}`,
        '583920174615-compute@developer.gserviceaccount.com'
      ].map((m) => (m.includes(':') ? m : `serviceAccount:${m}`))
    },
    { role: 'roles/viewer', members: users(count(200, scale)) },
    {
      role: 'roles/bigquery.dataEditor',
      members: [
        ...users(count(100, scale)),
        `deleted:user:former.analyst1@${W4.domain}?uid=118230957146385127409`
      ]
    },
    { role: 'roles/iam.serviceAccountTokenCreator', members: users(count(5, scale)) },
    { role: 'roles/iam.serviceAccountUser', members: users(count(8, scale)) },
    {
      role: 'roles/storage.objectViewer',
      members: ['allUsers', ...sas.slice(1).map((s) => `serviceAccount:${s}`)]
    }
  ].map((b) => ({ ...b, members: [...new Set(b.members)] }));
  const organization = [
    { role: 'roles/resourcemanager.organizationAdmin', members: users(2) },
    { role: 'roles/resourcemanager.projectCreator', members: [`domain:${W4.domain}`] }
  ].map((b) => ({ ...b, members: [...new Set(b.members)] }));
  const keys = [];
  for (const email of sas) {
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      const system = i === 0 && r.chance(0.5);
      const created = system ? NOW - r.int(1, 10) * DAY : NOW - r.int(1, 1500) * DAY;
      keys.push({
        project,
        email,
        keyId: r.hex(40),
        created,
        expires: system ? created + 16 * DAY : undefined,
        type: system ? 'SYSTEM_MANAGED' : 'USER_MANAGED',
        disabled: !system && r.chance(0.1)
      });
    }
  }
  return {
    project: bindings,
    organization,
    keys,
    etags: [`BwY${r.alnum(8)}=`, `BwY${r.alnum(8)}=`]
  };
}

/** IAM users (and the root user) with credential-report rows; writes the authorization details. */
export function writeW4Aws(r, people, dir, scale) {
  const account = '418295736041';
  const users = [];
  const humans = people
    .filter((p) => p.department === 'Engineering' || p.department === 'Data & Analytics')
    .slice(0, count(500, scale));
  const key = (active, maxAge) => {
    const rotated = NOW - r.int(1, maxAge) * DAY;
    return {
      id: accessKeyId(r),
      active,
      rotated,
      lastUsed: r.chance(0.8) ? Math.min(NOW, rotated + r.int(0, maxAge) * DAY) : undefined,
      region: r.pick(['eu-central-1', 'us-east-1']),
      service: r.pick(['s3', 'ec2', 'lambda', 'sts'])
    };
  };
  const push = (name, human, withPassword) => {
    const created = when(r);
    users.push({
      name,
      human,
      id: awsId(r, 'AIDA'),
      arn: `arn:aws:iam::${account}:user/${name}`,
      created,
      passwordEnabled: withPassword,
      passwordLastUsed: withPassword
        ? r.chance(0.1)
          ? 'no_information'
          : NOW - r.int(0, r.chance(0.15) ? 400 : 30) * DAY
        : 'N/A',
      passwordLastChanged: withPassword ? created + DAY : undefined,
      mfa: withPassword && r.chance(0.7),
      keys: r.chance(withPassword ? 0.4 : 1)
        ? [key(true, 1200), ...(r.chance(0.2) ? [key(r.chance(0.5), 600)] : [])]
        : []
    });
  };
  for (const p of humans) push(p.email, p, true);
  for (let i = 0; i < count(50, scale); i++) push(`legacy-user-${i + 1}`, undefined, true);
  for (let i = 0; i < count(250, scale); i++)
    push(`svc-${r.pick(TEAMS)}-${r.pick(PURPOSES)}-${i + 1}`, undefined, false);
  const root = {
    root: true,
    arn: `arn:aws:iam::${account}:root`,
    created: at('2015-03-02T11:00:00'),
    passwordLastUsed: NOW - 40 * DAY,
    mfa: true,
    keys: []
  };

  const authz = path.join(dir, 'w4', 'aws-authorization-details.json');
  const { bytes } = writeAuthorizationDetails(r, authz, {
    account,
    users,
    roleCount: count(1000, scale),
    policyCount: count(300, scale),
    groupCount: count(30, scale)
  });
  return { users, root, csv: credentialReportCsv([root, ...users]), authz: [authz, bytes] };
}
