/**
 * Colours and words of the graph legend. Okabe–Ito colours, which stay apart for the common
 * colour-vision deficiencies; admin tiers also differ by shape, so colour is never the only cue.
 */
import type { EdgeKind, NodeKind } from '$lib/core/graph';

export const NODE_COLOURS: Record<NodeKind, string> = {
  person: '#CC79A7',
  account: '#0072B2',
  group: '#009E73',
  policy: '#E69F00',
  role: '#56B4E9',
  'admin-tier': '#D55E00'
};

export const NODE_NAMES: Record<NodeKind, string> = {
  person: 'Person',
  account: 'Account',
  group: 'Group',
  policy: 'Policy',
  role: 'Role',
  'admin-tier': 'Admin tier'
};

export const EDGE_COLOURS: Record<EdgeKind, string> = {
  'owns-account': '#b9a3b3',
  'member-of': '#9fbfae',
  assigned: '#9ab3cc',
  'has-policy': '#cdb27e',
  'can-assume': '#0072B2',
  'can-escalate': '#D55E00',
  'admin-equivalent': '#7d0a0a'
};

export const EDGE_NAMES: Record<EdgeKind, string> = {
  'owns-account': 'owns the account',
  'member-of': 'is a member of',
  assigned: 'holds the role',
  'has-policy': 'has the policy',
  'can-assume': 'can assume',
  'can-escalate': 'can escalate to',
  'admin-equivalent': 'is admin-equivalent in'
};

/** Edges that grant rights beyond structure are drawn dashed as well as coloured. */
export const DASHED: ReadonlySet<EdgeKind> = new Set(['can-assume', 'can-escalate']);

export const PATH_COLOUR = '#f0b400';
export const DIM_EDGE = 'rgba(140, 150, 165, 0.12)';
export const DIM_NODE = '#d9dee5';
