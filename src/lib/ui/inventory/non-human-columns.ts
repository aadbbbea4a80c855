/** Columns for non-human identities and their credentials; ages count to the as-of date. */
import type { AccountRow } from '$lib/core/analysis/result';
import type { Credential } from '$lib/core/model';
import { SYSTEM_LABELS } from '$lib/core/model';
import { ageDays, day, timeOf, flagTone, yesNo, type ColumnDef } from './columns';
import { lastCredentialUse, type InventoryLookup } from './lookup';

const CREDENTIAL_KINDS: Record<Credential['kind'], string> = {
  'access-key': 'access key',
  'client-secret': 'client secret',
  certificate: 'certificate',
  'sa-key': 'service-account key',
  'api-token': 'API token',
  'ssh-key': 'SSH key'
};

/** What sort of non-human identity an account is, from what its importer recorded. */
export function serviceType(a: AccountRow): string {
  const objectType = a.attrs?.objectType;
  if (objectType === 'servicePrincipal') return 'service principal';
  if (objectType === 'application') return 'application';
  if (a.attrs?.computer === true) return 'computer';
  if (a.system === 'aws') return 'IAM user (keys only)';
  return 'service account';
}

const days = (n: number | undefined) => (n === undefined ? '' : String(n));

/** Columns of the non-human account table. */
export function serviceColumns(lookup: InventoryLookup, asOf: string): ColumnDef<AccountRow>[] {
  const lastUse = (a: AccountRow) => {
    const keys = lastCredentialUse(lookup, a.id);
    return keys && (!a.lastActivity || keys > a.lastActivity) ? keys : a.lastActivity;
  };
  const age = (a: AccountRow) => ageDays(a.created, asOf);
  return [
    { id: 'name', label: 'Name', text: (a) => a.name, filter: 'text', width: 14 },
    { id: 'type', label: 'Type', text: serviceType, filter: 'choice', width: 11 },
    {
      id: 'source',
      label: 'Source',
      text: (a) => SYSTEM_LABELS[a.system],
      filter: 'choice',
      width: 8.5
    },
    { id: 'enabled', label: 'Enabled', text: (a) => yesNo(a.enabled), filter: 'choice', width: 6 },
    { id: 'owner', label: 'Owner', text: (a) => a.owner ?? '', filter: 'text', width: 12 },
    {
      id: 'created',
      label: 'Created',
      text: (a) => day(a.created),
      sort: (a) => timeOf(a.created),
      filter: 'text',
      width: 7
    },
    {
      id: 'age',
      label: 'Age (days)',
      text: (a) => days(age(a)),
      sort: age,
      exported: age,
      filter: 'none',
      width: 6.5
    },
    {
      id: 'lastUse',
      label: 'Last use',
      text: (a) => day(lastUse(a)),
      sort: (a) => timeOf(lastUse(a)),
      filter: 'text',
      width: 7
    },
    {
      id: 'credentials',
      label: 'Credentials',
      text: (a) => String(a.credentialCount),
      sort: (a) => a.credentialCount,
      exported: (a) => a.credentialCount,
      filter: 'choice',
      width: 8
    },
    {
      id: 'privileged',
      label: 'Privileged',
      text: (a) => (a.privileged ? 'yes' : 'no'),
      filter: 'choice',
      width: 7,
      tone: flagTone
    }
  ];
}

/** A credential's state on the as-of date: inactive, expired, or active. */
export function credentialStatus(c: Credential, asOf: string): string {
  if (!c.active) return 'inactive';
  if (c.expires && c.expires < asOf) return 'expired';
  return c.customerManaged ? 'active' : 'active (provider-managed)';
}

/** Columns of the credential table; the holder's name comes from the lookup. */
export function credentialColumns(lookup: InventoryLookup, asOf: string): ColumnDef<Credential>[] {
  const holder = (c: Credential) => lookup.accounts.get(c.ownerId)?.name ?? c.ownerId;
  const age = (c: Credential) => ageDays(c.rotated ?? c.created, asOf);
  return [
    {
      id: 'kind',
      label: 'Credential',
      text: (c) => CREDENTIAL_KINDS[c.kind],
      filter: 'choice',
      width: 9
    },
    { id: 'name', label: 'Name', text: (c) => c.name ?? '', filter: 'text', width: 11 },
    { id: 'holder', label: 'Held by', text: holder, filter: 'text', width: 13 },
    {
      id: 'source',
      label: 'Source',
      text: (c) => SYSTEM_LABELS[c.system],
      filter: 'choice',
      width: 8.5
    },
    {
      id: 'status',
      label: 'Status',
      text: (c) => credentialStatus(c, asOf),
      filter: 'choice',
      width: 8
    },
    { id: 'created', label: 'Created', text: (c) => day(c.created), filter: 'text', width: 7 },
    {
      id: 'age',
      label: 'Age (days)',
      text: (c) => days(age(c)),
      sort: age,
      exported: age,
      filter: 'none',
      width: 6.5
    },
    {
      id: 'expires',
      label: 'Expires',
      text: (c) => day(c.expires),
      sort: (c) => timeOf(c.expires),
      filter: 'text',
      width: 7
    },
    {
      id: 'lastUsed',
      label: 'Last used',
      text: (c) => day(c.lastUsed),
      sort: (c) => timeOf(c.lastUsed),
      filter: 'text',
      width: 7
    }
  ];
}

/** Human-readable name of a credential kind. */
export const credentialKindLabel = (kind: Credential['kind']) => CREDENTIAL_KINDS[kind];
