/**
 * Names for record ids, so that exports, the report and remediation scripts speak of people and
 * keys, not of `aws:user:arn:…` ids.
 */
import { SYSTEM_LABELS } from '../model';
import type { AccountKind, RecordSet, System } from '../model';

export interface IdentityRef {
  id: string;
  /** What a reader sees: the name, with the UPN or email when it adds something. */
  label: string;
  name: string;
  upn?: string;
  email?: string;
  login?: string;
  system?: System;
  kind: AccountKind | 'credential' | 'group' | 'role' | 'other';
  /** Credentials: the account holding them. */
  ownerId?: string;
}

export type IdentityDirectory = Map<string, IdentityRef>;

const CREDENTIAL_LABEL: Record<string, string> = {
  'access-key': 'access key',
  'client-secret': 'client secret',
  certificate: 'certificate',
  'sa-key': 'service-account key',
  'api-token': 'API token',
  'ssh-key': 'SSH key'
};

/** The accounts, credentials, groups and roles of a record set, by id. */
export function identityDirectory(records: Partial<RecordSet>): IdentityDirectory {
  const dir: IdentityDirectory = new Map();
  for (const a of records.accounts ?? []) {
    const address = a.upn ?? a.email ?? a.login;
    const label = address && address !== a.name ? `${a.name} (${address})` : a.name;
    dir.set(a.id, {
      id: a.id,
      label,
      name: a.name,
      upn: a.upn,
      email: a.email,
      login: a.login,
      system: a.system,
      kind: a.kind
    });
  }
  distinguishSystems(dir);
  for (const c of records.credentials ?? []) {
    const owner = dir.get(c.ownerId)?.name ?? c.ownerId;
    const what = CREDENTIAL_LABEL[c.kind] ?? c.kind;
    const label = c.name ? `${what} ${c.name} of ${owner}` : `${what} of ${owner}`;
    dir.set(c.id, {
      id: c.id,
      label,
      name: label,
      system: c.system,
      kind: 'credential',
      ownerId: c.ownerId
    });
  }
  for (const g of records.groups ?? []) {
    dir.set(g.id, { id: g.id, label: g.name, name: g.name, system: g.system, kind: 'group' });
  }
  for (const r of records.roles ?? []) {
    dir.set(r.id, { id: r.id, label: r.name, name: r.name, system: r.system, kind: 'role' });
  }
  return dir;
}

/**
 * One person's accounts in two systems often carry the same name and address; a list that
 * printed "Daniel Brooks (daniel.brooks@…)" twice would read as a mistake, so such labels also
 * name their system.
 */
function distinguishSystems(dir: IdentityDirectory): void {
  const count = new Map<string, number>();
  for (const ref of dir.values()) count.set(ref.label, (count.get(ref.label) ?? 0) + 1);
  for (const ref of dir.values()) {
    if ((count.get(ref.label) ?? 0) > 1 && ref.system) {
      ref.label = `${ref.label} in ${SYSTEM_LABELS[ref.system]}`;
    }
  }
}

/** The reader's name for a record id; the id itself when the record is unknown. */
export function labelOf(dir: IdentityDirectory, id: string): string {
  return dir.get(id)?.label ?? id;
}
