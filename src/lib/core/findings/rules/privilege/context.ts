/**
 * What the privilege rules share: the full privilege analysis, computed once per record set
 * (the analysis input may carry only the summary), and how records are named in evidence.
 */
import { perRecords } from '../../../analysis/per-records';
import { SYSTEM_LABELS, type Group, type Role, type System } from '../../../model';
import { analysePrivilege, type PrivilegeAnalysis } from '../../../privilege/analyse';
import type { PrivilegeEdge } from '../../../privilege/types';
import { nameAccount } from '../../describe';
import { accountsById } from '../../lookup';
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
  return perRecords(input.records, 'namer', () => recordNamer(input));
}

/**
 * Names are written only when asked for and then kept: rules name a few hundred records of
 * tens of thousands. Policies win over roles and groups, which win over accounts, when ids
 * collide.
 */
function recordNamer(input: AnalysisInput): (id: string) => string {
  const r = input.records;
  const accounts = accountsById(input);
  const groupsAndRoles = new Map<string, Group | Role>();
  for (const x of r.groups) groupsAndRoles.set(x.id, x);
  for (const x of r.roles) groupsAndRoles.set(x.id, x);
  const policies = new Map(r.policies.map((p) => [p.id, p]));
  const written = new Map<string, string>();

  const write = (id: string): string => {
    if (id.startsWith('admin-tier:')) {
      const s = id.slice('admin-tier:'.length) as System;
      return `${SYSTEM_LABELS[s] ?? s} admin rights`;
    }
    const policy = policies.get(id);
    if (policy) return policy.name;
    const x = groupsAndRoles.get(id);
    if (x) return `${x.name} (${SYSTEM_LABELS[x.system as System] ?? x.system})`;
    const account = accounts.get(id);
    return account ? nameAccount(account) : id;
  };
  return (id) => {
    let name = written.get(id);
    if (name === undefined) written.set(id, (name = write(id)));
    return name;
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
