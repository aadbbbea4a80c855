/**
 * The demo files are in the vendors' formats: CSV headers as the vendors document them (lists
 * copied here from the documentation and real downloads, not from the generator), JSON with
 * the documented keys.
 */
import { describe, expect, it } from 'vitest';
import { csvBody, sampleCsv, sampleDataFiles, sampleJson, sampleText } from './sample-files';

type Obj = Record<string, unknown>;
type Graph = { '@odata.context': string; value: Obj[] };

const ENTRA_PORTAL_USERS =
  'userPrincipalName,displayName,surname,mail,givenName,id,userType,jobTitle,department,accountEnabled,usageLocation,streetAddress,state,country,officeLocation,city,postalCode,telephoneNumber,mobilePhone,alternateEmailAddress,ageGroup,consentProvidedForMinor,legalAgeGroupClassification,companyName,creationType,directorySynced,invitationState,identityIssuer,createdDateTime';
const AWS_CREDENTIAL_REPORT =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
const GOOGLE_USERS =
  'First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required],New Primary Email [UPLOAD ONLY],Status [READ ONLY],Last Sign In [READ ONLY],Recovery Email,Home Secondary Email,Work Secondary Email,Recovery Phone [MUST BE IN THE E.164 FORMAT],Work Phone,Home Phone,Mobile Phone,Work Address,Home Address,Employee ID,Employee Type,Employee Title,Manager Email,Department,Cost Center,2sv Enrolled [READ ONLY],2sv Enforced [READ ONLY],Building ID,Floor Name,Floor Section,Email Usage [READ ONLY],Drive Usage [READ ONLY],Photos Usage [READ ONLY],Storage limit [READ ONLY],Storage Used [READ ONLY],Change Password at Next Sign-In,New Status [UPLOAD ONLY],Advanced Protection Program enrollment';

describe('sample-data CSV files', () => {
  it('entra-users.csv has the portal "Download users" header', () => {
    expect(sampleCsv('entra-users.csv').header.join(',')).toBe(ENTRA_PORTAL_USERS);
  });

  it('aws-credential-report.csv has the IAM credential report header and a root row', () => {
    const { header, rows } = sampleCsv('aws-credential-report.csv');
    expect(header.join(',')).toBe(AWS_CREDENTIAL_REPORT);
    expect(rows[0].user).toBe('<root_account>');
    expect(rows[0].password_enabled).toBe('not_supported');
  });

  it('google-users.csv has the admin console download header', () => {
    expect(sampleCsv('google-users.csv').header.join(',')).toBe(GOOGLE_USERS);
  });

  it('ad-users.csv is Windows PowerShell 5.1 Export-Csv output: BOM, #TYPE line, all quoted, CRLF', () => {
    const text = sampleText('ad-users.csv');
    expect(
      text.startsWith('\uFEFF#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser\r\n')
    ).toBe(true);
    const lines = csvBody(text).split('\r\n').filter(Boolean);
    for (const line of lines) expect(line.startsWith('"') && line.endsWith('"')).toBe(true);
    const { header } = sampleCsv('ad-users.csv');
    for (const col of [
      'SamAccountName',
      'UserPrincipalName',
      'ObjectGUID',
      'SID',
      'Enabled',
      'ServicePrincipalName',
      'MemberOf',
      'userAccountControl',
      'adminCount',
      'DoesNotRequirePreAuth',
      'lastLogonTimestamp',
      'pwdLastSet'
    ]) {
      expect(header).toContain(col);
    }
  });

  it('ad-group-members.csv has the Get-ADGroupMember properties and the group name', () => {
    const text = sampleText('ad-group-members.csv');
    expect(
      text.startsWith('\uFEFF#TYPE Selected.Microsoft.ActiveDirectory.Management.ADPrincipal\r\n')
    ).toBe(true);
    expect(sampleCsv('ad-group-members.csv').header).toEqual([
      'GroupName',
      'distinguishedName',
      'name',
      'objectClass',
      'objectGUID',
      'SamAccountName',
      'SID'
    ]);
  });

  it('every CSV row has as many cells as its header', () => {
    for (const name of sampleDataFiles().filter((f) => f.endsWith('.csv'))) {
      const { header, rows } = sampleCsv(name);
      for (const row of rows) expect(Object.keys(row)).toHaveLength(header.length);
    }
  });
});

