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
  // Each account's node in the disjoint sets: the position of the first account of its id,
  // so that two records of one id are one node.
  const indexOf = new Map<string, number>();
  const node = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const first = indexOf.get(ids[i]);
    if (first === undefined) indexOf.set(ids[i], i);
    node[i] = first ?? i;
  }
  const uf = new UnionFind(ids);
  // Why each node joined, by node: the reason names the account of its second argument.
  const reasons: (LinkReason[] | undefined)[] = new Array(ids.length);
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
    (reasons[b] ??= []).push(reason);
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
  for (let i = 0; i < humans.length; i++) {
    current = node[i];
    eachLinkKey(humans[i], visit);
  }

  // The positions of each person's accounts, persons in the order their first account comes.
  const groups = new Map<number, number[]>();
  for (let i = 0; i < humans.length; i++) {
    const r = uf.find(node[i]);
    const list = groups.get(r);
    if (list) list.push(i);
    else groups.set(r, [i]);
  }
  const authority = authoritativeSystem(accounts);
  return [...groups.values()].map((positions) => {
    positions.sort((p, q) => ids[p].localeCompare(ids[q]));
    const members = positions.map((p) => humans[p]);
    const anchor = members.find((m) => m.system === authority) ?? members[0];
    return {
      id: `person:${members[0].id}`,
      name: anchor.name || anchor.upn || anchor.email || anchor.nativeId,
      accountIds: members.map((m) => m.id),
      systems: [...new Set(members.map((m) => m.system))],
      reasons: positions.flatMap((p) => reasons[node[p]] ?? []),
      orphan: authority !== undefined && !members.some((m) => m.system === authority)
    };
  });
}
