/** Sorting a drill-down's record ids into the kinds of record they name. */
import type { AccountRow } from '$lib/core/analysis/result';
import type { Person } from '$lib/core/identity/person';
import type { Credential, Group, Role } from '$lib/core/model';
import type { InventoryLookup } from './lookup';

export interface RecordsByKind {
  accounts: AccountRow[];
  persons: Person[];
  credentials: Credential[];
  groups: Group[];
  roles: Role[];
  /** Ids of records the analysis does not hold (removed since, or events and policies). */
  unknown: string[];
}

/** The records an id list names, each id once, in the order given. */
export function recordsOf(lookup: InventoryLookup, ids: readonly string[]): RecordsByKind {
  const out: RecordsByKind = {
    accounts: [],
    persons: [],
    credentials: [],
    groups: [],
    roles: [],
    unknown: []
  };
  for (const id of new Set(ids)) {
    const account = lookup.accounts.get(id);
    if (account) {
      out.accounts.push(account);
      continue;
    }
    const person = lookup.persons.get(id);
    if (person) {
      out.persons.push(person);
      continue;
    }
    const credential = lookup.credentials.get(id);
    if (credential) {
      out.credentials.push(credential);
      continue;
    }
    const group = lookup.groups.get(id);
    if (group) out.groups.push(group);
    else {
      const role = lookup.roles.get(id);
      if (role) out.roles.push(role);
      else out.unknown.push(id);
    }
  }
  return out;
}
