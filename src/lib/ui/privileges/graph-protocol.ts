/** Messages between the Privileges page and the graph worker, and the graph as the page draws it. */
import type { EdgeKind, NodeKind } from '$lib/core/graph';
import type { Person } from '$lib/core/identity/person';
import type { RecordSet } from '$lib/core/model';
import type { PrivilegeAnalysis } from '$lib/core/privilege/analyse';

export const NODE_KINDS: readonly NodeKind[] = [
  'person',
  'account',
  'group',
  'policy',
  'role',
  'admin-tier'
];
export const EDGE_KINDS: readonly EdgeKind[] = [
  'owns-account',
  'member-of',
  'assigned',
  'has-policy',
  'can-assume',
  'can-escalate',
  'admin-equivalent'
];
export type LayoutName = 'layered' | 'forceatlas2';

/** No system: persons have none. */
export const NO_SYSTEM = 255;
export const EDGE_ELIGIBLE = 1;
export const EDGE_POSSIBLE = 2;

/** One identity's shortest path to an admin tier, told edge by edge. */
export interface ExplainedPath {
  /** Node indexes, from the identity to the tier. */
  nodes: number[];
  sentences: string[];
}

/** An escalation path of the privilege analysis, told in words (SPEC §6). */
export interface ExplainedEscalation {
  principalId: string;
  system: string;
  certainty: 'definite' | 'possible';
  sentences: string[];
}

/**
 * The graph in flat arrays, so the page can draw 5,000 nodes and 20,000 edges without walking
 * objects, and the worker can transfer the buffers instead of copying them.
 */
export interface GraphSnapshot {
  /** A generated benchmark graph, not the assessment's data. */
  synthetic: boolean;
  layout: LayoutName;
  ids: string[];
  labels: string[];
  /** Index into NODE_KINDS. */
  kinds: Uint8Array;
  /** Index into systemNames, or NO_SYSTEM. */
  systems: Uint8Array;
  systemNames: string[];
  /** x0, y0, x1, y1, … in layout units. */
  positions: Float32Array;
  /** Typical distance between neighbouring nodes, in layout units: sizes nodes and labels. */
  unit: number;
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  /** Index into EDGE_KINDS. */
  edgeKinds: Uint8Array;
  /** EDGE_ELIGIBLE | EDGE_POSSIBLE bits. */
  edgeFlags: Uint8Array;
  /** Persons, plus enabled accounts that belong to no person. */
  identities: number;
  /** Node indexes of the identities that reach an admin tier. */
  reaching: Uint32Array;
  /** 0–100, one decimal; null when there are no identities. */
  share: number | null;
  /** Shortest path of each reaching identity, at most PATH_LIMIT of them. */
  paths: ExplainedPath[];
  pathsTruncated: boolean;
  escalations: ExplainedEscalation[];
  buildMs: number;
  layoutMs: number;
}

/** What one identity can reach (its blast radius) and how it reaches an admin tier. */
export interface FocusResult {
  index: number;
  /** Node indexes reachable from the identity, itself excluded. */
  reach: number[];
  counts: { accounts: number; groups: number; roles: number; policies: number };
  adminTiers: string[];
  shortest: ExplainedPath | null;
  /** Further paths to an admin tier, bounded. */
  paths: ExplainedPath[];
  truncated: boolean;
}

export type GraphRequest =
  | {
      type: 'build';
      requestId: number;
      records: RecordSet;
      persons: Person[];
      privilege: PrivilegeAnalysis;
      layout: LayoutName;
    }
  | {
      type: 'synthetic';
      requestId: number;
      nodes: number;
      edges: number;
      seed: number;
      layout: LayoutName;
    }
  | { type: 'layout'; requestId: number; layout: LayoutName }
  | { type: 'focus'; requestId: number; id: string };

export type GraphResponse =
  | { type: 'graph'; requestId: number; snapshot: GraphSnapshot }
  | { type: 'focus'; requestId: number; focus: FocusResult | null }
  | { type: 'error'; requestId: number; message: string };
