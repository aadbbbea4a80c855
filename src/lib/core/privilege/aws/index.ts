/** AWS privilege analysis: effective rights, admin-equivalence, trust and escalation (SPEC §6). */
import type { RecordSet } from '../../model';
import type { Membership } from '../membership';
import type { AdminEquivalent, PrivilegeEdge } from '../types';
import { awsAdminVerdict, boundaryNote, type AdminVerdict } from './admin';
import {
  DATA_EXFILTRATION_ACTION_NAMES,
  PERMISSIONS_MANAGEMENT_ACTIONS,
  unrestrictedActions
} from './capabilities';
import { awsEdges } from './escalation';
import { awsPrincipals, type AwsPrincipalKind } from './principals';
import { awsTrusts, type TrustRelationship } from './trust';
import { unusedAwsRoles, type UnusedRole } from './unused-roles';

/** What one AWS principal can do, in the terms the findings and the view use. */
export interface AwsPrincipalRights {
  id: string;
  kind: AwsPrincipalKind;
  name: string;
  arn?: string;
  policyIds: string[];
  admin?: AdminVerdict;
  /** Data-exfiltration actions allowed on every resource. */
  dataExfiltration: string[];
  /** Permission-management actions allowed on every resource. */
  permissionsManagement: string[];
  /** Set only for a user or role with a permissions boundary: how it caps the rights above. */
  boundary?: { arn: string; policyId?: string; note: string };
}

export interface AwsPrivilege {
  /** Policies or roles were imported, so rights could be judged. */
  assessed: boolean;
  principals: AwsPrincipalRights[];
  trusts: TrustRelationship[];
  edges: PrivilegeEdge[];
  /** null: no last-used data in the import. */
  unusedRoles: UnusedRole[] | null;
}

/** Runs the AWS analysis over the AWS records of a set. */
export function analyseAws(
  records: RecordSet,
  membership: Membership,
  asOf: string,
  unusedDays: number
): { aws: AwsPrivilege; admins: AdminEquivalent[] } {
  const assessed =
    records.policies.some((p) => p.system === 'aws') ||
    records.roles.some((r) => r.system === 'aws');
  const principals = awsPrincipals(records, membership);
  const byArn = new Map<string, string>();
  for (const p of principals) if (p.arn) byArn.set(p.arn, p.id);

  const rights: AwsPrincipalRights[] = principals.map((p) => {
    const r: AwsPrincipalRights = {
      id: p.id,
      kind: p.kind,
      name: p.name,
      arn: p.arn,
      policyIds: p.policyIds,
      admin: awsAdminVerdict(p),
      dataExfiltration: unrestrictedActions(p, DATA_EXFILTRATION_ACTION_NAMES),
      permissionsManagement: unrestrictedActions(p, PERMISSIONS_MANAGEMENT_ACTIONS)
    };
    const boundary = p.permissions.boundary;
    // The key is left out without a boundary, so that those results keep their exact shape.
    if (boundary) {
      const note = boundaryNote(p, boundary, r.admin);
      r.boundary = { arn: boundary.arn, policyId: boundary.policyId, note };
    }
    return r;
  });
  const admins: AdminEquivalent[] = rights
    .filter((r) => r.admin)
    .map((r) => ({
      principalId: r.id,
      system: 'aws',
      reason: r.admin?.reason ?? '',
      conditional: r.admin?.conditional || undefined,
      sourceIds: r.admin?.policyIds ?? []
    }));

  const adminIds = new Set(admins.map((a) => a.principalId));
  const trusts = awsTrusts(principals, byArn);
  const policies = new Map(records.policies.map((p) => [p.id, p]));
  const edges = awsEdges(principals, trusts, adminIds, policies);
  return {
    aws: {
      assessed,
      principals: rights,
      trusts,
      edges,
      unusedRoles: unusedAwsRoles(records.roles, asOf, unusedDays)
    },
    admins
  };
}
