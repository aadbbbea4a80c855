/**
 * A deterministic synthetic privilege graph for benchmarks only: the same seed gives the same
 * graph, so frame and layout times can be compared between runs. Never shown as customer data.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, EdgeKind, NodeAttrs, NodeKind, PrivilegeGraph } from './types';

const SYSTEMS = ['aws', 'entra', 'okta', 'google', 'ad', 'gcp'];

// Shares of the non-tier nodes per kind, roughly those of a mid-sized tenant.
const KIND_SHARE: [NodeKind, number][] = [
  ['person', 0.25],
  ['account', 0.4],
  ['group', 0.12],
  ['policy', 0.1],
  ['role', 0.13]
];

// Which kinds an edge of each kind joins, as the real graph builds them.
const EDGE_SHAPES: [EdgeKind, NodeKind, NodeKind, number][] = [
  ['owns-account', 'person', 'account', 0.15],
  ['member-of', 'account', 'group', 0.25],
  ['member-of', 'group', 'group', 0.05],
  ['assigned', 'account', 'role', 0.15],
  ['assigned', 'group', 'role', 0.1],
  ['has-policy', 'account', 'policy', 0.08],
  ['has-policy', 'group', 'policy', 0.07],
  ['has-policy', 'role', 'policy', 0.07],
  ['can-assume', 'role', 'role', 0.04],
  ['can-escalate', 'account', 'role', 0.02],
  ['admin-equivalent', 'role', 'admin-tier', 0.02]
];

/** mulberry32: a small seeded generator, good enough to spread nodes and edges. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A graph of `nodes` nodes (six of them admin tiers) and `edges` edges, the same for a seed. */
export function syntheticGraph(nodes: number, edges: number, seed: number): PrivilegeGraph {
  const g: PrivilegeGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const byKind = new Map<NodeKind, string[]>();
  const add = (id: string, attrs: NodeAttrs) => {
    g.addNode(id, attrs);
    const list = byKind.get(attrs.kind);
    if (list) list.push(id);
    else byKind.set(attrs.kind, [id]);
  };

  const tiers = SYSTEMS.slice(0, Math.min(SYSTEMS.length, nodes));
  for (const s of tiers)
    add(`admin-tier:${s}`, { kind: 'admin-tier', label: `${s} admin`, system: s });
  const rest = nodes - tiers.length;
  let made = 0;
  KIND_SHARE.forEach(([kind, share], i) => {
    const count = i === KIND_SHARE.length - 1 ? rest - made : Math.round(rest * share);
    for (let n = 0; n < count; n++) {
      const system = kind === 'person' ? undefined : pick(SYSTEMS);
      add(`bench:${kind}:${n}`, { kind, label: `${kind} ${n}`, system, enabled: true });
    }
    made += count;
  });

  const total = EDGE_SHAPES.reduce((sum, s) => sum + s[3], 0);
  const usable = EDGE_SHAPES.filter(([, from, to]) => byKind.has(from) && byKind.has(to));
  let left = usable.length === 0 ? 0 : edges;
  for (let attempts = 0; left > 0 && attempts < edges * 4; attempts++) {
    let r = rnd() * total;
    let shape = usable[0];
    for (const s of usable) {
      r -= s[3];
      if (r <= 0) {
        shape = s;
        break;
      }
    }
    const [kind, fromKind, toKind] = shape;
    const from = pick(byKind.get(fromKind) ?? []);
    const to = pick(byKind.get(toKind) ?? []);
    if (from === to) continue;
    const attrs: EdgeAttrs = { kind };
    if (kind === 'assigned') attrs.type = rnd() < 0.3 ? 'eligible' : 'permanent';
    if (kind === 'can-escalate') attrs.actions = ['iam:PassRole'];
    g.addDirectedEdge(from, to, attrs);
    left--;
  }
  return g;
}
