/**
 * What the privilege rules share: the full privilege analysis, computed once per record set
 * (the analysis input may carry only the summary), and how records are named in evidence.
 */
import { SYSTEM_LABELS, type System } from '../../../model';
import { analysePrivilege, type PrivilegeAnalysis } from '../../../privilege/analyse';
import type { PrivilegeEdge } from '../../../privilege/types';
import { nameAccount } from '../../describe';
import type { AnalysisInput } from '../../types';

const cache = new WeakMap<object, PrivilegeAnalysis>();

function isFull(p: AnalysisInput['privilege']): p is PrivilegeAnalysis {
  return !!p && 'aws' in p && 'holdings' in p;
}

/** The privilege analysis of the input, reused when the input already carries it. */
export function privilegeOf(input: AnalysisInput): PrivilegeAnalysis {
  if (isFull(input.privilege)) return input.privilege;
  let analysis = cache.get(input.records);
  if (!analysis) {
    analysis = analysePrivilege(input);
    cache.set(input.records, analysis);
  }
  return analysis;
}

/** A function naming any record id: accounts by login and system, others by name. */
export function namer(input: AnalysisInput): (id: string) => string {
  const names = new Map<string, string>();
  const r = input.records;
  for (const a of r.accounts) names.set(a.id, nameAccount(a));
  for (const x of [...r.groups, ...r.roles]) {
    names.set(x.id, `${x.name} (${SYSTEM_LABELS[x.system as System] ?? x.system})`);
  }
  for (const p of r.policies) names.set(p.id, p.name);
  return (id) => {
    if (id.startsWith('admin-tier:')) {
      const s = id.slice('admin-tier:'.length) as System;
      return `${SYSTEM_LABELS[s] ?? s} admin rights`;
    }
    return names.get(id) ?? id;
  };
}

/** "a → (iam:PassRole, lambda:CreateFunction) → b → …": a path as one line of evidence. */
export function describeSteps(
  steps: readonly PrivilegeEdge[],
  name: (id: string) => string
): string {
  const parts = [name(steps[0].from)];
  for (const s of steps) {
    const how = s.kind === 'can-assume' ? 'assume' : (s.methodId ?? 'escalate');
    parts.push(`[${how}: ${s.actions.join(' + ')}]`, name(s.to));
  }
  return parts.join(' → ');
}

export const NEEDS_AWS = 'AWS account authorization details (get-account-authorization-details)';
export const NEEDS_ENTRA_ROLES =
  'Entra role assignments (Graph roleAssignments or PIM schedules, or a ScubaGear export)';
export const NEEDS_GCP = 'a GCP IAM policy (gcloud get-iam-policy)';
export const NEEDS_AD = 'Active Directory users (Get-ADUser or SharpHound) with Kerberos settings';
export const NEEDS_ANY_PRIVILEGE =
  'role assignments, policies or privileged groups from at least one system';
