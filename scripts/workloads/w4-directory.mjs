/**
 * W4's Active Directory: every employee, service accounts and the admin groups with nesting.
 * w4-entra.mjs synchronises it into Entra with the same identifiers, as in the demo.
 */
import { at, DAY } from './lib/time.mjs';

export const W4 = {
  domain: 'northwindmeridian.example',
  tenantDomain: 'northwindmeridian.onmicrosoft.com',
  tenantId: '5e7a2c91-3b4d-4f6e-9a8b-1c2d3e4f5a6b',
  adBaseDn: 'DC=corp,DC=northwindmeridian,DC=example',
  adDomain: 'corp.northwindmeridian.example',
  domainSid: 'S-1-5-21-2718281828-3141592653-1618033988'
};

export const NOW = at('2026-11-14T20:00:00');
const ADMIN_GROUPS = [
  ['Domain Admins', 'CN=Users', 'rid:512'],
  ['Enterprise Admins', 'CN=Users', 'rid:519'],
  ['Administrators', 'CN=Builtin', 'S-1-5-32-544'],
  ['Account Operators', 'CN=Builtin', 'S-1-5-32-548'],
  ['Backup Operators', 'CN=Builtin', 'S-1-5-32-551'],
  ['Server Operators', 'CN=Builtin', 'S-1-5-32-549'],
  ['Tier0-Operators', 'OU=Groups', 'rid:1201'],
  ['Helpdesk-Staff', 'OU=Groups', 'rid:1204']
];

export const count = (full, scale) => Math.max(1, Math.round(full * scale));
const member = (x, objectClass) => ({
  dn: x.dn,
  name: x.name,
  objectClass,
  guid: x.guid,
  sam: x.sam,
  sid: x.sid
});

/** AD users (employees, then services and built-ins) and the admin groups' direct members. */
export function buildW4Ad(r, people, scale) {
  let rid = 1104;
  const users = people.map((p) => ({
    handle: p.handle,
    dn: `CN=${p.displayName},OU=${p.department.replace(/[^A-Za-z]/g, '')},OU=Staff,${W4.adBaseDn}`,
    enabled: r.chance(0.97),
    given: p.given,
    surname: p.surname,
    name: p.displayName,
    guid: r.uuid(),
    sam: p.sam,
    sid: `${W4.domainSid}-${rid++}`,
    upn: p.email,
    displayName: p.displayName,
    email: p.email,
    title: p.title,
    department: p.department,
    created: p.hired - DAY,
    lastLogon: r.chance(0.05)
      ? r.chance(0.3)
        ? null
        : NOW - r.int(91, 700) * DAY
      : NOW - r.int(0, 20) * DAY,
    passwordLastSet: NOW - r.int(1, 400) * DAY,
    passwordNeverExpires: r.chance(0.02),
    noPreauth: r.chance(0.002)
  }));
  const services = [];
  for (let i = 0; i < count(300, scale); i++) {
    const sam = `svc-app${String(i + 1).padStart(3, '0')}`;
    services.push({
      handle: sam,
      dn: `CN=${sam},OU=Service Accounts,${W4.adBaseDn}`,
      enabled: true,
      name: sam,
      guid: r.uuid(),
      sam,
      sid: `${W4.domainSid}-${rid++}`,
      upn: `${sam}@${W4.adDomain}`,
      description: 'Application service account',
      created: NOW - r.int(200, 3000) * DAY,
      lastLogon: NOW - r.int(0, 200) * DAY,
      passwordLastSet: NOW - r.int(100, 3000) * DAY,
      passwordNeverExpires: true,
      trustedForDelegation: r.chance(0.02),
      spns: r.chance(0.15) ? [`HTTP/app${i + 1}.${W4.adDomain}`] : []
    });
  }
  const admin = {
    handle: 'Administrator',
    dn: `CN=Administrator,CN=Users,${W4.adBaseDn}`,
    enabled: true,
    name: 'Administrator',
    guid: r.uuid(),
    sam: 'Administrator',
    sid: `${W4.domainSid}-500`,
    description: 'Built-in account for administering the computer/domain',
    created: at('2016-02-01T09:00:00'),
    lastLogon: NOW - 400 * DAY,
    passwordLastSet: at('2016-02-01T10:00:00'),
    passwordNeverExpires: true,
    adminCount: 1
  };
  const all = [...users, ...services, admin];

  const groups = ADMIN_GROUPS.map(([name, container, sid]) => ({
    name,
    dn: `CN=${name},${container},${W4.adBaseDn}`,
    guid: r.uuid(),
    sid: sid.startsWith('rid:') ? `${W4.domainSid}-${sid.slice(4)}` : sid,
    sam: name,
    members: []
  }));
  const g = Object.fromEntries(groups.map((x) => [x.name, x]));
  const add = (group, u) => {
    group.members.push(member(u, 'user'));
    (u.memberOf ??= []).push(group.dn);
    u.adminCount = group.name === 'Helpdesk-Staff' ? u.adminCount : 1;
  };
  g['Domain Admins'].members.push(member(g['Tier0-Operators'], 'group'));
  g.Administrators.members.push(
    member(g['Domain Admins'], 'group'),
    member(g['Enterprise Admins'], 'group')
  );
  add(g['Domain Admins'], admin);
  add(g['Enterprise Admins'], admin);
  for (const [name, n] of [
    ['Domain Admins', 8],
    ['Tier0-Operators', 15],
    ['Account Operators', 5],
    ['Server Operators', 3],
    ['Helpdesk-Staff', 40]
  ]) {
    for (let i = 0; i < count(n, scale); i++) add(g[name], r.pick(users));
  }
  for (let i = 0; i < count(5, scale); i++) add(g['Backup Operators'], r.pick(services));
  for (const x of groups) x.members = [...new Map(x.members.map((m) => [m.dn, m])).values()];
  for (const u of all) if (u.memberOf) u.memberOf = [...new Set(u.memberOf)];
  return { users: all, groups, byHandle: new Map(all.map((u) => [u.handle, u])) };
}
