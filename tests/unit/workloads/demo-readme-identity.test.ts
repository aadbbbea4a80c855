/**
 * sample-data/README.md, planted identity problems in Entra, Okta and Google. Expected names and
 * figures come from the README; the checks recount them from the files.
 */
import { describe, expect, it } from 'vitest';
import { DORMANT, EXPORT, graph, local, sampleCsv, sampleJson, type Obj } from './sample-files';

describe('sample-data README: identity problems', () => {
  const reg = new Map(
    graph('entra-registration-details.json').map((r) => [
      local(r.userPrincipalName),
      r.methodsRegistered as string[]
    ])
  );
  const GA = '62e90394-69f5-4237-9190-012177145e10';

  it('Global Administrators: 3 permanent, 1 eligible', () => {
    const permanent = graph('entra-role-assignments.json')
      .filter((a) => a.roleDefinitionId === GA)
      .map((a) => local(a.principal.userPrincipalName));
    expect(permanent.sort()).toEqual(['breakglass01', 'breakglass02', 'tomasz.wojcik']);
    const eligible = graph('entra-eligibility.json')
      .filter((a) => a.roleDefinitionId === GA)
      .map((a) => local(a.principal.userPrincipalName));
    expect(eligible).toEqual(['priya.raman']);
  });

  it('a guest and a service principal hold privileged roles', () => {
    const roles = graph('entra-role-assignments.json');
    const guest = roles.find((a) => a.principal.userType === 'Guest')!;
    expect([local(guest.principal.userPrincipalName), guest.roleDefinitionId]).toEqual([
      'jordan.ellis',
      'fe930be7-5e62-47db-91af-98c3a49a38b1'
    ]);
    const sp = roles.find(
      (a) => a.principal['@odata.type'] === '#microsoft.graph.servicePrincipal'
    )!;
    expect([sp.principal.displayName, sp.roleDefinitionId]).toEqual([
      'NWM Identity Sync Tool',
      'e8611ab8-c189-46e8-94e1-60213ab1f814'
    ]);
  });

  it('8 Entra users have no MFA method, 7 only SMS, 14 a phishing-resistant method', () => {
    const mfa = new Set([
      'fido2SecurityKey',
      'windowsHelloForBusiness',
      'passKeyDeviceBound',
      'microsoftAuthenticatorPasswordless',
      'microsoftAuthenticatorPush',
      'softwareOneTimePasscode',
      'mobilePhone'
    ]);
    const none = [...reg].filter(([, m]) => !m.some((x) => mfa.has(x))).map(([u]) => u);
    expect(none.sort()).toEqual([
      'breakglass02',
      'daniel.brooks',
      'helena.kowalski',
      'leo.grant',
      'owen.gallagher',
      'ruth.ambrose',
      'svc-scanner',
      'tara.quinn'
    ]);
    const sms = [...reg]
      .filter(([, m]) => m.length === 1 && m[0] === 'mobilePhone')
      .map(([u]) => u);
    expect(sms.sort()).toEqual([
      'bianca.ferreira',
      'carlos.mendes',
      'george.evans',
      'kofi.mensah',
      'marcus.reid',
      'mateo.silva',
      'zoe.campbell'
    ]);
    const strong = [...reg].filter(([, m]) =>
      m.some((x) =>
        ['fido2SecurityKey', 'windowsHelloForBusiness', 'passKeyDeviceBound'].includes(x)
      )
    );
    expect(strong).toHaveLength(14);
    expect(reg.get('priya.raman')).toContain('fido2SecurityKey');
    expect(reg.get('breakglass01')).toEqual(['fido2SecurityKey']);
  });

  it('dormant Entra accounts are the five the README names', () => {
    const dormant = graph('entra-users.json')
      .filter((u) => u.accountEnabled)
      .filter((u) => {
        const last = u.signInActivity?.lastSignInDateTime;
        return last ? Date.parse(last) < DORMANT : Date.parse(u.createdDateTime) < DORMANT;
      })
      .map((u) => local(u.userPrincipalName));
    expect(dormant.sort()).toEqual([
      'breakglass02',
      'leo.grant',
      'mira.kapoor',
      'ruth.ambrose',
      'tara.quinn'
    ]);
  });

  it('service principal secrets: two expired, three valid for more than a year', () => {
    const secrets = graph('entra-service-principals.json').flatMap((sp) =>
      sp.passwordCredentials.map((c: Obj) => ({ sp: sp.displayName, ...c }))
    );
    expect(
      secrets
        .filter((s) => Date.parse(s.endDateTime) < EXPORT)
        .map((s) => s.sp)
        .sort()
    ).toEqual(['NWM Payroll Connector', 'NWM Reporting']);
    const long = secrets.filter(
      (s) => Date.parse(s.endDateTime) - Date.parse(s.startDateTime) > 366 * 86_400_000
    );
    expect(long.map((s) => s.sp).sort()).toEqual([
      'Fleet Telematics API',
      'NWM Backup Automation',
      'NWM Identity Sync Tool'
    ]);
  });

  it('the leaver kevin.marsh is disabled in AD and Entra but active in AWS and Okta', () => {
    const ad = sampleCsv('ad-users.csv').rows.find((r) => r.SamAccountName === 'kmarsh')!;
    expect(ad.Enabled).toBe('False');
    const aws = sampleCsv('aws-credential-report.csv').rows.find((r) =>
      r.user.startsWith('kevin.marsh')
    )!;
    expect([aws.access_key_1_active, aws.access_key_1_last_used_date]).toEqual([
      'true',
      '2026-11-14T03:12:00+00:00'
    ]);
    const okta = sampleJson<Obj[]>('okta-users.json').find((u) =>
      u.profile.login.startsWith('kevin.marsh')
    )!;
    expect(okta.status).toBe('ACTIVE');
    const roles = sampleJson<Obj[]>('okta-admin-roles.json').find((x) =>
      x.login.startsWith('kevin.marsh')
    )!;
    expect(roles.roles[0].type).toBe('APP_ADMIN');
    const attempts = graph('entra-signins.json').filter((e) =>
      e.userPrincipalName.startsWith('kevin.marsh')
    );
    expect(attempts.map((e) => e.status.errorCode)).toEqual([50057, 50057]);
  });

  it('Okta: sam.patel is an orphan Super Administrator with only a security question', () => {
    const roles = sampleJson<Obj[]>('okta-admin-roles.json').filter((x) =>
      x.roles.some((r: Obj) => r.type === 'SUPER_ADMIN')
    );
    expect(roles.map((x) => x.login).sort()).toEqual([
      'sam.patel@nwm-contractors.example',
      'tomasz.wojcik@northwindmeridian.example'
    ]);
    const factors = sampleJson<Obj[]>('okta-factors.json').find((x) =>
      x.login.startsWith('sam.patel')
    )!;
    expect(factors.factors.map((f: Obj) => f.factorType)).toEqual(['question']);
    const grant = sampleJson<Obj[]>('okta-system-log.json').find(
      (e) => e.eventType === 'user.account.privilege.grant'
    )!;
    expect([grant.actor.alternateId, grant.target[0].alternateId]).toEqual([
      'tomasz.wojcik@northwindmeridian.example',
      'sam.patel@nwm-contractors.example'
    ]);
  });

  it('Okta: 7 users have no active MFA factor', () => {
    const noMfa = sampleJson<Obj[]>('okta-factors.json')
      .filter(
        (x) =>
          !x.factors.some(
            (f: Obj) => f.status === 'ACTIVE' && !['email', 'question'].includes(f.factorType)
          )
      )
      .map((x) => local(x.login));
    expect(noMfa.sort()).toEqual([
      'daniel.brooks',
      'dev.test01',
      'helena.kowalski',
      'owen.gallagher',
      'ruth.ambrose',
      'sam.patel',
      'tara.quinn'
    ]);
  });

  it('Google: tomasz.wojcik is a super admin without 2-step verification', () => {
    const users = sampleJson<{ users: Obj[] }>('google-users.json').users;
    const admins = users
      .filter((u) => u.isAdmin)
      .map((u) => [local(u.primaryEmail), u.isEnrolledIn2Sv]);
    expect(admins).toEqual([
      ['nikos.papadopoulos', true],
      ['tomasz.wojcik', false]
    ]);
    const csv = sampleCsv('google-users.csv').rows.find((r) =>
      r['Email Address [Required]'].startsWith('tomasz')
    )!;
    expect(csv['2sv Enrolled [READ ONLY]']).toBe('False');
  });
});
