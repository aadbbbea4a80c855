/**
 * Indexes over one analysis result, built once per result and shared by every inventory view
 * (the page, the person view, the drill-down lists the dashboard opens).
 */
import type { AccountRow, AnalysisResult } from '$lib/core/analysis/result';
import type { Person } from '$lib/core/identity/person';
import type { Assignment, Credential, Group, Role } from '$lib/core/model';

export interface InventoryLookup {
  accounts: Map<string, AccountRow>;
  persons: Map<string, Person>;
  personOfAccount: Map<string, Person>;
  credentials: Map<string, Credential>;
  credentialsOf: Map<string, Credential[]>;
  groups: Map<string, Group>;
  roles: Map<string, Role>;
  /** Groups that list a member id directly. */
  groupsOfMember: Map<string, Group[]>;
  assignmentsOf: Map<string, Assignment[]>;
}

const cache = new WeakMap<AnalysisResult, InventoryLookup>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The lookup of an analysis (memoised: the analysis object never changes once made). */
export function lookupOf(analysis: AnalysisResult): InventoryLookup {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const { records } = analysis;
  const out: InventoryLookup = {
    accounts: new Map(analysis.accounts.map((a) => [a.id, a])),
    persons: new Map(analysis.persons.map((p) => [p.id, p])),
    personOfAccount: new Map(),
    credentials: new Map(records.credentials.map((c) => [c.id, c])),
    credentialsOf: new Map(),
    groups: new Map(records.groups.map((g) => [g.id, g])),
    roles: new Map(records.roles.map((r) => [r.id, r])),
    groupsOfMember: new Map(),
    assignmentsOf: new Map()
  };
  for (const p of analysis.persons) for (const id of p.accountIds) out.personOfAccount.set(id, p);
  for (const c of records.credentials) push(out.credentialsOf, c.ownerId, c);
  for (const g of records.groups) for (const m of g.memberIds) push(out.groupsOfMember, m, g);
  for (const a of records.assignments) push(out.assignmentsOf, a.principalId, a);
  cache.set(analysis, out);
  return out;
}

/** One role an account holds, directly or through a chain of groups. */
export interface RoleHolding {
  accountId: string;
  assignment: Assignment;
  role?: Role;
  /** The group the assignment names, when the account holds it through a group. */
  via?: Group;
}

/** Every role an account holds, directly and through nested groups (each group visited once). */
export function rolesOfAccount(lookup: InventoryLookup, accountId: string): RoleHolding[] {
  const out: RoleHolding[] = [];
  const seen = new Set<string>([accountId]);
  const queue: { id: string; via?: Group }[] = [{ id: accountId }];
  while (queue.length > 0) {
    const { id, via } = queue.shift()!;
    for (const assignment of lookup.assignmentsOf.get(id) ?? []) {
      out.push({ accountId, assignment, role: lookup.roles.get(assignment.roleId), via });
    }
    for (const g of lookup.groupsOfMember.get(id) ?? []) {
      if (seen.has(g.id)) continue;
      seen.add(g.id);
      queue.push({ id: g.id, via: g });
    }
  }
  return out;
}

/** The newest last-use of an account's credentials, if any says. */
export function lastCredentialUse(lookup: InventoryLookup, accountId: string): string | undefined {
  let newest: string | undefined;
  for (const c of lookup.credentialsOf.get(accountId) ?? []) {
    if (c.lastUsed && (!newest || c.lastUsed > newest)) newest = c.lastUsed;
  }
  return newest;
}
