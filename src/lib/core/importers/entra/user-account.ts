/**
 * One Entra user, whichever export it came from (portal CSV, Log Analytics CSV, Graph JSON),
 * as an Account. The readers of each format fill `UserFields`; the rules live here once.
 */
import { latest, readDate } from '../../decode/dates';
import { bool, list, text } from '../../decode/values';
import type { Account } from '../../model';
import { isGuid, objectKey, userId } from './ids';

export interface UserFields {
  id?: string;
  upn?: string;
  displayName?: string;
  userType?: string;
  accountEnabled?: unknown;
  created?: unknown;
  mail?: string;
  syncEnabled?: unknown;
  sam?: string;
  immutableId?: string;
  sid?: string;
  proxyAddresses?: unknown;
  /** undefined: the export has no such field; null or '': the user has no policy. */
  passwordPolicies?: unknown;
  passwordLastSet?: unknown;
  lastSuccessfulSignIn?: unknown;
  lastInteractiveSignIn?: unknown;
  lastNonInteractiveSignIn?: unknown;
  creationType?: string;
  externalUserState?: string;
}

/** Something the importer should tell the user about one record. */
export type UserNote = { field: string; problem: 'unreadable-date' | 'unreadable-list' };

export type UserResult =
  { account: Account; notes: UserNote[] } | { rejected: { column: string; reason: string } };

/** PowerShell's Export-Csv writes the type name of an array instead of its items. */
const TYPE_NAME = /^System\.[A-Za-z.]+\[\]$/;

function date(raw: unknown, field: string, notes: UserNote[]): string | undefined {
  const read = readDate(raw);
  if ('iso' in read) return read.iso;
  if ('invalid' in read) notes.push({ field, problem: 'unreadable-date' });
  return undefined;
}

function proxyList(raw: unknown, notes: UserNote[]): string[] | undefined {
  if (typeof raw === 'string' && TYPE_NAME.test(raw.trim())) {
    notes.push({ field: 'proxyAddresses', problem: 'unreadable-list' });
    return undefined;
  }
  // A CSV cell holds a JSON array, or addresses separated by `;`, `,` or `|`.
  const items = list<unknown>(raw).flatMap((item) =>
    typeof item === 'string' && !item.trim().startsWith('[') ? item.split(/[;,|]/) : [item]
  );
  const addresses = items.map((a) => text(a)).filter((a): a is string => a !== undefined);
  return addresses.length > 0 ? addresses : undefined;
}

/**
 * Last sign-in. `lastSuccessfulSignInDateTime` is the real last access; Microsoft only fills it
 * since December 2023, so without it the newest attempt (interactive or not) stands in, as
 * Microsoft's own guidance on inactive accounts does.
 */
function lastSignIn(f: UserFields, notes: UserNote[]): string | undefined {
  const successful = date(f.lastSuccessfulSignIn, 'lastSuccessfulSignInDateTime', notes);
  const interactive = date(f.lastInteractiveSignIn, 'lastSignInDateTime', notes);
  const nonInteractive = date(
    f.lastNonInteractiveSignIn,
    'lastNonInteractiveSignInDateTime',
    notes
  );
  return successful ?? latest(interactive, nonInteractive);
}

function linkOf(f: UserFields, notes: UserNote[]): Account['link'] {
  const link: NonNullable<Account['link']> = {};
  if (f.sam) link.onPremSam = f.sam;
  if (f.immutableId) link.onPremImmutableId = f.immutableId;
  if (f.sid) link.sid = f.sid;
  const proxies = proxyList(f.proxyAddresses, notes);
  if (proxies) link.proxyAddresses = proxies;
  return Object.keys(link).length > 0 ? link : undefined;
}

function attrsOf(f: UserFields): Account['attrs'] {
  const attrs: NonNullable<Account['attrs']> = {};
  const synced = bool(f.syncEnabled);
  if (synced !== undefined) attrs.onPremisesSyncEnabled = synced;
  if (f.userType) attrs.userType = f.userType;
  if (f.creationType) attrs.creationType = f.creationType;
  if (f.externalUserState) attrs.externalUserState = f.externalUserState;
  return Object.keys(attrs).length > 0 ? attrs : undefined;
}

/** The Account of one user record, or why the record cannot be one. */
export function userAccount(f: UserFields): UserResult {
  if (!f.id) return { rejected: { column: 'id', reason: 'no object id' } };
  if (!isGuid(f.id)) {
    return { rejected: { column: 'id', reason: `object id "${f.id}" is not a GUID` } };
  }
  if (!f.upn)
    return { rejected: { column: 'userPrincipalName', reason: 'no user principal name' } };

  const notes: UserNote[] = [];
  const account: Account = {
    id: userId(f.id),
    system: 'entra',
    nativeId: objectKey(f.id),
    name: f.displayName ?? f.upn,
    upn: f.upn,
    // SPEC §5: userType Guest is a guest, every other user a person of the organisation.
    kind: f.userType?.toLowerCase() === 'guest' ? 'guest' : 'human',
    primary: true
  };
  if (f.mail) account.email = f.mail;
  const enabled = bool(f.accountEnabled);
  if (enabled !== undefined) account.enabled = enabled;
  const created = date(f.created, 'createdDateTime', notes);
  if (created) account.created = created;
  const signIn = lastSignIn(f, notes);
  if (signIn) account.lastSignIn = signIn;
  const passwordSet = date(f.passwordLastSet, 'lastPasswordChangeDateTime', notes);
  if (passwordSet) account.passwordLastSet = passwordSet;
  if (f.passwordPolicies !== undefined) {
    const policies = typeof f.passwordPolicies === 'string' ? f.passwordPolicies : '';
    account.passwordNeverExpires = /DisablePasswordExpiration/i.test(policies);
  }
  const link = linkOf(f, notes);
  if (link) account.link = link;
  const attrs = attrsOf(f);
  if (attrs) account.attrs = attrs;
  return { account, notes };
}
