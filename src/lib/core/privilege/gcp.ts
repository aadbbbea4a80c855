/**
 * Google Cloud IAM bindings: primitive roles, public and deleted principals, service-account
 * impersonation, and user-managed keys on privileged service accounts.
 */
import type { Assignment, RecordSet } from '../model';
import { GCP_IMPERSONATION_ROLES, GCP_PRIMITIVE_ROLES, gcpRoleName } from './catalogue';
import type { PrivilegeEdge } from './types';

export interface GcpPrivilege {
  assessed: boolean;
  /** Bindings of roles/owner or roles/editor, any principal. */
  primitive: Assignment[];
  /** Bindings to `allUsers` / `allAuthenticatedUsers`. */
  publicBindings: Assignment[];
  /** Bindings that still name a deleted principal. */
  deletedBindings: Assignment[];
  /** Bindings of the impersonation roles. */
  impersonation: Assignment[];
  /** Active user-managed keys of service accounts that are admin-equivalent. */
  privilegedKeys: { credentialId: string; accountId: string }[];
}

/** `allUsers` or `allAuthenticatedUsers`, in whatever id form the importer wrote. */
export function isPublicPrincipal(id: string): boolean {
  return /(^|:)(allUsers|allAuthenticatedUsers)$/i.test(id);
}

/** A `deleted:` principal (`deleted:serviceAccount:x@p.iam.gserviceaccount.com?uid=…`). */
export function isDeletedPrincipal(id: string): boolean {
  return /(^|:)deleted:/i.test(id);
}

function projectOf(scope: string | undefined): string | undefined {
  return scope ? /projects\/([^/]+)/.exec(scope)?.[1] : undefined;
}

function isServiceAccountEmail(s: string | undefined): s is string {
  return !!s && /\.gserviceaccount\.com$/i.test(s);
}

/** GCP facts and impersonation edges; `adminIds` are the admin-equivalent accounts. */
export function analyseGcp(
  records: RecordSet,
  adminIds: ReadonlySet<string>
): { gcp: GcpPrivilege; edges: PrivilegeEdge[] } {
  const roles = new Map(records.roles.map((r) => [r.id, r]));
  const bindings = records.assignments.filter((a) => a.system === 'gcp');
  const name = (a: Assignment) => {
    const r = roles.get(a.roleId);
    return r ? gcpRoleName(r) : a.roleId.replace(/^gcp:[^:]+:/, '');
  };
  const serviceAccounts = records.accounts.filter(
    (a) =>
      a.system === 'gcp' && (a.kind === 'service' || isServiceAccountEmail(a.email ?? a.nativeId))
  );

  // Project-level impersonation reaches every service account of that project.
  const edges: PrivilegeEdge[] = [];
  const impersonation = bindings.filter((a) => GCP_IMPERSONATION_ROLES[name(a)]);
  for (const b of impersonation) {
    const project = projectOf(b.scope);
    for (const sa of serviceAccounts) {
      if (sa.id === b.principalId || !adminIds.has(sa.id)) continue;
      const email = (sa.email ?? sa.nativeId).toLowerCase();
      if (project && !email.endsWith(`@${project.toLowerCase()}.iam.gserviceaccount.com`)) continue;
      if (b.scope?.includes('serviceAccounts/') && !b.scope.toLowerCase().includes(email)) continue;
      edges.push({
        from: b.principalId,
        to: sa.id,
        kind: 'can-assume',
        methodId: 'gcp-impersonation',
        actions: [name(b)],
        policyIds: [b.id],
        certainty: GCP_IMPERSONATION_ROLES[name(b)]
      });
    }
  }

  const privilegedKeys = records.credentials
    .filter(
      (c) =>
        c.system === 'gcp' &&
        c.kind === 'sa-key' &&
        c.active &&
        c.customerManaged &&
        adminIds.has(c.ownerId)
    )
    .map((c) => ({ credentialId: c.id, accountId: c.ownerId }));

  return {
    gcp: {
      assessed: bindings.length > 0,
      primitive: bindings.filter((a) => GCP_PRIMITIVE_ROLES.includes(name(a))),
      publicBindings: bindings.filter((a) => isPublicPrincipal(a.principalId)),
      deletedBindings: bindings.filter((a) => isDeletedPrincipal(a.principalId)),
      impersonation,
      privilegedKeys
    },
    edges
  };
}
