/** AWS admin-equivalence (SPEC §6): root, or effective policies that allow `*` or `iam:*` on `*`. */
import type { Certainty } from '../types';
import type { AwsPrincipal } from './principals';
import { fullGrant } from './full-grant';
import type { Boundary, PermissionSet } from './permissions';

/**
 * The permission-management actions an admin must keep. A Deny of any of them on every resource
 * takes admin-equivalence away; a Deny of other actions is noted but does not.
 */
export const CORE_IAM_ACTIONS = [
  'iam:AttachUserPolicy',
  'iam:AttachRolePolicy',
  'iam:AttachGroupPolicy',
  'iam:PutUserPolicy',
  'iam:PutRolePolicy',
  'iam:PutGroupPolicy',
  'iam:CreatePolicyVersion',
  'iam:CreateUser',
  'iam:CreateRole',
  'iam:CreateAccessKey',
  'iam:PassRole',
  'iam:UpdateAssumeRolePolicy'
] as const;

export interface AdminVerdict {
  /** One sentence: why the principal is admin-equivalent. */
  reason: string;
  /** The policies that grant it. */
  policyIds: string[];
  /** Every granting statement carries a Condition (MFA, source IP…): it may not always apply. */
  conditional: boolean;
}

interface FullRights {
  grant: '*' | 'iam:*';
  policyIds: string[];
  names: string[];
  unconditional: boolean;
}

/** How a set of policies grants full rights (`*` or `iam:*` on *), unless a Deny takes it away. */
function fullRights(set: PermissionSet): FullRights | undefined {
  let grant: '*' | 'iam:*' | undefined;
  const policyIds: string[] = [];
  const names: string[] = [];
  let unconditional = false;
  // Only the statements that grant full rights can make it admin (fullGrant of any other is unset).
  for (const s of set.fullGrants) {
    const g = fullGrant(s);
    if (!g) continue;
    if (grant !== '*') grant = g;
    if (!policyIds.includes(s.policyId)) {
      policyIds.push(s.policyId);
      names.push(s.policyName);
    }
    if (!s.conditional) unconditional = true;
  }
  if (!grant) return undefined;
  for (const action of CORE_IAM_ACTIONS) {
    if (set.decide(action, '*').deniedBy) return undefined;
  }
  return { grant, policyIds, names, unconditional };
}

/**
 * Does a boundary leave full rights to whoever holds it? `possible` under a condition, or when
 * the boundary policy is not in the export (nothing shows that it caps them); undefined: no.
 */
export function boundaryAdmin(boundary: Boundary): Certainty | undefined {
  if (!boundary.rights) return 'possible';
  const cap = fullRights(boundary.rights);
  if (!cap) return undefined;
  return cap.unconditional ? 'definite' : 'possible';
}

/** Why a principal is admin-equivalent, or undefined when it is not. */
export function awsAdminVerdict(p: AwsPrincipal): AdminVerdict | undefined {
  if (p.kind === 'root') {
    return {
      reason: 'the root user of the account has every right',
      policyIds: [],
      conditional: false
    };
  }
  // Under a boundary, the Deny check of fullRights also asks the boundary (decide is capped).
  const own = fullRights(p.permissions);
  if (!own) return undefined;
  const { policyIds, names } = own;
  const via = names.length === 1 ? `policy ${names[0]}` : `policies ${names.join(', ')}`;
  const boundary = p.permissions.boundary;
  if (!boundary) {
    const cond = own.unconditional ? '' : ' (under a condition)';
    return {
      reason: `${via} allows ${own.grant} on *${cond}`,
      policyIds,
      conditional: !own.unconditional
    };
  }
  if (!boundary.rights) {
    return {
      reason: `${via} allows ${own.grant} on *, but its permissions boundary ${boundary.arn} is not in the export and may cap that`,
      policyIds,
      conditional: true
    };
  }
  const cap = fullRights(boundary.rights);
  if (!cap) return undefined;
  // The weaker of the two grants holds: `iam:*` inside `*` is still `iam:*`.
  const grant = own.grant === '*' && cap.grant === '*' ? '*' : 'iam:*';
  const unconditional = own.unconditional && cap.unconditional;
  const cond = unconditional ? '' : ' (under a condition)';
  return {
    reason: `${via} allows ${grant} on * within permissions boundary ${boundary.name}${cond}`,
    policyIds: [...policyIds, ...cap.policyIds.filter((id) => !policyIds.includes(id))],
    conditional: !unconditional
  };
}

/**
 * How a user's or role's permissions boundary bears on its rights, given its admin verdict.
 * Says when the boundary is what keeps identity policies from making it an admin.
 */
export function boundaryNote(
  p: AwsPrincipal,
  boundary: Boundary,
  admin: AdminVerdict | undefined
): string {
  if (!boundary.rights) {
    return `permissions boundary ${boundary.arn} is not in the export: rights from the identity policies are only possible`;
  }
  const own = fullRights(p.permissions.withoutBoundary());
  if (own && !admin) {
    const via =
      own.names.length === 1 ? `policy ${own.names[0]}` : `policies ${own.names.join(', ')}`;
    return `permissions boundary ${boundary.name} caps ${via} (${own.grant} on *): not admin-equivalent`;
  }
  return `permissions boundary ${boundary.name} caps the rights of its identity policies`;
}
