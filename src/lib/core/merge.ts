/** Merging the record sets of every imported file into one view of the assessment. */
import { latest } from './decode/dates';
import type { Account, Group, RecordKind, RecordSet } from './model';
import { emptyRecordSet, RECORD_KINDS } from './model';

/**
 * Two records of one account (users export, then MFA registrations): the primary record's
 * values win, the other fills what it lacks; dates of activity keep the newest; method lists
 * are joined.
 */
export function mergeAccount(a: Account, b: Account): Account {
  const [first, second] = b.primary !== false && a.primary === false ? [b, a] : [a, b];
  const merged: Account = withDefinedValues({ ...second }, first);
  merged.lastSignIn = latest(a.lastSignIn, b.lastSignIn);
  if (a.mfaMethods || b.mfaMethods) merged.mfaMethods = union(a.mfaMethods, b.mfaMethods);
  if (a.mfaRegistered !== undefined || b.mfaRegistered !== undefined) {
    merged.mfaRegistered = a.mfaRegistered === true || b.mfaRegistered === true;
  }
  if (a.attrs || b.attrs) merged.attrs = { ...second.attrs, ...first.attrs };
  if (a.link || b.link) merged.link = { ...second.link, ...first.link };
  merged.primary = a.primary !== false || b.primary !== false;
  return merged;
}

/**
 * One group seen in two exports (MemberOf of a users CSV, then a group-member export): keep
 * every member either names, since neither export need be complete.
 */
export function mergeGroup(a: Group, b: Group): Group {
  return {
    ...a,
    ...b,
    memberIds: [...new Set([...a.memberIds, ...b.memberIds])],
    attrs: a.attrs || b.attrs ? { ...a.attrs, ...b.attrs } : undefined
  };
}

/** The items of both lists, each once, in the order first seen (method lists are short). */
function union<T>(a: readonly T[] = [], b: readonly T[] = []): T[] {
  const out: T[] = [];
  for (const x of a) if (!out.includes(x)) out.push(x);
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

/**
 * Copies onto `target` the values of `source` that are not undefined: `{ ...target, ...source }`
 * without letting an absent value erase a present one. Written as a loop because it runs for
 * every merged account of a tenant.
 */
function withDefinedValues<T extends object>(target: T, source: T): T {
  const from = source as Record<string, unknown>;
  const to = target as Record<string, unknown>;
  for (const key of Object.keys(from)) if (from[key] !== undefined) to[key] = from[key];
  return target;
}

/** Joins record sets: accounts with the same id are merged, other records keep the last. */
export function mergeRecordSets(sets: Iterable<RecordSet>): RecordSet {
  const out = emptyRecordSet();
  const accounts = new Map<string, Account>();
  const others = new Map<RecordKind, Map<string, unknown>>();
  for (const set of sets) {
    for (const account of set.accounts) {
      const seen = accounts.get(account.id);
      accounts.set(account.id, seen ? mergeAccount(seen, account) : account);
    }
    for (const kind of RECORD_KINDS) {
      if (kind === 'accounts') continue;
      let byId = others.get(kind);
      if (!byId) others.set(kind, (byId = new Map()));
      for (const record of set[kind] as { id: string }[]) {
        const seen = byId.get(record.id);
        byId.set(
          record.id,
          kind === 'groups' && seen ? mergeGroup(seen as Group, record as Group) : record
        );
      }
    }
  }
  out.accounts = [...accounts.values()];
  for (const [kind, byId] of others) (out[kind] as unknown[]) = [...byId.values()];
  return out;
}

/**
 * The newest timestamp in a record set: the default as-of date comes from the data, never
 * from the clock (SPEC §3).
 */
export function newestTimestamp(set: RecordSet): string | undefined {
  let newest: string | undefined;
  for (const a of set.accounts) {
    newest = latest(newest, latest(a.lastSignIn, latest(a.created, a.passwordLastSet)));
  }
  for (const c of set.credentials)
    newest = latest(newest, latest(c.lastUsed, latest(c.created, c.rotated)));
  for (const e of set.events) newest = latest(newest, e.time);
  for (const r of set.roles) newest = latest(newest, r.lastUsed);
  return newest;
}
