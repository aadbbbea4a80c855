/** Plain-words explanations of privilege paths: one sentence per edge. */
import { ESCALATION_METHODS } from '../privilege/aws/escalation-methods';
import type { EdgeAttrs, PrivilegeGraph } from './types';

// When two nodes are joined by several edges, the one that explains most is told.
const PREFERENCE: EdgeAttrs['kind'][] = [
  'can-escalate',
  'can-assume',
  'admin-equivalent',
  'assigned',
  'member-of',
  'has-policy',
  'owns-account'
];

const METHOD_TEXT = new Map(ESCALATION_METHODS.map((m) => [m.id, m.explanation]));

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function label(g: PrivilegeGraph, id: string): string {
  return g.hasNode(id) ? g.getNodeAttribute(id, 'label') : id;
}

function policyNames(g: PrivilegeGraph, ids: string[] | undefined): string {
  const names = (ids ?? []).map((id) => label(g, id));
  if (names.length === 0) return '';
  return names.length === 1 ? `policy ${names[0]}` : `policies ${list(names)}`;
}

function sentence(g: PrivilegeGraph, from: string, to: string, e: EdgeAttrs): string {
  const a = label(g, from);
  const b = label(g, to);
  const maybe =
    e.certainty === 'possible' ? ' (if the conditions the export cannot show hold)' : '';
  switch (e.kind) {
    case 'owns-account':
      return `${a} owns the account ${b}.`;
    case 'member-of':
      return `${a} is a member of ${b}.`;
    case 'assigned':
      return `${a} holds the role ${b} (${e.type ?? 'permanent'}${e.scope ? `, scope ${e.scope}` : ''}).`;
    case 'has-policy':
      return `${a} has ${policyNames(g, [to])}.`;
    case 'admin-equivalent':
      return `${a} is admin-equivalent${e.reason ? `: ${e.reason}` : ''}, which gives ${b} rights.`;
    case 'can-assume': {
      if (e.methodId === 'gcp-impersonation') {
        return `${a} can act as ${b} through ${list(e.actions ?? [])}${maybe}.`;
      }
      const how = policyNames(g, e.policyIds);
      return `${a} can assume ${b}${e.reason ? ` (${e.reason})` : ''}${how ? `, as ${how} allows` : ''}${maybe}.`;
    }
    case 'can-escalate': {
      const grants = policyNames(g, e.policyIds);
      const what = e.methodId ? METHOD_TEXT.get(e.methodId) : undefined;
      const prefix = grants
        ? `${a} has ${grants}, which allows ${list(e.actions ?? [])}, so `
        : `${a} holds ${list(e.actions ?? [])}, so `;
      const via = e.via && g.hasNode(e.via) ? ` (through ${label(g, e.via)})` : '';
      const target =
        g.getNodeAttribute(to, 'kind') === 'admin-tier'
          ? `and gains ${b} rights`
          : `and gains the rights of ${b}`;
      return `${prefix}${a} can ${what ?? 'use them'}${via} ${target}${maybe}.`;
    }
  }
}

/** One sentence per edge of a path of node ids, in the order of the path. */
export function explainPath(g: PrivilegeGraph, path: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const edges = g.edges(path[i], path[i + 1]).map((e) => g.getEdgeAttributes(e));
    if (edges.length === 0) {
      out.push(`${label(g, path[i])} has no known link to ${label(g, path[i + 1])}.`);
      continue;
    }
    // Between edges of one kind, the definite one: a path is only as certain as its story.
    const rank = (e: EdgeAttrs) =>
      PREFERENCE.indexOf(e.kind) * 2 + (e.certainty === 'possible' ? 1 : 0);
    edges.sort((x, y) => rank(x) - rank(y));
    out.push(sentence(g, path[i], path[i + 1], edges[0]));
  }
  return out;
}
