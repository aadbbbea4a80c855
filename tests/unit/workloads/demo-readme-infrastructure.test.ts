/**
 * sample-data/README.md, planted problems in AWS, Active Directory and Google Cloud. Expected
 * names come from the README; the checks read them from the files.
 */
import { describe, expect, it } from 'vitest';
import { DORMANT, local, sampleCsv, sampleJson, type Obj } from './sample-files';

describe('sample-data README: infrastructure problems', () => {
  it('AWS: root has an active key and no MFA; old keys and dormant users as listed', () => {
    const rows = sampleCsv('aws-credential-report.csv').rows;
    const root = rows[0];
    expect([root.user, root.mfa_active, root.access_key_1_active]).toEqual([
      '<root_account>',
      'false',
      'true'
    ]);
    const old = rows.filter((r) =>
      [1, 2].some(
        (i) =>
          r[`access_key_${i}_active`] === 'true' &&
          Date.parse(r[`access_key_${i}_last_rotated`]) < DORMANT
      )
    );
    expect(old.map((r) => local(r.user)).sort()).toEqual([
      '<root_account>',
      'j.harper',
      'kevin.marsh',
      'rahul.mehta',
      'svc-backup-s3',
      'svc-legacy-etl',
      'tmp-vendor-audit',
      'tomasz.wojcik'
    ]);
    const lastUse = (r: Record<string, string>) =>
      Math.max(
        ...['password_last_used', 'access_key_1_last_used_date', 'access_key_2_last_used_date']
          .map((k) => Date.parse(r[k]))
          .filter((t) => !Number.isNaN(t)),
        -Infinity
      );
    const dormant = rows
      .filter((r) => r.user !== '<root_account>')
      .filter((r) => {
        const last = lastUse(r);
        return last === -Infinity ? Date.parse(r.user_creation_time) < DORMANT : last < DORMANT;
      });
    expect(dormant.map((r) => local(r.user)).sort()).toEqual([
      'alex.novak',
      'ivan.horvat',
      'svc-legacy-etl',
      'tmp-vendor-audit'
    ]);
  });

  it('AWS: the human IAM users without MFA are the six the README names', () => {
    const rows = sampleCsv('aws-credential-report.csv').rows;
    const humans = rows.filter((r) => r.password_enabled === 'true' && r.mfa_active === 'false');
    expect(humans.map((r) => local(r.user)).sort()).toEqual([
      'alex.novak',
      'ivan.horvat',
      'j.harper',
      'marcus.reid',
      'rahul.mehta',
      'tmp-vendor-audit'
    ]);
  });

  it('AWS: PassRole + Lambda for rahul.mehta, iam:* for grace.liu, AdministratorAccess for tmp-vendor-audit', () => {
    const authz = sampleJson<Record<string, Obj[]>>('aws-authorization-details.json');
    const policy = (name: string) => authz.Policies.find((p) => p.PolicyName === name)!;
    const doc = (name: string) =>
      policy(name).PolicyVersionList.find((v: Obj) => v.IsDefaultVersion).Document;
    const user = (name: string) => authz.UserDetailList.find((u) => u.UserName.startsWith(name))!;
    const attached = (name: string) =>
      user(name).AttachedManagedPolicies.map((p: Obj) => p.PolicyName);

    expect(attached('rahul.mehta')).toContain('NWM-LambdaDeployer');
    const actions = doc('NWM-LambdaDeployer').Statement.flatMap((s: Obj) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['iam:PassRole', 'lambda:CreateFunction']));
    const target = authz.RoleDetailList.find((r) => r.RoleName === 'lambda-exec-admin')!;
    expect(target.AssumeRolePolicyDocument.Statement[0].Principal.Service).toBe(
      'lambda.amazonaws.com'
    );
    expect(target.AttachedManagedPolicies.map((p: Obj) => p.PolicyName)).toEqual([
      'AdministratorAccess'
    ]);

    expect(attached('grace.liu')).toEqual(['NWM-OpsIamManager']);
    expect(doc('NWM-OpsIamManager').Statement).toEqual([
      { Sid: 'ManageIdentities', Effect: 'Allow', Action: 'iam:*', Resource: '*' }
    ]);
    expect(attached('tmp-vendor-audit')).toContain('AdministratorAccess');

    const legacy = policy('NWM-LegacyEtl');
    expect(legacy.DefaultVersionId).toBe('v2');
    expect(
      legacy.PolicyVersionList.find((v: Obj) => v.VersionId === 'v1').Document.Statement[0].Action
    ).toBe('*');
    const anyone = authz.RoleDetailList.find((r) => r.RoleName === 'legacy-partner-access')!;
    expect(anyone.AssumeRolePolicyDocument.Statement[0].Principal).toEqual({ AWS: '*' });
  });

  it('CloudTrail shows the root login without MFA, the escalation used and the admin grant', () => {
    const records = sampleJson<{ Records: Obj[] }>('cloudtrail.json').Records;
    const root = records.find(
      (r) => r.userIdentity.type === 'Root' && r.eventName === 'ConsoleLogin'
    )!;
    expect([root.eventTime, root.additionalEventData.MFAUsed]).toEqual([
      '2026-11-09T07:41:12Z',
      'No'
    ]);
    const create = records.find((r) => r.eventName === 'CreateFunction20150331')!;
    expect(create.requestParameters.role).toContain(':role/lambda-exec-admin');
    const grant = records.find((r) => r.eventName === 'AttachUserPolicy')!;
    expect(grant.requestParameters).toEqual({
      userName: 'tmp-vendor-audit',
      policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess'
    });
    const failed = records.filter(
      (r) => r.eventName === 'ConsoleLogin' && r.responseElements.ConsoleLogin === 'Failure'
    );
    expect(failed).toHaveLength(6);
  });

  it('AD: the dormant enabled accounts are Administrator, ruth.ambrose and tara.quinn', () => {
    // PowerShell writes en-US dates: M/D/YYYY h:mm:ss AM.
    const us = (s: string) => {
      const [, m, d, y, h, min, sec, ap] = /^(\d+)\/(\d+)\/(\d+) (\d+):(\d+):(\d+) (AM|PM)$/.exec(
        s
      )!;
      const hour = (Number(h) % 12) + (ap === 'PM' ? 12 : 0);
      return Date.UTC(Number(y), Number(m) - 1, Number(d), hour, Number(min), Number(sec));
    };
    const dormant = sampleCsv('ad-users.csv')
      .rows.filter((r) => r.Enabled === 'True')
      .filter((r) => (r.LastLogonDate ? us(r.LastLogonDate) : us(r.whenCreated)) < DORMANT)
      .map((r) => r.SamAccountName);
    expect(dormant.sort()).toEqual(['Administrator', 'rambrose', 'tquinn']);
  });

  it('AD: svc-sql is kerberoastable and transitively an Administrator; hiroshi.tanaka is AS-REP-roastable', () => {
    const ad = new Map(sampleCsv('ad-users.csv').rows.map((r) => [r.SamAccountName, r]));
    expect(ad.get('svc-sql')!.ServicePrincipalName).toMatch(/^MSSQLSvc\//);
    expect(ad.get('htanaka')!.DoesNotRequirePreAuth).toBe('True');
    expect(Number(ad.get('htanaka')!.userAccountControl) & 0x400000).toBe(0x400000);
    expect(ad.get('jdevries')!.adminCount).toBe('1');

    const members = sampleCsv('ad-group-members.csv').rows;
    const parents = (name: string) =>
      members.filter((m) => m.SamAccountName === name).map((m) => m.GroupName);
    const reach = (name: string): string[] => parents(name).flatMap((g) => [g, ...reach(g)]);
    expect(reach('svc-sql')).toContain('Administrators');
    expect(reach('mreid')).toEqual([
      'IT-Infra-Leads',
      'Tier0-Operators',
      'Domain Admins',
      'Administrators'
    ]);
    expect(reach('jdevries')).toEqual([]);
  });

  it('GCP: allUsers, a deleted principal and a token-creator path to an owner', () => {
    const bindings = sampleJson<{ bindings: { role: string; members: string[] }[] }>(
      'gcp-iam-policy.json'
    ).bindings;
    const role = (r: string) => bindings.find((b) => b.role === r)!.members;
    expect(role('roles/storage.objectViewer')).toEqual(['allUsers']);
    expect(
      role('roles/bigquery.dataEditor').some((m) => m.startsWith('deleted:user:aaron.blake@'))
    ).toBe(true);
    expect(role('roles/iam.serviceAccountTokenCreator')).toEqual([
      'user:quentin.moreau@northwindmeridian.example'
    ]);
    expect(role('roles/owner')).toContain(
      'serviceAccount:etl-runner@nwm-analytics-prod.iam.gserviceaccount.com'
    );
    const keys = sampleJson<Obj[]>('gcp-sa-keys.json').filter(
      (k) => k.keyType === 'USER_MANAGED' && k.validBeforeTime.startsWith('9999') && !k.disabled
    );
    expect(keys.map((k) => [k.name.split('/')[3], k.validAfterTime])).toEqual([
      ['etl-runner@nwm-analytics-prod.iam.gserviceaccount.com', '2023-02-01T10:15:00Z'],
      ['reporting-sa@nwm-analytics-prod.iam.gserviceaccount.com', '2026-09-10T13:40:00Z']
    ]);
  });
});
