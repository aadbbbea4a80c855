/**
 * Escalation paths over the edges of every system: for each principal that is not
 * admin-equivalent, the shortest chain of edges to an admin tier or an admin-equivalent
 * principal, preferring a chain whose every step is definite.
 */
import type { EscalationPath, PrivilegeEdge } from './types';

function shortest(
  start: string,
  out: ReadonlyMap<string, PrivilegeEdge[]>,
  isTarget: (id: string) => boolean,
  definiteOnly: boolean
): PrivilegeEdge[] | undefined {
  const prev = new Map<string, PrivilegeEdge>();
  const seen = new Set([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const e of out.get(queue[i]) ?? []) {
      if (definiteOnly && e.certainty !== 'definite') continue;
      if (seen.has(e.to)) continue;
      seen.add(e.to);
      prev.set(e.to, e);
      if (isTarget(e.to)) {
        const steps: PrivilegeEdge[] = [];
        for (let at = e.to; at !== start;) {
          const step = prev.get(at) as PrivilegeEdge;
          steps.unshift(step);
          at = step.from;
        }
        return steps;
      }
      queue.push(e.to);
    }
  }
  return undefined;
}

/** One path per principal that can reach admin rights; `usable` filters out disabled sources. */
export function escalationPaths(
  edges: readonly PrivilegeEdge[],
  adminIds: ReadonlySet<string>,
  systemOf: (id: string) => string,
  usable: (id: string) => boolean
): EscalationPath[] {
  const out = new Map<string, PrivilegeEdge[]>();
  for (const e of edges) {
    if (!usable(e.from)) continue;
    const list = out.get(e.from);
    if (list) list.push(e);
    else out.set(e.from, [e]);
  }
  const isTarget = (id: string) => id.startsWith('admin-tier:') || adminIds.has(id);
  const paths: EscalationPath[] = [];
  for (const start of out.keys()) {
    if (adminIds.has(start)) continue;
    const definite = shortest(start, out, isTarget, true);
    const steps = definite ?? shortest(start, out, isTarget, false);
    if (!steps) continue;
    paths.push({
      principalId: start,
      system: systemOf(start),
      steps,
      certainty: definite ? 'definite' : 'possible',
      target: steps[steps.length - 1].to
    });
  }
  return paths;
}
