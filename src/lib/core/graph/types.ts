/** The privilege graph (SPEC §6): node and edge attributes, shared by build, queries and layout. */
import type { MultiDirectedGraph } from 'graphology';

export type NodeKind = 'person' | 'account' | 'group' | 'role' | 'policy' | 'admin-tier';

export type EdgeKind =
  | 'owns-account'
  | 'member-of'
  | 'assigned'
  | 'has-policy'
  | 'can-assume'
  | 'can-escalate'
  /** From an admin-equivalent principal or role to its system's admin tier. */
  | 'admin-equivalent';

export interface NodeAttrs {
  kind: NodeKind;
  label: string;
  system?: string;
  /** false for disabled accounts: they keep their node but confer nothing. */
  enabled?: boolean;
}

export interface EdgeAttrs {
  kind: EdgeKind;
  /** assigned: permanent or eligible. */
  type?: 'permanent' | 'eligible';
  scope?: string;
  certainty?: 'definite' | 'possible';
  methodId?: string;
  actions?: string[];
  policyIds?: string[];
  via?: string;
  /** admin-equivalent: why; can-assume: the trust statement. */
  reason?: string;
}

export type PrivilegeGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;
