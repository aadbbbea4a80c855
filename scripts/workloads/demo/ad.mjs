/**
 * Northwind Meridian's on-premises Active Directory: every member of staff, the service
 * accounts, the built-in accounts and the admin groups with their nesting.
 */
import { at, DAY } from '../lib/time.mjs';
import { ORG } from './roster.mjs';

const STAFF_OU = (dept) => `OU=${dept.replace(/[^A-Za-z]/g, '')},OU=Staff,${ORG.adBaseDn}`;
const SERVICE_OU = `OU=Service Accounts,${ORG.adBaseDn}`;
const USERS_CN = `CN=Users,${ORG.adBaseDn}`;

/** Admin and working groups: name, container, well-known SID or a domain RID. */
const GROUPS = [
  ['Domain Admins', USERS_CN, 'rid:512'],
  ['Enterprise Admins', USERS_CN, 'rid:519'],
  ['Schema Admins', USERS_CN, 'rid:518'],
  ['Administrators', `CN=Builtin,${ORG.adBaseDn}`, 'S-1-5-32-544'],
  ['Account Operators', `CN=Builtin,${ORG.adBaseDn}`, 'S-1-5-32-548'],
  ['Backup Operators', `CN=Builtin,${ORG.adBaseDn}`, 'S-1-5-32-551'],
  ['Tier0-Operators', `OU=Groups,${ORG.adBaseDn}`, 'rid:1201'],
  ['IT-Infra-Leads', `OU=Groups,${ORG.adBaseDn}`, 'rid:1202'],
  ['SQL-Admins', `OU=Groups,${ORG.adBaseDn}`, 'rid:1203'],
  ['Helpdesk-Staff', `OU=Groups,${ORG.adBaseDn}`, 'rid:1204']
];

/** Direct members: user sAMAccountNames, or `group:<name>` for a nested group. */
const MEMBERSHIP = {
  'Domain Admins': ['Administrator', 'twojcik', 'group:Tier0-Operators'],
  'Enterprise Admins': ['Administrator'],
  'Schema Admins': ['Administrator'],
  Administrators: [
    'Administrator',
    'group:Domain Admins',
    'group:Enterprise Admins',
    'group:SQL-Admins'
  ],
  'Account Operators': ['dbrooks'],
  'Backup Operators': ['svc-backup'],
  'Tier0-Operators': ['group:IT-Infra-Leads'],
  'IT-Infra-Leads': ['mreid', 'sivanov'],
  'SQL-Admins': ['svc-sql', 'ahassan'],
  'Helpdesk-Staff': ['dbrooks', 'ewright']
};

/** adminCount stays 1 after someone leaves a protected group: jdevries is such a leftover. */
const ADMIN_COUNT = new Set([
  'Administrator',
  'krbtgt',
  'twojcik',
  'mreid',
  'sivanov',
  'ahassan',
  'dbrooks',
  'svc-sql',
  'svc-backup',
  'jdevries'
]);

const SQL_HOST = `sql01.${ORG.adDomain}`;

/** Accounts that are not staff: built-ins and services. */
const NON_STAFF = [
  {
    sam: 'Administrator',
    rid: 500,
    created: '2016-02-01',
    description: 'Built-in account for administering the computer/domain',
    passwordNeverExpires: true,
    lastLogon: '2025-06-11T09:12:40',
    passwordLastSet: '2016-02-01T10:00:00',
    container: USERS_CN
  },
  {
    sam: 'Guest',
    rid: 501,
    created: '2016-02-01',
    description: 'Built-in account for guest access to the computer/domain',
    enabled: false,
    passwordNotRequired: true,
    passwordNeverExpires: true,
    lastLogon: null,
    passwordLastSet: 0,
    container: USERS_CN
  },
  {
    sam: 'krbtgt',
    rid: 502,
    created: '2016-02-01',
    description: 'Key Distribution Center Service Account',
    enabled: false,
    lastLogon: null,
    passwordLastSet: '2016-02-01T10:05:00',
    container: USERS_CN
  },
  {
    sam: 'svc-sql',
    created: '2017-03-14',
    description: 'SQL Server service (SQL01)',
    spns: [`MSSQLSvc/${SQL_HOST}:1433`, `MSSQLSvc/${SQL_HOST}`],
    passwordNeverExpires: true,
    lastLogon: '2026-11-08T03:00:12',
    passwordLastSet: '2017-03-14T11:20:00'
  },
  {
    sam: 'svc-iis',
    created: '2019-08-02',
    description: 'Intranet application pool',
    spns: [`HTTP/intranet.${ORG.adDomain}`],
    trustedForDelegation: true,
    passwordNeverExpires: true,
    lastLogon: '2026-11-10T06:30:44',
    passwordLastSet: '2019-08-02T14:00:00'
  },
  {
    sam: 'svc-backup',
    created: '2018-01-15',
    description: 'Nightly backup agent',
    passwordNeverExpires: true,
    lastLogon: '2026-11-13T01:00:05',
    passwordLastSet: '2018-01-15T09:30:00'
  },
  {
    sam: 'svc-scanner',
    created: '2020-05-11',
    description: 'Scan-to-mail on the office printers',
    passwordNeverExpires: true,
    lastLogon: '2026-11-12T07:45:19',
    passwordLastSet: '2020-05-11T12:00:00',
    upn: `svc-scanner@${ORG.domain}`,
    email: `svc-scanner@${ORG.domain}`,
    displayName: 'Scanner Service'
  },
  {
    sam: 'MSOL_7c1e5b2a9d04',
    created: '2021-02-08',
    description:
      'Account created by Microsoft Azure Active Directory Connect with installation identifier 7c1e5b2a9d044e7b8f3a5c6d2e1f0a9b running on computer AADC01 configured to synchronize to tenant northwindmeridian.onmicrosoft.com.',
    passwordNeverExpires: true,
    lastLogon: '2026-11-13T22:30:00',
    passwordLastSet: '2021-02-08T15:10:00',
    container: USERS_CN
  }
];

