/** Columns of the people table: one row per person after identity resolution. */
import type { Person } from '$lib/core/identity/person';
import { SYSTEM_LABELS } from '$lib/core/model';
import { day, flagTone, timeOf, type ColumnDef } from './columns';
import { personHref } from './links';
import type { InventoryLookup } from './lookup';

/** The person's newest sign-in over all their accounts. */
function lastSignIn(lookup: InventoryLookup, p: Person): string | undefined {
  let newest: string | undefined;
  for (const id of p.accountIds) {
    const seen = lookup.accounts.get(id)?.lastActivity;
    if (seen && (!newest || seen > newest)) newest = seen;
  }
  return newest;
}

/** The people columns; names link to the person view. */
export function personColumns(assessmentId: string, lookup: InventoryLookup): ColumnDef<Person>[] {
  const accountsOf = (p: Person) =>
    p.accountIds.map((id) => lookup.accounts.get(id)).filter((a) => a !== undefined);
  return [
    {
      id: 'name',
      label: 'Person',
      text: (p) => p.name,
      filter: 'text',
      width: 12,
      href: (p) => personHref(assessmentId, p.accountIds[0])
    },
    {
      id: 'accounts',
      label: 'Accounts',
      text: (p) => String(p.accountIds.length),
      sort: (p) => p.accountIds.length,
      exported: (p) => p.accountIds.length,
      filter: 'choice',
      width: 7
    },
    {
      id: 'sources',
      label: 'Sources',
      text: (p) => p.systems.map((s) => SYSTEM_LABELS[s]).join(', '),
      filter: 'text',
      width: 18
    },
    {
      id: 'orphan',
      label: 'Orphan',
      text: (p) => (p.orphan ? 'yes' : 'no'),
      filter: 'choice',
      width: 6.5,
      tone: flagTone
    },
    {
      id: 'privileged',
      label: 'Privileged',
      text: (p) => (accountsOf(p).some((a) => a.privileged) ? 'yes' : 'no'),
      filter: 'choice',
      width: 7,
      tone: flagTone
    },
    {
      id: 'lastSignIn',
      label: 'Last sign-in',
      text: (p) => day(lastSignIn(lookup, p)),
      sort: (p) => timeOf(lastSignIn(lookup, p)),
      filter: 'text',
      width: 7
    },
    {
      id: 'logins',
      label: 'Sign-in names',
      text: (p) =>
        [...new Set(accountsOf(p).map((a) => a.upn ?? a.email ?? a.login ?? a.name))].join(', '),
      filter: 'text',
      width: 18
    }
  ];
}
