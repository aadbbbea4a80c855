/**
 * Okta per-user listings (factors, roles) as files hold them: the bare API array for one user,
 * or the wrappers scripts write when they loop over users: `[{userId, factors: […]}]` or
 * `{"<userId>": […]}`.
 */
import { obj, prop, text } from '../../decode/values';

export interface UserList {
  /** The user id the wrapper names; undefined for a bare API array. */
  userId?: string;
  login?: string;
  items: unknown[];
  /** 1-based position of the list in the file, for rejected rows. */
  position: number;
}

/** True when `item` looks like one element of the listing (it has `key`). */
type ItemTest = (item: unknown) => boolean;

/** The lists of a file, or undefined when it is none of the three shapes. */
export function readUserLists(
  value: unknown,
  listKey: string,
  isItem: ItemTest
): UserList[] | undefined {
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    if (value.slice(0, 5).every(isItem)) return [{ items: value, position: 1 }];
    const wrapped = value.slice(0, 5).every((w) => Array.isArray(prop(w, listKey)));
    const firstItem = value
      .map((w) => prop(w, listKey) as unknown[] | undefined)
      .find((l) => l?.length)?.[0];
    if (!wrapped || (firstItem !== undefined && !isItem(firstItem))) return undefined;
    return value.map((w, i) => ({
      userId: text(prop(w, 'userId', 'id', 'user')),
      login: text(prop(w, 'login', 'userLogin', 'email')),
      items: Array.isArray(prop(w, listKey)) ? (prop(w, listKey) as unknown[]) : [],
      position: i + 1
    }));
  }
  const o = obj(value);
  if (!o) return undefined;
  const entries = Object.entries(o);
  if (entries.length === 0 || !entries.every(([, v]) => Array.isArray(v))) return undefined;
  const items = entries.flatMap(([, v]) => v as unknown[]);
  if (items.length === 0 || !items.slice(0, 5).every(isItem)) return undefined;
  return entries.map(([userId, v], i) => ({ userId, items: v as unknown[], position: i + 1 }));
}

/** A short stable key for a set of user ids, so files about different users do not replace
 * each other as "the same source". */
export function usersScopeKey(prefix: string, ids: Iterable<string>): string {
  const sorted = [...new Set(ids)].sort();
  if (sorted.length <= 3) return `${prefix}:${sorted.join(',')}`;
  let hash = 0x811c9dc5;
  for (const ch of sorted.join(',')) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}:${sorted.length}:${hash.toString(16)}`;
}