/** Per-person departures from the typical account: leavers, dormant staff, roastable users. */
const STAFF_OVERRIDES = {
  'ruth.ambrose': { lastLogon: '2026-05-01T08:02:11' },
  'tara.quinn': { lastLogon: null, passwordLastSet: 0 },
  'hiroshi.tanaka': { noPreauth: true, description: 'Legacy handheld scanner login' },
  'kevin.marsh': {
    enabled: false,
    lastLogon: '2026-09-30T16:40:02',
    description: 'Left 2026-10-02 (ticket HR-4471)'
  }
};

/** Builds the directory: users (staff first), groups with members, and lookups by handle. */
export function buildAd(rng, people) {
  const r = rng.fork('ad');
  let nextRid = 1104;
  const users = [];
  const byHandle = new Map();

  for (const p of people) {
    const o = STAFF_OVERRIDES[p.handle] ?? {};
    const guid = r.uuid();
    const lastLogon =
      o.lastLogon === null
        ? null
        : o.lastLogon
          ? at(o.lastLogon)
          : at('2026-11-14T07:00:00') - r.int(0, 9 * DAY);
    const u = {
      handle: p.handle,
      dn: `CN=${p.displayName},${STAFF_OU(p.department)}`,
      enabled: o.enabled ?? true,
      given: p.given,
      surname: p.surname,
      name: p.displayName,
      guid,
      sam: p.sam,
      sid: `${ORG.domainSid}-${nextRid++}`,
      upn: p.email,
      displayName: p.displayName,
      email: p.email,
      title: p.title,
      department: p.department,
      description: o.description ?? '',
      created: p.hired - DAY,
      lastLogon,
      passwordLastSet:
        o.passwordLastSet === 0 ? 0 : at('2026-11-10T09:00:00') - r.int(5, 170) * DAY,
      passwordNeverExpires: false,
      noPreauth: o.noPreauth === true,
      adminCount: ADMIN_COUNT.has(p.sam) ? 1 : undefined
    };
    users.push(u);
    byHandle.set(p.handle, u);
  }

  for (const s of NON_STAFF) {
    const dn = `CN=${s.sam},${s.container ?? SERVICE_OU}`;
    users.push({
      handle: s.sam,
      dn,
      enabled: s.enabled ?? true,
      name: s.sam,
      guid: r.uuid(),
      sam: s.sam,
      sid: `${ORG.domainSid}-${s.rid ?? nextRid++}`,
      upn: s.upn ?? (s.rid ? undefined : `${s.sam}@${ORG.adDomain}`),
      displayName: s.displayName,
      email: s.email,
      description: s.description,
      created: at(`${s.created}T09:00:00`),
      lastLogon: s.lastLogon ? at(s.lastLogon) : null,
      passwordLastSet: s.passwordLastSet === 0 ? 0 : at(s.passwordLastSet),
      passwordNeverExpires: s.passwordNeverExpires === true,
      passwordNotRequired: s.passwordNotRequired === true,
      trustedForDelegation: s.trustedForDelegation === true,
      spns: s.spns ?? [],
      adminCount: ADMIN_COUNT.has(s.sam) ? 1 : undefined
    });
    byHandle.set(s.sam, users[users.length - 1]);
  }

  // Groups, then members, then each user's MemberOf from the direct memberships.
  const groups = GROUPS.map(([name, container, sid]) => ({
    name,
    dn: `CN=${name},${container}`,
    guid: r.uuid(),
    sid: sid.startsWith('rid:') ? `${ORG.domainSid}-${sid.slice(4)}` : sid,
    sam: name,
    members: []
  }));
  const groupByName = new Map(groups.map((g) => [g.name, g]));
  const userBySam = new Map(users.map((u) => [u.sam, u]));
  for (const g of groups) {
    for (const m of MEMBERSHIP[g.name] ?? []) {
      if (m.startsWith('group:')) {
        const inner = groupByName.get(m.slice(6));
        g.members.push({
          dn: inner.dn,
          name: inner.name,
          objectClass: 'group',
          guid: inner.guid,
          sam: inner.sam,
          sid: inner.sid
        });
      } else {
        const u = userBySam.get(m);
        g.members.push({
          dn: u.dn,
          name: u.name,
          objectClass: 'user',
          guid: u.guid,
          sam: u.sam,
          sid: u.sid
        });
        (u.memberOf ??= []).push(g.dn);
      }
    }
  }
  return { users, groups, byHandle };
}