describe('sample-data JSON files', () => {
  it('every JSON file parses', () => {
    for (const name of sampleDataFiles().filter((f) => f.endsWith('.json'))) {
      expect(() => sampleJson(name), name).not.toThrow();
    }
  });

  it('Graph files are collections with the documented @odata.context and keys', () => {
    const cases: [string, string, string[]][] = [
      [
        'entra-users.json',
        '#users(',
        ['id', 'userPrincipalName', 'userType', 'accountEnabled', 'onPremisesImmutableId']
      ],
      [
        'entra-registration-details.json',
        '#reports/authenticationMethods/userRegistrationDetails',
        ['id', 'userPrincipalName', 'isMfaRegistered', 'methodsRegistered', 'isAdmin', 'userType']
      ],
      [
        'entra-role-assignments.json',
        '#roleManagement/directory/roleAssignments',
        ['id', 'principalId', 'roleDefinitionId', 'directoryScopeId', 'principal']
      ],
      [
        'entra-eligibility.json',
        '#roleManagement/directory/roleEligibilityScheduleInstances',
        ['id', 'principalId', 'roleDefinitionId', 'startDateTime', 'endDateTime', 'memberType']
      ],
      [
        'entra-service-principals.json',
        '#servicePrincipals',
        [
          'id',
          'appId',
          'displayName',
          'servicePrincipalType',
          'passwordCredentials',
          'keyCredentials'
        ]
      ],
      [
        'entra-signins.json',
        '#auditLogs/signIns',
        [
          'id',
          'createdDateTime',
          'userPrincipalName',
          'ipAddress',
          'status',
          'location',
          'clientAppUsed'
        ]
      ]
    ];
    for (const [name, context, keys] of cases) {
      const doc = sampleJson<Graph>(name);
      expect(doc['@odata.context'].startsWith('https://graph.microsoft.com/v1.0/$metadata')).toBe(
        true
      );
      expect(doc['@odata.context']).toContain(context);
      for (const item of doc.value)
        for (const k of keys) expect(item, `${name} ${k}`).toHaveProperty(k);
    }
  });

  it('registration details write userType in lower case, unlike /users', () => {
    const types = new Set(
      sampleJson<Graph>('entra-registration-details.json').value.map((r) => r.userType)
    );
    expect([...types].sort()).toEqual(['guest', 'member']);
  });

  it('aws-authorization-details.json has the four lists of get-account-authorization-details', () => {
    const doc = sampleJson<Record<string, Obj[]>>('aws-authorization-details.json');
    expect(Object.keys(doc)).toEqual([
      'UserDetailList',
      'GroupDetailList',
      'RoleDetailList',
      'Policies'
    ]);
    for (const r of doc.RoleDetailList) expect(r).toHaveProperty('AssumeRolePolicyDocument');
    for (const p of doc.Policies)
      expect((p.PolicyVersionList as Obj[]).filter((v) => v.IsDefaultVersion)).toHaveLength(1);
  });

  it('cloudtrail.json is a Records file with ConsoleLogin events carrying MFAUsed', () => {
    const records = sampleJson<{ Records: Obj[] }>('cloudtrail.json').Records;
    const logins = records.filter((r) => r.eventName === 'ConsoleLogin');
    expect(logins.length).toBeGreaterThan(0);
    for (const r of logins) expect(['Yes', 'No']).toContain((r.additionalEventData as Obj).MFAUsed);
  });

  it('Okta files have the /api/v1 shapes', () => {
    for (const u of sampleJson<Obj[]>('okta-users.json')) {
      expect(u).toHaveProperty('status');
      expect((u.profile as Obj).login).toBeTruthy();
    }
    for (const x of sampleJson<Obj[]>('okta-factors.json')) {
      for (const f of x.factors as Obj[])
        expect(Object.keys(f)).toEqual(
          expect.arrayContaining(['id', 'factorType', 'provider', 'status'])
        );
    }
    for (const x of sampleJson<Obj[]>('okta-admin-roles.json')) {
      for (const r of x.roles as Obj[])
        expect(Object.keys(r)).toEqual(
          expect.arrayContaining(['id', 'label', 'type', 'status', 'assignmentType'])
        );
    }
    for (const e of sampleJson<Obj[]>('okta-system-log.json')) {
      expect(Object.keys(e)).toEqual(
        expect.arrayContaining(['uuid', 'published', 'eventType', 'actor', 'client', 'outcome'])
      );
    }
  });

  it('GCP files have gcloud shapes', () => {
    for (const name of ['gcp-iam-policy.json', 'gcp-org-iam-policy.json']) {
      const policy = sampleJson<{ bindings: { role: string; members: string[] }[]; etag: string }>(
        name
      );
      expect(policy.etag).toMatch(/^Bw/);
      for (const b of policy.bindings) expect(b.role.startsWith('roles/')).toBe(true);
    }
    for (const k of sampleJson<Obj[]>('gcp-sa-keys.json')) {
      expect(k.name).toMatch(/^projects\/[^/]+\/serviceAccounts\/[^/]+\/keys\/[0-9a-f]{40}$/);
      expect(['USER_MANAGED', 'SYSTEM_MANAGED']).toContain(k.keyType);
    }
  });

  it('google-users.json is a Directory API users.list page', () => {
    const page = sampleJson<{ kind: string; users: Obj[] }>('google-users.json');
    expect(page.kind).toBe('admin#directory#users');
    for (const u of page.users)
      expect(Object.keys(u)).toEqual(
        expect.arrayContaining([
          'primaryEmail',
          'isAdmin',
          'isEnrolledIn2Sv',
          'lastLoginTime',
          'suspended'
        ])
      );
  });
});
