/**
 * Transitive group membership for every system. Nesting may loop (AD allows a group to contain
 * a group that contains it), so every walk keeps a visited set.
 */
import type { Group } from '../model';

export interface Membership {
  /** Every group the member belongs to, directly or through nesting. */
  groupsOf(memberId: string): string[];
  /** Every member id (accounts and groups) inside a group, through nesting. */
  membersOf(groupId: string): string[];
  /** One nesting chain from a member to a group it belongs to: `[member, g1, …, group]`. */
  chain(memberId: string, groupId: string): string[] | undefined;
  isGroup(id: string): boolean;
}

/** Indexes group nesting once so that every later question is a walk over a map. */
export function buildMembership(groups: readonly Group[]): Membership {
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const g of groups) {
    children.set(g.id, g.memberIds);
    for (const m of g.memberIds) {
      const list = parents.get(m);
      if (list) list.push(g.id);
      else parents.set(m, [g.id]);
    }
  }

  // Breadth-first over parent links; `prev` remembers how each group was reached.
  const upCache = new Map<string, Map<string, string>>();
  function up(memberId: string): Map<string, string> {
    let prev = upCache.get(memberId);
    if (prev) return prev;
    prev = new Map();
    const queue = [memberId];
    for (let i = 0; i < queue.length; i++) {
      for (const g of parents.get(queue[i]) ?? []) {
        if (g === memberId || prev.has(g)) continue;
        prev.set(g, queue[i]);
        queue.push(g);
      }
    }
    upCache.set(memberId, prev);
    return prev;
  }

  return {
    groupsOf: (memberId) => [...up(memberId).keys()],
    membersOf(groupId) {
      const seen = new Set<string>();
      const queue = [groupId];
      for (let i = 0; i < queue.length; i++) {
        for (const m of children.get(queue[i]) ?? []) {
          if (m === groupId || seen.has(m)) continue;
          seen.add(m);
          queue.push(m);
        }
      }
      return [...seen];
    },
    chain(memberId, groupId) {
      const prev = up(memberId);
      if (!prev.has(groupId)) return undefined;
      const out = [groupId];
      let at = groupId;
      while (at !== memberId) {
        at = prev.get(at) as string;
        out.unshift(at);
      }
      return out;
    },
    isGroup: (id) => children.has(id)
  };
}
