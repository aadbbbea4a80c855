/**
 * AWS exports: the IAM credential report (CSV), `aws iam get-account-authorization-details`
 * (JSON, as the CLI prints it) and CloudTrail `Records` files. Column and key names follow
 * the IAM and CloudTrail documentation and the real files in ../shared/real-exports.
 */
import { csvLine } from '../lib/out.mjs';
import { awsTime, isoSeconds } from '../lib/time.mjs';

export const CREDENTIAL_REPORT_HEADER = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated'
];

const t = (ms, none = 'N/A') => (typeof ms === 'number' ? awsTime(ms) : (ms ?? none));

function keyCells(key) {
  if (!key) return ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
  const used = typeof key.lastUsed === 'number';
  return [
    String(key.active),
    awsTime(key.rotated),
    used ? awsTime(key.lastUsed) : 'N/A',
    used ? key.region : 'N/A',
    used ? key.service : 'N/A'
  ];
}

/**
 * One credential-report row. `r`: name, arn, created, root?, passwordEnabled,
 * passwordLastUsed (ms, or 'no_information' for never), passwordLastChanged, mfa, keys[0..1]
 * {active, rotated, lastUsed, region, service}.
 */
export function credentialReportRow(r) {
  const root = r.root === true;
  const pw = root ? 'not_supported' : String(r.passwordEnabled);
  const pwUsed = r.passwordEnabled || root ? t(r.passwordLastUsed, 'no_information') : 'N/A';
  return csvLine([
    root ? '<root_account>' : r.name,
    r.arn,
    awsTime(r.created),
    pw,
    pwUsed,
    root ? 'not_supported' : r.passwordEnabled ? t(r.passwordLastChanged) : 'N/A',
    root ? 'not_supported' : 'N/A',
    String(r.mfa),
    ...keyCells(r.keys?.[0]),
    ...keyCells(r.keys?.[1]),
    'false',
    'N/A',
    'false',
    'N/A'
  ]);
}

/** The credential report as the console downloads it (the API returns the same bytes). */
export function credentialReportCsv(rows) {
  return [csvLine(CREDENTIAL_REPORT_HEADER), ...rows.map(credentialReportRow)].join('\n') + '\n';
}

const ref = (p) => ({ PolicyName: p.name, PolicyArn: p.arn });
const inline = (p) => ({ PolicyName: p.name, PolicyDocument: p.document });

/** One `UserDetailList` item. */
export function userDetail(u) {
  return {
    Path: u.path ?? '/',
    UserName: u.name,
    UserId: u.id,
    Arn: u.arn,
    CreateDate: awsTime(u.created),
    ...(u.inline?.length ? { UserPolicyList: u.inline.map(inline) } : {}),
    GroupList: u.groups ?? [],
    AttachedManagedPolicies: (u.attached ?? []).map(ref),
    Tags: u.tags ?? []
  };
}

/** One `GroupDetailList` item. */
export function groupDetail(g) {
  return {
    Path: '/',
    GroupName: g.name,
    GroupId: g.id,
    Arn: g.arn,
    CreateDate: awsTime(g.created),
    GroupPolicyList: (g.inline ?? []).map(inline),
    AttachedManagedPolicies: (g.attached ?? []).map(ref)
  };
}

/** One `RoleDetailList` item; `RoleLastUsed` is `{}` for a role never used. */
export function roleDetail(r) {
  return {
    Path: r.path ?? '/',
    RoleName: r.name,
    RoleId: r.id,
    Arn: r.arn,
    CreateDate: awsTime(r.created),
    AssumeRolePolicyDocument: r.trust,
    InstanceProfileList: (r.instanceProfiles ?? []).map((ip) => ({
      Path: '/',
      InstanceProfileName: ip.name,
      InstanceProfileId: ip.id,
      Arn: ip.arn,
      CreateDate: awsTime(ip.created),
      Roles: []
    })),
    RolePolicyList: (r.inline ?? []).map(inline),
    AttachedManagedPolicies: (r.attached ?? []).map(ref),
    Tags: r.tags ?? [],
    RoleLastUsed: r.lastUsed ? { LastUsedDate: awsTime(r.lastUsed), Region: r.lastUsedRegion } : {}
  };
}

/** One `Policies` item with every version; only the default one has effect (SPEC §5). */
export function policyDetail(p) {
  const versions = p.versions ?? [{ id: 'v1', document: p.document, created: p.created }];
  const def = p.defaultVersion ?? versions[versions.length - 1].id;
  return {
    PolicyName: p.name,
    PolicyId: p.id,
    Arn: p.arn,
    Path: p.path ?? '/',
    DefaultVersionId: def,
    AttachmentCount: p.attachmentCount,
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    CreateDate: awsTime(p.created),
    UpdateDate: awsTime(p.updated ?? versions[versions.length - 1].created),
    PolicyVersionList: versions.map((v) => ({
      Document: v.document,
      VersionId: v.id,
      IsDefaultVersion: v.id === def,
      CreateDate: awsTime(v.created)
    }))
  };
}

/**
 * One CloudTrail record. `e`: time, id, requestId, identity {type, name, arn, principalId,
 * accessKeyId, mfa, sessionCreated, issuer}, source, name, region, ip, ua, request, response, additional, errorCode,
 * errorMessage, readOnly, eventType, accountId.
 */
export function cloudTrailRecord(e) {
  const identity = {
    type: e.identity.type,
    principalId: e.identity.principalId,
    arn: e.identity.arn,
    // A caller from another account names its own account here.
    accountId: e.identity.accountId ?? e.accountId
  };
  if (e.identity.accessKeyId) identity.accessKeyId = e.identity.accessKeyId;
  if (e.identity.name) identity.userName = e.identity.name;
  if (e.identity.sessionCreated) {
    identity.sessionContext = {
      sessionIssuer: e.identity.issuer ?? {},
      webIdFederationData: {},
      attributes: {
        creationDate: isoSeconds(e.identity.sessionCreated),
        mfaAuthenticated: String(e.identity.mfa === true)
      }
    };
  }
  const record = {
    eventVersion: '1.08',
    userIdentity: identity,
    eventTime: isoSeconds(e.time),
    eventSource: e.source,
    eventName: e.name,
    awsRegion: e.region,
    sourceIPAddress: e.ip,
    userAgent: e.ua
  };
  if (e.errorCode) record.errorCode = e.errorCode;
  if (e.errorMessage) record.errorMessage = e.errorMessage;
  record.requestParameters = e.request ?? null;
  record.responseElements = e.response ?? null;
  if (e.additional) record.additionalEventData = e.additional;
  record.requestID = e.requestId;
  record.eventID = e.id;
  record.readOnly = e.readOnly === true;
  record.eventType = e.eventType ?? 'AwsApiCall';
  record.managementEvent = true;
  record.recipientAccountId = e.accountId;
  record.eventCategory = 'Management';
  return record;
}
