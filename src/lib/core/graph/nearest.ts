/**
 * The shortest path to an admin tier for many identities at once: one backward breadth-first
 * walk from every tier gives each node its next step towards the nearest tier, so listing the
 * paths of every identity costs one pass over the graph instead of one search per identity.
 */
import type { PrivilegeGraph } from './types';

/** For each id in `from` that reaches an admin tier, one shortest path (node ids) to a tier. */
export function shortestPathsToAdminTiers(
  g: PrivilegeGraph,
  from: readonly string[]
): Map<string, string[]> {
  const next = new Map<string, string | null>();
  const queue: string[] = g.filterNodes((_id, a) => a.kind === 'admin-tier');
  for (const t of queue) next.set(t, null);
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i];
    for (const prev of g.inNeighbors(at)) {
      if (next.has(prev)) continue;
      next.set(prev, at);
      queue.push(prev);
    }
  }

  const out = new Map<string, string[]>();
  for (const id of from) {
    if (!next.has(id) || next.get(id) === null) continue;
    const path = [id];
    for (let at = next.get(id); at; at = next.get(at)) path.push(at);
    out.set(id, path);
  }
  return out;
}
