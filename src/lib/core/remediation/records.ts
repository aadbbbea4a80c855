/** Lookups the templates need: records by id, and the native names each CLI wants. */
import type { Account, Assignment, Credential, RecordSet, Role } from '../model';

export interface RecordIndex {
  accounts: Map<string, Account>;
  credentials: Map<string, Credential>;
  roles: Map<string, Role>;
  groups: Set<string>;
  assignmentsOf: Map<string, Assignment[]>;
  assignments: Map<string, Assignment>;
  credentialsOf: Map<string, Credential[]>;
}

/** Indexes the records once for all templates. */
export function indexRecords(records: Partial<RecordSet>): RecordIndex {
  const assignmentsOf = new Map<string, Assignment[]>();
  for (const a of records.assignments ?? []) {
    assignmentsOf.set(a.principalId, [...(assignmentsOf.get(a.principalId) ?? []), a]);
  }
  const credentialsOf = new Map<string, Credential[]>();
  for (const c of records.credentials ?? []) {
    credentialsOf.set(c.ownerId, [...(credentialsOf.get(c.ownerId) ?? []), c]);
  }
  return {
    accounts: new Map((records.accounts ?? []).map((a) => [a.id, a])),
    credentials: new Map((records.credentials ?? []).map((c) => [c.id, c])),
    roles: new Map((records.roles ?? []).map((r) => [r.id, r])),
    groups: new Set((records.groups ?? []).map((g) => g.id)),
    assignments: new Map((records.assignments ?? []).map((a) => [a.id, a])),
    assignmentsOf,
    credentialsOf
  };
}

/** The native part of a record id `<system>:<kind>:<native id>`. */
export function nativeOf(recordId: string): string {
  const first = recordId.indexOf(':');
  const second = recordId.indexOf(':', first + 1);
  return second === -1 ? recordId : recordId.slice(second + 1);
}

/** The last path segment of an IAM ARN (`arn:aws:iam::1:user/path/name` → `name`). */
export function arnName(arn: string): string {
  const resource = arn.split(':').slice(5).join(':');
  return resource.slice(resource.lastIndexOf('/') + 1);
}

/** The IAM user name the AWS CLI wants: the login, else the ARN's last segment. */
export function awsUserName(account: Account): string {
  return (
    account.login ??
    (account.nativeId.startsWith('arn:') ? arnName(account.nativeId) : account.name)
  );
}

/** An AWS access key id (`AKIA…` long-term, `ASIA…` temporary), when the record carries one. */
export function awsKeyId(credential: Credential): string | undefined {
  const candidates = [credential.name ?? '', nativeOf(credential.id)];
  return candidates.find((c) => /^A[KS]IA[A-Z0-9]{12,}$/.test(c));
}

/**
 * The service-account email and key id of a GCP key, from its resource name
 * `projects/<p>/serviceAccounts/<email>/keys/<key id>` (the `keys.list` `name` field).
 */
export function gcpKey(
  credential: Credential,
  owner?: Account
): { email: string; keyId: string } | undefined {
  for (const text of [credential.name ?? '', nativeOf(credential.id)]) {
    const m = /serviceAccounts\/([^/]+)\/keys\/([^/]+)$/.exec(text);
    if (m) return { email: m[1], keyId: m[2] };
  }
  const email = owner ? gcpEmail(owner) : undefined;
  const keyId = nativeOf(credential.id).split('/').pop();
  return email && keyId ? { email, keyId } : undefined;
}

/** A GCP account's email, without an IAM member prefix (`serviceAccount:`, `user:`). */
export function gcpEmail(account: Account): string {
  const raw = account.email ?? account.nativeId;
  return raw.includes(':') ? raw.slice(raw.indexOf(':') + 1) : raw;
}

/** The IAM policy member string for a GCP principal (`user:…`, `serviceAccount:…`, `group:…`). */
export function gcpMember(principalId: string, index: RecordIndex): string {
  const account = index.accounts.get(principalId);
  const native = account?.nativeId ?? nativeOf(principalId);
  if (/^(user|serviceAccount|group|domain|principal|principalSet):/.test(native)) return native;
  if (index.groups.has(principalId)) return `group:${native}`;
  return account?.kind === 'service' ? `serviceAccount:${native}` : `user:${native}`;
}
