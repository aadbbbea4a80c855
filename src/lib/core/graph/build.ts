/**
 * Builds the privilege graph from the records and the privilege analysis. Edges leaving a
 * disabled account are left out: a disabled account confers nothing, so no path runs through it.
 */
import { MultiDirectedGraph } from 'graphology';
import type { Person } from '../identity/person';
import type { RecordSet } from '../model';
import type { PrivilegeAnalysis } from '../privilege/analyse';
import { roleVerdict } from '../privilege/holdings';
import { adminTierId } from '../privilege/types';
import type { EdgeAttrs, NodeAttrs, PrivilegeGraph } from './types';

const SYSTEM_NAMES: Record<string, string> = {
  aws: 'AWS',
  entra: 'Entra ID',
  okta: 'Okta',
  google: 'Google Workspace',
  ad: 'Active Directory',
  gcp: 'Google Cloud'
};

/** The graph of persons, accounts, groups, roles, policies and admin tiers. */
export function buildPrivilegeGraph(
  records: RecordSet,
  persons: readonly Person[],
  analysis: PrivilegeAnalysis
): PrivilegeGraph {
  const g: PrivilegeGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const node = (id: string, attrs: NodeAttrs) => {
    if (!g.hasNode(id)) g.addNode(id, attrs);
  };
  const disabled = new Set(records.accounts.filter((a) => a.enabled === false).map((a) => a.id));
  const edge = (from: string, to: string, attrs: EdgeAttrs) => {
    if (!g.hasNode(from) || !g.hasNode(to) || disabled.has(from) || from === to) return;
    g.addDirectedEdge(from, to, attrs);
  };
  const tier = (system: string) => {
    const id = adminTierId(system);
    node(id, { kind: 'admin-tier', label: `${SYSTEM_NAMES[system] ?? system} admin`, system });
    return id;
  };

  // Nodes first, so that every edge finds both ends.
  for (const a of records.accounts)
    node(a.id, { kind: 'account', label: a.name, system: a.system, enabled: a.enabled !== false });
  for (const gr of records.groups)
    node(gr.id, { kind: 'group', label: gr.name, system: gr.system });
  for (const r of records.roles) node(r.id, { kind: 'role', label: r.name, system: r.system });
  for (const p of records.policies) node(p.id, { kind: 'policy', label: p.name, system: p.system });
  for (const p of persons) node(p.id, { kind: 'person', label: p.name });
  for (const s of new Set(records.accounts.map((a) => a.system))) tier(s);

  for (const p of persons) for (const a of p.accountIds) edge(p.id, a, { kind: 'owns-account' });
  for (const gr of records.groups)
    for (const m of gr.memberIds) edge(m, gr.id, { kind: 'member-of' });
  for (const a of records.assignments)
    edge(a.principalId, a.roleId, { kind: 'assigned', type: a.type, scope: a.scope });
  for (const p of records.policies)
    for (const t of p.attachedTo) edge(t, p.id, { kind: 'has-policy' });

  // Admin-equivalent roles lead to their tier; so do principals admin-equivalent by themselves.
  const reasons = new Map(analysis.adminEquivalentDetails.map((d) => [d.principalId, d.reason]));
  const awsAdminRoles = new Set(analysis.aws.principals.filter((p) => p.admin).map((p) => p.id));
  for (const r of records.roles) {
    if (roleVerdict(r, awsAdminRoles).adminEquivalent) {
      const reason = reasons.get(r.id);
      edge(r.id, tier(r.system), {
        kind: 'admin-equivalent',
        reason: reason ?? `${r.name} is an admin role`
      });
    }
  }
  const adminGroups = new Set(
    analysis.adminEquivalentDetails
      .filter(
        (d) => g.hasNode(d.principalId) && g.getNodeAttribute(d.principalId, 'kind') === 'group'
      )
      .map((d) => d.principalId)
  );
  for (const d of analysis.adminEquivalentDetails) {
    if (!g.hasNode(d.principalId)) continue;
    const kind = g.getNodeAttribute(d.principalId, 'kind');
    if (
      kind === 'role' &&
      g.outDegree(d.principalId) > 0 &&
      g.outEdges(d.principalId).some((e) => g.getEdgeAttribute(e, 'kind') === 'admin-equivalent')
    )
      continue;
    // Rights held through a role or an admin group already show as a path through that node.
    if (d.reason.startsWith('holds ') || d.reason.startsWith('group holds ')) continue;
    if (kind === 'account' && g.outNeighbors(d.principalId).some((n) => adminGroups.has(n)))
      continue;
    edge(d.principalId, tier(d.system), { kind: 'admin-equivalent', reason: d.reason });
  }

  for (const e of analysis.edges) {
    if (e.to.startsWith('admin-tier:')) tier(e.to.slice('admin-tier:'.length));
    edge(e.from, e.to, {
      kind: e.kind,
      certainty: e.certainty,
      methodId: e.methodId,
      actions: e.actions,
      policyIds: e.policyIds,
      via: e.via,
      reason: e.note
    });
  }
  return g;
}
