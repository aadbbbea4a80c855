/**
 * sample-data/README.md, "Who is where": the counts and links it states hold in the files.
 * Expected figures come from the README (worked out by hand); the checks recount the files.
 */
import { describe, expect, it } from 'vitest';
import {
  EXPORT,
  graph,
  local,
  sampleCsv,
  sampleDataFiles,
  sampleJson,
  sampleText,
  type Obj
} from './sample-files';

describe('sample-data README: who is where', () => {
  it('Entra has 64 users: 58 staff and svc-scanner synced from AD, 2 break-glass, 3 guests', () => {
    const users = graph('entra-users.json');
    expect(users).toHaveLength(64);
    expect(users.filter((u) => u.userType === 'Guest')).toHaveLength(3);
    expect(users.filter((u) => u.onPremisesImmutableId)).toHaveLength(59);
    expect(users.filter((u) => !u.accountEnabled).map((u) => local(u.userPrincipalName))).toEqual([
      'kevin.marsh'
    ]);
    expect(sampleCsv('entra-users.csv').rows).toHaveLength(64);
    expect(graph('entra-registration-details.json')).toHaveLength(64);
    for (const g of users.filter((u) => u.userType === 'Guest'))
      expect(g.userPrincipalName).toContain('#EXT#@northwindmeridian.onmicrosoft.com');
  });

  it('the other files hold the counts the README gives', () => {
    expect(graph('entra-role-assignments.json')).toHaveLength(10);
    expect(graph('entra-eligibility.json')).toHaveLength(5);
    expect(graph('entra-service-principals.json')).toHaveLength(6);
    expect(graph('entra-signins.json')).toHaveLength(266);
    expect(sampleCsv('aws-credential-report.csv').rows).toHaveLength(19);
    const authz = sampleJson<Record<string, Obj[]>>('aws-authorization-details.json');
    expect([
      authz.UserDetailList.length,
      authz.GroupDetailList.length,
      authz.RoleDetailList.length,
      authz.Policies.length
    ]).toEqual([18, 4, 7, 12]);
    expect(sampleJson<{ Records: Obj[] }>('cloudtrail.json').Records).toHaveLength(24);
    expect(sampleJson<Obj[]>('okta-users.json')).toHaveLength(53);
    expect(sampleJson<Obj[]>('okta-factors.json')).toHaveLength(53);
    expect(sampleJson<Obj[]>('okta-admin-roles.json')).toHaveLength(6);
    expect(sampleJson<Obj[]>('okta-system-log.json')).toHaveLength(150);
    expect(sampleCsv('google-users.csv').rows).toHaveLength(9);
    expect(sampleJson<{ users: Obj[] }>('google-users.json').users).toHaveLength(9);
    expect(sampleCsv('ad-users.csv').rows).toHaveLength(66);
    expect(sampleCsv('ad-group-members.csv').rows).toHaveLength(18);
    expect(sampleJson<{ bindings: Obj[] }>('gcp-iam-policy.json').bindings).toHaveLength(9);
    expect(sampleJson<{ bindings: Obj[] }>('gcp-org-iam-policy.json').bindings).toHaveLength(4);
    expect(sampleJson<Obj[]>('gcp-sa-keys.json')).toHaveLength(6);
  });

  it('the same person links across systems by e-mail, sAMAccountName and onPremisesImmutableId', () => {
    const ad = new Map(sampleCsv('ad-users.csv').rows.map((r) => [r.SamAccountName, r]));
    for (const u of graph('entra-users.json').filter((x) => x.onPremisesImmutableId)) {
      const a = ad.get(u.onPremisesSamAccountName)!;
      expect(a.UserPrincipalName).toBe(u.userPrincipalName);
      // Entra Connect's source anchor: objectGUID bytes in .NET order, base64.
      const g = a.ObjectGUID.replaceAll('-', '');
      const hex =
        g.slice(6, 8) +
        g.slice(4, 6) +
        g.slice(2, 4) +
        g.slice(0, 2) +
        g.slice(10, 12) +
        g.slice(8, 10) +
        g.slice(14, 16) +
        g.slice(12, 14) +
        g.slice(16);
      expect(Buffer.from(hex, 'hex').toString('base64')).toBe(u.onPremisesImmutableId);
    }
    const entraMails = new Set(graph('entra-users.json').map((u) => u.userPrincipalName));
    const oktaOrphans = sampleJson<Obj[]>('okta-users.json')
      .map((u) => u.profile.login)
      .filter((l) => !entraMails.has(l));
    expect(oktaOrphans.sort()).toEqual([
      'aaron.blake@northwindmeridian.example',
      'dev.test01@northwindmeridian.example',
      'sam.patel@nwm-contractors.example'
    ]);
    const awsOrphans = sampleCsv('aws-credential-report.csv')
      .rows.map((r) => r.user)
      .filter((u) => u !== '<root_account>' && !u.startsWith('svc-') && !entraMails.has(u));
    expect(awsOrphans.sort()).toEqual(['j.harper', 'tmp-vendor-audit']);
  });

  it('names include Cyrillic and Greek in UTF-8', () => {
    const names = graph('entra-users.json').map((u) => u.displayName);
    expect(names).toContain('Анна Соколова');
    expect(names).toContain('Νίκος Παπαδόπουλος');
    expect(sampleText('ad-users.csv')).toContain('"Анна Соколова"');
  });

  it('no activity timestamp lies on or after the export date 2026-11-15; only expiries do', () => {
    const EXPIRIES = new Set(['endDateTime', 'validBeforeTime']);
    const iso = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/;
    const late: string[] = [];
    const walk = (v: unknown, key: string, file: string) => {
      if (typeof v === 'string' && iso.test(v) && !EXPIRIES.has(key) && Date.parse(v) >= EXPORT)
        late.push(`${file} ${key} ${v}`);
      else if (Array.isArray(v)) v.forEach((x) => walk(x, key, file));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k, file);
    };
    for (const f of sampleDataFiles().filter((n) => n.endsWith('.json')))
      walk(sampleJson(f), '', f);
    for (const f of sampleDataFiles().filter((n) => n.endsWith('.csv'))) {
      for (const row of sampleCsv(f).rows)
        for (const [k, v] of Object.entries(row))
          walk(v.replace(/^(\d{4})\/(\d{2})\/(\d{2}) /, '$1-$2-$3T'), k, f);
    }
    expect(late).toEqual([]);
  });
});
