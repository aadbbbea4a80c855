/**
 * Can-assume edges from trust policies. A trust naming a principal by ARN is an edge by itself
 * (within an account the trust policy alone grants it). A trust naming an account, or `*`,
 * admits every principal whose own policies allow `sts:AssumeRole` on the role: checking every
 * principal against every such role is quadratic, so those edges are asked for only towards
 * the roles that matter (see escalation.ts).
 */
import { adminTierId, type PrivilegeEdge } from '../types';
import type { AwsPrincipal } from './principals';
import type { TrustRelationship } from './trust';

/** The ARN of a principal, or a stand-in built from its kind and name. */
export function arnFor(p: AwsPrincipal): string {
  return p.arn ?? `arn:aws:iam::${p.accountId ?? '000000000000'}:${p.kind}/${p.name}`;
}

function edge(
  from: string,
  to: string,
  t: TrustRelationship,
  definite: boolean,
  policyIds: string[]
): PrivilegeEdge {
  return {
    from,
    to,
    kind: 'can-assume',
    certainty: definite && !t.conditional ? 'definite' : 'possible',
    actions: ['sts:AssumeRole'],
    policyIds,
    note: `trust policy names ${t.principal}`
  };
}

/** Edges of trusts that name a principal of the import by ARN. */
export function namedAssumeEdges(trusts: readonly TrustRelationship[]): PrivilegeEdge[] {
  const out: PrivilegeEdge[] = [];
  for (const t of trusts) {
    if (t.kind !== 'principal' || t.negated) continue;
    for (const id of t.principalIds) if (id !== t.roleId) out.push(edge(id, t.roleId, t, true, []));
  }
  return out;
}

interface OpenRole {
  role: AwsPrincipal;
  trust: TrustRelationship;
  account?: string;
}

/** Roles open to a whole account or to everyone, and who may walk in. */
export class OpenTrusts {
  private readonly open: OpenRole[] = [];

  constructor(principals: readonly AwsPrincipal[], trusts: readonly TrustRelationship[]) {
    const byId = new Map(principals.map((p) => [p.id, p]));
    for (const t of trusts) {
      const role = byId.get(t.roleId);
      if (!role || t.negated || (t.kind !== 'account' && t.kind !== 'wildcard')) continue;
      const account = /^\d{12}$/.test(t.principal) ? t.principal : t.principal.split(':')[4];
      this.open.push({ role, trust: t, account: t.kind === 'account' ? account : undefined });
    }
  }

  private byRole?: Map<string, OpenRole[]>;

  /** The open roles among some role ids, in the order given. */
  among(ids: readonly string[]): OpenRole[] {
    if (!this.byRole) {
      this.byRole = new Map();
      for (const o of this.open)
        this.byRole.set(o.role.id, [...(this.byRole.get(o.role.id) ?? []), o]);
    }
    const byRole = this.byRole;
    return ids.flatMap((id) => byRole.get(id) ?? []);
  }

  /** Every open role. */
  all(): readonly OpenRole[] {
    return this.open;
  }

  /** Can-assume edges from `p` to the given open roles (all when omitted), at most `limit`. */
  edgesFrom(
    p: AwsPrincipal,
    roles: readonly OpenRole[] = this.open,
    limit = Infinity
  ): PrivilegeEdge[] {
    if (roles.length === 0 || !p.permissions.decideAny('sts:AssumeRole').allowed) return [];
    const out: PrivilegeEdge[] = [];
    for (const { role, trust, account } of roles) {
      if (out.length >= limit) break;
      if (role.id === p.id) continue;
      if (account && p.accountId && account !== p.accountId) continue;
      const arn = arnFor(role);
      if (!p.permissions.allows('sts:AssumeRole', arn)) continue;
      const d = p.permissions.decide('sts:AssumeRole', arn);
      out.push(edge(p.id, role.id, trust, !d.conditional, d.policyIds));
    }
    return out;
  }
}

export const AWS_ADMIN_TIER = adminTierId('aws');
