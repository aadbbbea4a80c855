/**
 * IAM members (principals) as `getIamPolicy` writes them: `user:`, `serviceAccount:`,
 * `group:`, `domain:`, `allUsers`, `allAuthenticatedUsers`, `deleted:<type>:<email>?uid=…`,
 * and workload-identity `principal://` / `principalSet://` identifiers.
 */
import type { Account } from '../../model';
import { recordId } from '../../model';

export type Member =
  | { type: 'user'; email: string; id: string }
  | { type: 'serviceAccount'; email: string; id: string }
  | { type: 'group'; email: string; id: string }
  | { type: 'public'; id: string }
  | { type: 'deleted'; id: string }
  | { type: 'domain'; domain: string }
  | { type: 'unknown'; reason: string };

/**
 * The account id of a GCP user or service account: the lower-cased email, so that a policy
 * binding, a key list and an audit log entry of one principal meet on one record.
 */
export function gcpAccountId(type: 'user' | 'serviceAccount', email: string): string {
  return recordId('gcp', type, email.trim().toLowerCase());
}

/** The record id of a Google group named in bindings. */
export function gcpGroupId(email: string): string {
  return recordId('gcp', 'group', email.trim().toLowerCase());
}

/** Reads one member string of a binding. */
export function readMember(raw: string): Member {
  const member = raw.trim();
  if (member === 'allUsers' || member === 'allAuthenticatedUsers') {
    return { type: 'public', id: recordId('gcp', 'public', member) };
  }
  if (member.startsWith('deleted:'))
    return { type: 'deleted', id: recordId('gcp', 'deleted', member) };
  const colon = member.indexOf(':');
  if (colon < 0) {
    // Real policies (cloud-custodian's recordings) hold members with no type prefix. IAM
    // rejects such members, so the type cannot be known: reported, never guessed.
    return { type: 'unknown', reason: `member "${member}" has no type prefix` };
  }
  const prefix = member.slice(0, colon);
  const value = member.slice(colon + 1).trim();
  if (value === '') return { type: 'unknown', reason: `member "${member}" names nobody` };
  switch (prefix) {
    case 'user':
      return { type: 'user', email: value.toLowerCase(), id: gcpAccountId('user', value) };
    case 'serviceAccount':
      return {
        type: 'serviceAccount',
        email: value.toLowerCase(),
        id: gcpAccountId('serviceAccount', value)
      };
    case 'group':
      return { type: 'group', email: value.toLowerCase(), id: gcpGroupId(value) };
    case 'domain':
      return { type: 'domain', domain: value.toLowerCase() };
    default:
      return { type: 'unknown', reason: `member type "${prefix}" is not read (${member})` };
  }
}

/**
 * A user or service account seen only as the holder of a binding or key: an account of GCP
 * (SPEC §5) whose state the file does not tell, hence `primary: false` and `enabled` unset.
 */
export function memberAccount(type: 'user' | 'serviceAccount', email: string): Account {
  return {
    id: gcpAccountId(type, email),
    system: 'gcp',
    nativeId: email.toLowerCase(),
    name: email.toLowerCase(),
    email: email.toLowerCase(),
    kind: type === 'user' ? 'human' : 'service',
    primary: false
  };
}
