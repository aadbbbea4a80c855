/** AWS admin-equivalence (SPEC §6): root, or effective policies that allow `*` or `iam:*` on `*`. */
import type { AwsPrincipal } from './principals';
import { fullGrant } from './permissions';

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

/** Why a principal is admin-equivalent, or undefined when it is not. */
export function awsAdminVerdict(p: AwsPrincipal): AdminVerdict | undefined {
  if (p.kind === 'root') {
    return {
      reason: 'the root user of the account has every right',
      policyIds: [],
      conditional: false
    };
  }
  let grant: '*' | 'iam:*' | undefined;
  const policyIds: string[] = [];
  const names: string[] = [];
  let unconditional = false;
  // Only the statements that grant full rights can make it admin (fullGrant of any other is unset).
  for (const s of p.permissions.fullGrants) {
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
    if (p.permissions.decide(action, '*').deniedBy) return undefined;
  }
  const via = names.length === 1 ? `policy ${names[0]}` : `policies ${names.join(', ')}`;
  const cond = unconditional ? '' : ' (under a condition)';
  return { reason: `${via} allows ${grant} on *${cond}`, policyIds, conditional: !unconditional };
}
