/**
 * Which roles and groups count as privileged or admin-equivalent in each system (SPEC §6),
 * matched by the vendors' stable identifiers first and by display name second.
 */
import type { Account, Group, Role } from '../model';

/** Entra directory roles the SPEC names, plus others Microsoft labels PRIVILEGED. */
const ENTRA_PRIVILEGED_NAMES = [
  'global administrator',
  'company administrator',
  'privileged role administrator',
  'privileged authentication administrator',
  'security administrator',
  'application administrator',
  'cloud application administrator',
  'exchange administrator',
  'sharepoint administrator',
  'user administrator',
  'authentication administrator',
  'conditional access administrator',
  'hybrid identity administrator',
  'intune administrator',
  'helpdesk administrator',
  'password administrator',
  'authentication policy administrator',
  'cloud device administrator',
  'domain name administrator',
  'external identity provider administrator',
  'directory writers',
  'partner tier2 support'
];
export const GLOBAL_ADMIN_TEMPLATE_ID = '62e90394-69f5-4237-9190-012177145e10';

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** True for the Entra Global Administrator role, by template id or name. */
export function isGlobalAdmin(role: Role): boolean {
  const ids = [
    role.nativeId,
    String(role.attrs?.templateId ?? ''),
    String(role.attrs?.roleTemplateId ?? '')
  ];
  if (ids.some((id) => id.toLowerCase() === GLOBAL_ADMIN_TEMPLATE_ID)) return true;
  const name = norm(role.name);
  return name === 'global administrator' || name === 'company administrator';
}

/** Entra: the role is privileged (Microsoft's marking or the SPEC list); such roles are admin-equivalent. */
export function isEntraPrivileged(role: Role): boolean {
  return role.privileged || isGlobalAdmin(role) || ENTRA_PRIVILEGED_NAMES.includes(norm(role.name));
}

/**
 * Microsoft Graph application permissions that let an app grant itself or others any role
 * (`definite`) or take over other apps that may hold such rights (`possible`).
 */
export const GRAPH_ESCALATION_PERMISSIONS: Readonly<Record<string, 'definite' | 'possible'>> = {
  'rolemanagement.readwrite.directory': 'definite',
  'approleassignment.readwrite.all': 'definite',
  'application.readwrite.all': 'possible',
  'directory.readwrite.all': 'possible',
  'serviceprincipalendpoint.readwrite.all': 'possible',
  'policy.readwrite.conditionalaccess': 'possible',
  'user.readwrite.all': 'possible',
  'group.readwrite.all': 'possible'
};

/** The Graph permission a role record stands for, if it is one (`…: RoleManagement.ReadWrite.Directory`). */
export function graphPermissionOf(role: Role): string | undefined {
  for (const text of [role.nativeId, role.name]) {
    const m = /([A-Za-z]+(?:\.[A-Za-z]+){1,3})\s*$/.exec(text);
    if (m && GRAPH_ESCALATION_PERMISSIONS[m[1].toLowerCase()]) return m[1];
  }
  return undefined;
}

/** GCP roles that are admin-equivalent at project or organization level (SPEC §6). */
export const GCP_ADMIN_ROLES = [
  'roles/owner',
  'roles/editor',
  'roles/resourcemanager.organizationAdmin',
  'roles/iam.securityAdmin'
];
export const GCP_PRIMITIVE_ROLES = ['roles/owner', 'roles/editor'];
/** Roles that let the holder act as a service account. */
export const GCP_IMPERSONATION_ROLES: Readonly<Record<string, 'definite' | 'possible'>> = {
  'roles/iam.serviceAccountTokenCreator': 'definite',
  'roles/iam.serviceAccountUser': 'possible'
};

/** The `roles/…` name of a GCP role record. */
export function gcpRoleName(role: Role): string {
  const m = /(roles\/[\w.]+|(?:projects|organizations)\/[^/]+\/roles\/[\w.]+)$/.exec(role.nativeId);
  return m ? m[1] : role.name;
}

/** Google Workspace super admin: the seeded admin role, or a role named so. */
export function isGoogleSuperAdmin(role: Role): boolean {
  return role.nativeId === '_SEED_ADMIN_ROLE' || /super\s*admin/i.test(role.name);
}

/** Active Directory privileged groups: well-known SIDs, then names. */
const AD_DOMAIN_RIDS = ['512', '518', '519'];
const AD_BUILTIN_SIDS = [
  'S-1-5-32-544',
  'S-1-5-32-548',
  'S-1-5-32-549',
  'S-1-5-32-550',
  'S-1-5-32-551'
];
const AD_PRIVILEGED_NAMES = [
  'domain admins',
  'enterprise admins',
  'schema admins',
  'administrators',
  'account operators',
  'backup operators',
  'server operators',
  'print operators'
];

function sidOf(record: Account | Group | Role): string | undefined {
  const attrs = record.attrs ?? {};
  for (const v of [
    attrs.sid,
    attrs.objectSid,
    attrs.SID,
    attrs.ObjectIdentifier,
    record.nativeId
  ]) {
    if (typeof v === 'string' && /S-1-5-/i.test(v)) return v.toUpperCase();
  }
  return undefined;
}

/** True for Domain/Enterprise/Schema Admins, Administrators and the Operators groups. */
export function isAdPrivilegedGroup(record: Group | Role): boolean {
  if ('privileged' in record && record.privileged) return true;
  const sid = sidOf(record);
  if (sid) {
    if (AD_BUILTIN_SIDS.some((s) => sid.endsWith(s))) return true;
    if (/S-1-5-21-[\d-]+$/.test(sid) && AD_DOMAIN_RIDS.some((rid) => sid.endsWith(`-${rid}`)))
      return true;
  }
  // SharpHound names groups `DOMAIN ADMINS@CORP.LOCAL`; LDAP exports give a DN or a plain name.
  const name = norm(record.name.replace(/@.*$/, '').replace(/^cn=([^,]+),.*$/i, '$1'));
  return AD_PRIVILEGED_NAMES.includes(name);
}
