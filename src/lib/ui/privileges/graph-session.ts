/**
 * What the graph worker does, kept out of the worker file so the worker stays a thin shell:
 * build the privilege graph (or the benchmark graph), lay it out, flatten it for drawing, and
 * answer focus questions. Pure: no DOM, so it runs in the worker and in unit tests.
 */
import {
  adminReachShare,
  blastRadius,
  buildPrivilegeGraph,
  explainPath,
  layoutGraph,
  pathsToAdminTier,
  shortestPathsToAdminTiers,
  syntheticGraph,
  type PrivilegeGraph
} from '$lib/core/graph';
import type { Person } from '$lib/core/identity/person';
import type { RecordSet } from '$lib/core/model';
import type { PrivilegeAnalysis } from '$lib/core/privilege/analyse';
import {
  EDGE_ELIGIBLE,
  EDGE_KINDS,
  EDGE_POSSIBLE,
  NO_SYSTEM,
  NODE_KINDS,
  type ExplainedEscalation,
  type ExplainedPath,
  type FocusResult,
  type GraphSnapshot,
  type LayoutName
} from './graph-protocol';

/** Identity paths told in the table at most; beyond it the table says how many it left out. */
export const PATH_LIMIT = 5000;
const ROW_GAP = 12;

export interface GraphSession {
  graph: PrivilegeGraph;
  synthetic: boolean;
  index: Map<string, number>;
  ids: string[];
  identities: number;
  reaching: string[];
  share: number | null;
  paths: ExplainedPath[];
  pathsTruncated: boolean;
  escalations: ExplainedEscalation[];
  buildMs: number;
}

const now = () => performance.now();

function explained(s: Pick<GraphSession, 'graph' | 'index'>, path: string[]): ExplainedPath {
  return { nodes: path.map((id) => s.index.get(id) ?? -1), sentences: explainPath(s.graph, path) };
}

function sessionOf(graph: PrivilegeGraph, synthetic: boolean, started: number): GraphSession {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const reach = adminReachShare(graph);
  const shortest = shortestPathsToAdminTiers(graph, reach.reaching.slice(0, PATH_LIMIT));
  const s = { graph, index };
  return {
    graph,
    synthetic,
    index,
    ids,
    identities: reach.identities,
    reaching: reach.reaching,
    share: reach.share,
    paths: [...shortest.values()].map((p) => explained(s, p)),
    pathsTruncated: reach.reaching.length > PATH_LIMIT,
    escalations: [],
    buildMs: now() - started
  };
}

/** The graph of an assessment, with its escalation paths told in words. */
export function assessmentSession(
  records: RecordSet,
  persons: Person[],
  privilege: PrivilegeAnalysis
): GraphSession {
  const started = now();
  const graph = buildPrivilegeGraph(records, persons, privilege);
  const session = sessionOf(graph, false, started);
  // An escalation ends at an admin-equivalent principal; its own way to the tier finishes it.
  const onward = shortestPathsToAdminTiers(
    graph,
    privilege.escalationPaths.map((p) => p.target)
  );
  session.escalations = privilege.escalationPaths.map((p) => {
    const path = [p.principalId, ...p.steps.map((s) => s.to)];
    const rest = onward.get(p.target) ?? [];
    return {
      principalId: p.principalId,
      system: p.system,
      certainty: p.certainty,
      sentences: explainPath(graph, [...path, ...rest.slice(1)])
    };
  });
  return session;
}

/** The deterministic benchmark graph (syntheticGraph), never the assessment's data. */
export function syntheticSession(nodes: number, edges: number, seed: number): GraphSession {
  const started = now();
  return sessionOf(syntheticGraph(nodes, edges, seed), true, started);
}

/**
 * The layered layout stacks the admin tiers a row apart, so their names overlap; there are at
 * most six of them, so spread them over the height of the tallest column, in the same order.
 */
function spreadTiers(positions: Float32Array, kinds: Uint8Array): void {
  const tier = NODE_KINDS.indexOf('admin-tier');
  const tiers: number[] = [];
  let [minY, maxY] = [Infinity, -Infinity];
  for (let i = 0; i < kinds.length; i++) {
    const y = positions[i * 2 + 1];
    [minY, maxY] = [Math.min(minY, y), Math.max(maxY, y)];
    if (kinds[i] === tier) tiers.push(i);
  }
  if (tiers.length < 2) return;
  const span = Math.max(maxY - minY, tiers.length * ROW_GAP * 4);
  const top = (minY + maxY) / 2 - span / 2;
  tiers.sort((a, b) => positions[a * 2 + 1] - positions[b * 2 + 1]);
  tiers.forEach((i, k) => (positions[i * 2 + 1] = top + ((k + 0.5) * span) / tiers.length));
}

