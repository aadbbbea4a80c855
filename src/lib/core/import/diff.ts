/** What a newer export of the same source changes: added, removed and changed accounts. */
import type { Account } from '../model';

export interface AccountDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

function stable(a: Account): string {
  return JSON.stringify(a, Object.keys(a).sort());
}

/** Compares the accounts of an older and a newer import of one source. */
export function diffAccounts(older: readonly Account[], newer: readonly Account[]): AccountDiff {
  const before = new Map(older.map((a) => [a.id, a]));
  const after = new Map(newer.map((a) => [a.id, a]));
  const diff: AccountDiff = { added: [], removed: [], changed: [] };
  for (const [id, a] of after) {
    const old = before.get(id);
    if (!old) diff.added.push(id);
    else if (stable(old) !== stable(a)) diff.changed.push(id);
  }
  for (const id of before.keys()) if (!after.has(id)) diff.removed.push(id);
  return diff;
}
