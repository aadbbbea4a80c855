/** Identity resolution: accounts of one human across systems become one Person (SPEC §3). */
import type { Account, System } from '../model';
import { eachLinkKey, type LinkKeyVisitor } from './keys';
import type { LinkReason, ManualLink, Person } from './person';

/** The directory whose accounts define who works here, in order of preference. */
const AUTHORITATIVE: readonly System[] = ['entra', 'ad', 'okta', 'google'];

/**
 * Disjoint sets over the accounts by their position in the list: tens of thousands of
 * accounts are joined, and numbers are cheaper to hash and store than ids. The root of a
 * joined set is the member whose id sorts first.
 */
class UnionFind {
  private parent: Int32Array;
  constructor(private ids: readonly string[]) {
    this.parent = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) this.parent[i] = i;
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root];
    while (x !== root) {
      const next = this.parent[x];
      this.parent[x] = root;
      x = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (this.ids[ra] < this.ids[rb]) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }
}

/** The authoritative directory among the systems present, if any. */
export function authoritativeSystem(accounts: readonly Account[]): System | undefined {
  const present = new Set<System>();
  for (const a of accounts) if (a.kind === 'human') present.add(a.system);
  return AUTHORITATIVE.find((s) => present.has(s));
}

/**
 * Links human and guest accounts into persons by shared keys, then applies manual links and
 * unlinks. Non-human accounts are not persons. Each person records why each account joined.
 */
export function resolvePersons(
  accounts: readonly Account[],
  manual: readonly ManualLink[] = []
): Person[] {
  const humans = accounts.filter((a) => a.kind === 'human' || a.kind === 'guest');
  const ids = humans.map((a) => a.id);
  // The last account of an id wins, as a map from ids would have it.
  const indexOf = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) indexOf.set(ids[i], i);
  const uf = new UnionFind(ids);
  const reasons = new Map<string, LinkReason[]>();
  // An unlink naming an account that is not a person's is kept as -1: it matches no root.
  const unlinks = manual
    .filter((m) => m.action === 'unlink')
    .map((m) => [indexOf.get(m.a) ?? -1, indexOf.get(m.b) ?? -1]);
  const root = (i: number) => (i < 0 ? i : uf.find(i));
  const separated = (ra: number, rb: number) =>
    unlinks.some(([a, b]) => {
      const x = root(a);
      const y = root(b);
      return (x === ra && y === rb) || (x === rb && y === ra);
    });
  const join = (a: number, b: number, reason: LinkReason) => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb || separated(ra, rb)) return;
    uf.union(a, b);
    const list = reasons.get(reason.accountId);
    if (list) list.push(reason);
    else reasons.set(reason.accountId, [reason]);
  };

  // Manual links first: the consultant's word outranks any key.
  for (const m of manual) {
    const a = indexOf.get(m.a);
    const b = indexOf.get(m.b);
    if (m.action === 'link' && a !== undefined && b !== undefined) {
      join(a, b, { accountId: m.b, rule: 'manual', key: m.a });
    }
  }
  // The first account seen with each key, by the key's kind and then its value: the parts
  // are looked up apart, so the key is written out only for the accounts it joins.
  const firstByKey = new Map<string, Map<string, number>>();
  let current = 0;
  const visit: LinkKeyVisitor = (rule, prefix, value) => {
    let firsts = firstByKey.get(prefix);
    if (!firsts) firstByKey.set(prefix, (firsts = new Map()));
    const first = firsts.get(value);
    if (first === undefined) firsts.set(value, current);
    else if (first !== current) {
      join(first, current, { accountId: ids[current], rule, key: `${prefix}:${value}` });
    }
  };
  for (const account of humans) {
    current = indexOf.get(account.id)!;
    eachLinkKey(account, visit);
  }

  const groups = new Map<number, Account[]>();
  for (const account of humans) {
    const r = uf.find(indexOf.get(account.id)!);
    const list = groups.get(r);
    if (list) list.push(account);
    else groups.set(r, [account]);
  }
  const authority = authoritativeSystem(accounts);
  return [...groups.values()].map((members) => {
    members.sort((a, b) => a.id.localeCompare(b.id));
    const anchor = members.find((m) => m.system === authority) ?? members[0];
    return {
      id: `person:${members[0].id}`,
      name: anchor.name || anchor.upn || anchor.email || anchor.nativeId,
      accountIds: members.map((m) => m.id),
      systems: [...new Set(members.map((m) => m.system))],
      reasons: members.flatMap((m) => reasons.get(m.id) ?? []),
      orphan: authority !== undefined && !members.some((m) => m.system === authority)
    };
  });
}