/** Lays the graph out and flattens it into transferable arrays. */
export function snapshotOf(s: GraphSession, layout: LayoutName): GraphSnapshot {
  const g = s.graph;
  const n = s.ids.length;

  // Columns as wide as they are tall, roughly, so the fitted view is not a thin strip.
  const perKind = new Map<string, number>();
  g.forEachNode((_id, a) => perKind.set(a.kind, (perKind.get(a.kind) ?? 0) + 1));
  const tallest = Math.max(1, ...perKind.values());
  const started = now();
  const pos = layoutGraph(g, {
    algorithm: layout,
    rowGap: ROW_GAP,
    columnGap: Math.max(240, tallest * ROW_GAP * 0.3)
  });
  const layoutMs = now() - started;

  const systemNames: string[] = [];
  const kinds = new Uint8Array(n);
  const systems = new Uint8Array(n);
  const positions = new Float32Array(n * 2);
  const labels: string[] = new Array<string>(n);
  s.ids.forEach((id, i) => {
    const a = g.getNodeAttributes(id);
    labels[i] = a.label;
    kinds[i] = NODE_KINDS.indexOf(a.kind);
    let sys = a.system ? systemNames.indexOf(a.system) : NO_SYSTEM;
    if (sys === -1) sys = systemNames.push(a.system as string) - 1;
    systems[i] = sys;
    positions[i * 2] = pos[id]?.x ?? 0;
    positions[i * 2 + 1] = pos[id]?.y ?? 0;
  });

  if (layout === 'layered') spreadTiers(positions, kinds);

  // ForceAtlas2 spreads nodes over an area of its own choosing: take the mean spacing.
  let unit = ROW_GAP;
  if (layout === 'forceatlas2' && n > 1) {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < n; i++) {
      [x0, x1] = [Math.min(x0, positions[i * 2]), Math.max(x1, positions[i * 2])];
      [y0, y1] = [Math.min(y0, positions[i * 2 + 1]), Math.max(y1, positions[i * 2 + 1])];
    }
    unit = Math.max(Math.sqrt(((x1 - x0) * (y1 - y0)) / n) / 2, 1e-3);
  }

  const m = g.size;
  const edgeSource = new Uint32Array(m);
  const edgeTarget = new Uint32Array(m);
  const edgeKinds = new Uint8Array(m);
  const edgeFlags = new Uint8Array(m);
  let e = 0;
  g.forEachEdge((_key, a, source, target) => {
    edgeSource[e] = s.index.get(source) ?? 0;
    edgeTarget[e] = s.index.get(target) ?? 0;
    edgeKinds[e] = EDGE_KINDS.indexOf(a.kind);
    edgeFlags[e] =
      (a.type === 'eligible' ? EDGE_ELIGIBLE : 0) |
      (a.certainty === 'possible' ? EDGE_POSSIBLE : 0);
    e++;
  });

  return {
    synthetic: s.synthetic,
    layout,
    ids: s.ids,
    labels,
    kinds,
    systems,
    systemNames,
    positions,
    unit,
    edgeSource,
    edgeTarget,
    edgeKinds,
    edgeFlags,
    identities: s.identities,
    reaching: Uint32Array.from(s.reaching.map((id) => s.index.get(id) ?? 0)),
    share: s.share,
    paths: s.paths,
    pathsTruncated: s.pathsTruncated,
    escalations: s.escalations,
    buildMs: s.buildMs,
    layoutMs
  };
}

/** The buffers of a snapshot, to transfer rather than copy. */
export function transferables(snap: GraphSnapshot): ArrayBuffer[] {
  return [
    snap.kinds,
    snap.systems,
    snap.positions,
    snap.edgeSource,
    snap.edgeTarget,
    snap.edgeKinds,
    snap.edgeFlags,
    snap.reaching
  ].map((a) => a.buffer as ArrayBuffer);
}

/** Blast radius and paths to an admin tier of one node; null when the id is unknown. */
export function focusOf(s: GraphSession, id: string): FocusResult | null {
  const index = s.index.get(id);
  if (index === undefined) return null;
  const radius = blastRadius(s.graph, id);
  const reachIds = [
    ...radius.accounts,
    ...radius.groups,
    ...radius.roles,
    ...radius.policies,
    ...radius.adminTiers
  ];
  const shortest = shortestPathsToAdminTiers(s.graph, [id]).get(id);
  const found = pathsToAdminTier(s.graph, id, { maxPaths: 20 });
  return {
    index,
    reach: reachIds.map((r) => s.index.get(r) ?? 0),
    counts: {
      accounts: radius.accounts.length,
      groups: radius.groups.length,
      roles: radius.roles.length,
      policies: radius.policies.length
    },
    adminTiers: radius.adminTiers.map((t) => s.graph.getNodeAttribute(t, 'label')),
    shortest: shortest ? explained(s, shortest) : null,
    paths: found.paths.map((p) => explained(s, p)),
    truncated: found.truncated
  };
}
