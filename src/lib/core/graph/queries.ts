/**
 * Questions asked of the privilege graph (SPEC §6): paths from an identity to an admin tier,
 * the shortest one, the blast radius of one identity, and the share of identities that can
 * reach an admin tier.
 */
import { singleSource } from 'graphology-shortest-path/unweighted';
import { bfsFromNode } from 'graphology-traversal';
import type { PrivilegeGraph } from './types';

export interface PathQuery {
  /** Longest path, in edges. Default 8. */
  maxDepth?: number;
  /** Paths returned at most. Default 50. */
  maxPaths?: number;
}

export interface PathsResult {
  /** Each path is the node ids from the identity to an admin tier. */
  paths: string[][];
  /** true when a cap stopped the search: more paths may exist. */
  truncated: boolean;
}

const isTier = (g: PrivilegeGraph, id: string) => g.getNodeAttribute(id, 'kind') === 'admin-tier';

/**
 * Every simple path from `from` to any admin tier, depth-first, bounded by `maxDepth` edges and
 * `maxPaths` paths (the number of simple paths grows exponentially with nesting).
 */
export function pathsToAdminTier(
  g: PrivilegeGraph,
  from: string,
  query: PathQuery = {}
): PathsResult {
  const maxDepth = query.maxDepth ?? 8;
  const maxPaths = query.maxPaths ?? 50;
  const paths: string[][] = [];
  let truncated = false;
  if (!g.hasNode(from)) return { paths, truncated };
  const stack = [from];
  const onPath = new Set([from]);

  const walk = (at: string) => {
    if (truncated) return;
    for (const next of g.outNeighbors(at)) {
      if (onPath.has(next)) continue;
      if (isTier(g, next)) {
        if (paths.length >= maxPaths) {
          truncated = true;
          return;
        }
        paths.push([...stack, next]);
        continue;
      }
      if (stack.length > maxDepth - 1) {
        truncated = true;
        continue;
      }
      stack.push(next);
      onPath.add(next);
      walk(next);
      onPath.delete(next);
      stack.pop();
      if (truncated) return;
    }
  };
  walk(from);
  return { paths, truncated };
}

/** The shortest path (fewest edges) from `from` to any admin tier, or null. */
export function shortestPathToAdminTier(g: PrivilegeGraph, from: string): string[] | null {
  if (!g.hasNode(from)) return null;
  let best: string[] | null = null;
  for (const [target, path] of Object.entries(singleSource(g, from))) {
    if (target !== from && isTier(g, target) && (!best || path.length < best.length)) best = path;
  }
  return best;
}

export interface BlastRadius {
  /** Accounts the identity is or can act as (owned, assumable, reachable by escalation). */
  accounts: string[];
  groups: string[];
  roles: string[];
  policies: string[];
  /** Admin tiers reachable, e.g. `admin-tier:aws`. */
  adminTiers: string[];
}

/** Everything reachable from one identity by following edges forward. */
export function blastRadius(g: PrivilegeGraph, from: string): BlastRadius {
  const out: BlastRadius = { accounts: [], groups: [], roles: [], policies: [], adminTiers: [] };
  if (!g.hasNode(from)) return out;
  bfsFromNode(
    g,
    from,
    (id, attrs) => {
      if (id === from) return;
      if (attrs.kind === 'account') out.accounts.push(id);
      else if (attrs.kind === 'group') out.groups.push(id);
      else if (attrs.kind === 'role') out.roles.push(id);
      else if (attrs.kind === 'policy') out.policies.push(id);
      else if (attrs.kind === 'admin-tier') out.adminTiers.push(id);
    },
    { mode: 'outbound' }
  );
  return out;
}

export interface ReachShare {
  /** Persons, plus enabled accounts that belong to no person. */
  identities: number;
  reaching: string[];
  /** 0–100, one decimal; null when there are no identities. */
  share: number | null;
}

/** The share of identities that can reach an admin tier: one backward walk from every tier. */
export function adminReachShare(g: PrivilegeGraph): ReachShare {
  const reaches = new Set<string>();
  const queue: string[] = g.filterNodes((_id, a) => a.kind === 'admin-tier');
  queue.forEach((id) => reaches.add(id));
  for (let i = 0; i < queue.length; i++) {
    for (const prev of g.inNeighbors(queue[i])) {
      if (reaches.has(prev)) continue;
      reaches.add(prev);
      queue.push(prev);
    }
  }
  const owned = new Set<string>();
  g.forEachEdge((_e, a, _source, target) => {
    if (a.kind === 'owns-account') owned.add(target);
  });
  const identities = g.filterNodes(
    (id, a) =>
      a.kind === 'person' || (a.kind === 'account' && a.enabled !== false && !owned.has(id))
  );
  const reaching = identities.filter((id) => reaches.has(id));
  const share =
    identities.length === 0 ? null : Math.round((reaching.length / identities.length) * 1000) / 10;
  return { identities: identities.length, reaching, share };
}
