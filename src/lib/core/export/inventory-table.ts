/** The account inventory as a table (SPEC §9). */
import type { Person } from '../identity/person';
import type { Account, Credential } from '../model';
import { SYSTEM_LABELS } from '../model';
import { tabulate } from './table';
import type { Column, Table } from './table';

export interface InventoryInput {
  accounts: readonly Account[];
  persons: readonly Person[];
  credentials: readonly Credential[];
  /** Privileged account ids (privilege analysis, SPEC §6); null: not assessed. */
  privileged: readonly string[] | null;
}

function yesNo(value: boolean | undefined, unknown = ''): string {
  return value === undefined ? unknown : value ? 'yes' : 'no';
}

function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** One row per account: person, source, kind, state, dates, MFA, privilege, credentials, owner. */
export function inventoryTable(input: InventoryInput): Table {
  const personOf = new Map<string, Person>();
  for (const p of input.persons) for (const id of p.accountIds) personOf.set(id, p);
  const held = new Map<string, Credential[]>();
  for (const c of input.credentials) {
    // SPEC §5: inactive and provider-managed keys do not count.
    if (!c.active || !c.customerManaged) continue;
    held.set(c.ownerId, [...(held.get(c.ownerId) ?? []), c]);
  }
  const privileged = input.privileged ? new Set(input.privileged) : null;

  const columns: Column<Account>[] = [
    { header: 'Name', value: (a) => a.name },
    { header: 'UPN / email / login', value: (a) => a.upn ?? a.email ?? a.login ?? '' },
    { header: 'Person', value: (a) => personOf.get(a.id)?.name ?? '' },
    { header: 'Source', value: (a) => SYSTEM_LABELS[a.system] },
    { header: 'Kind', value: (a) => a.kind },
    { header: 'Enabled', value: (a) => yesNo(a.enabled, 'not reported') },
    { header: 'Created', value: (a) => day(a.created) },
    { header: 'Last sign-in', value: (a) => day(a.lastSignIn) },
    { header: 'Password last set', value: (a) => day(a.passwordLastSet) },
    { header: 'Password never expires', value: (a) => yesNo(a.passwordNeverExpires) },
    { header: 'MFA registered', value: (a) => yesNo(a.mfaRegistered, 'not reported') },
    { header: 'MFA methods', value: (a) => (a.mfaMethods ?? []).join('; ') },
    {
      header: 'Privileged',
      value: (a) => (privileged ? yesNo(privileged.has(a.id)) : 'not assessed')
    },
    { header: 'Active credentials', value: (a) => held.get(a.id)?.length ?? 0 },
    {
      header: 'Credential kinds',
      value: (a) => [...new Set((held.get(a.id) ?? []).map((c) => c.kind))].join('; ')
    },
    { header: 'Owner', value: (a) => a.owner ?? '' },
    { header: 'Record id', value: (a) => a.id }
  ];
  return tabulate('Inventory', input.accounts, columns);
}
