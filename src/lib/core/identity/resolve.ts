/** Identity resolution: accounts of one human across systems become one Person (SPEC §3). */
import type { Account, System } from '../model';
import { linkKeys } from './keys';
import type { LinkReason, ManualLink, Person } from './person';

/** The directory whose accounts define who works here, in order of preference. */
const AUTHORITATIVE: readonly System[] = ['entra', 'ad', 'okta', 'google'];

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.get(root) !== undefined && this.parent.get(root) !== root) {
      root = this.parent.get(root)!;
    }
    let node = x;
    while (node !== root) {
      const next = this.parent.get(node) ?? node;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** The authoritative directory among the systems present, if any. */
export function authoritativeSystem(accounts: readonly Account[]): System | undefined {
  const present = new Set(accounts.filter((a) => a.kind === 'human').map((a) => a.system));
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
  const uf = new UnionFind();
  const reasons = new Map<string, LinkReason[]>();
  const unlinks = manual.filter((m) => m.action === 'unlink');
  const separated = (ra: string, rb: string) =>
    unlinks.some((u) => {
      const x = uf.find(u.a);
      const y = uf.find(u.b);
      return (x === ra && y === rb) || (x === rb && y === ra);
    });
  const join = (a: string, b: string, reason: LinkReason) => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb || separated(ra, rb)) return;
    uf.union(a, b);
    const list = reasons.get(reason.accountId) ?? [];
    list.push(reason);
    reasons.set(reason.accountId, list);
  };

  // Manual links first: the consultant's word outranks any key.
  const known = new Set(humans.map((a) => a.id));
  for (const m of manual) {
    if (m.action === 'link' && known.has(m.a) && known.has(m.b)) {
      join(m.a, m.b, { accountId: m.b, rule: 'manual', key: m.a });
    }
  }
  const firstByKey = new Map<string, string>();
  for (const account of humans) {
    uf.find(account.id);
    for (const { rule, key } of linkKeys(account)) {
      const first = firstByKey.get(key);
      if (first === undefined) firstByKey.set(key, account.id);
      else if (first !== account.id) join(first, account.id, { accountId: account.id, rule, key });
    }
  }

  const groups = new Map<string, Account[]>();
  for (const account of humans) {
    const root = uf.find(account.id);
    const list = groups.get(root) ?? [];
    list.push(account);
    groups.set(root, list);
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
