/**
 * AWS escalation edges: who can assume which role (trust policies), and who can use a published
 * escalation method to gain more rights. Edges that fan out to other principals (minting a
 * user's keys, passing a role) are kept only towards principals that lead to an admin tier,
 * found by repeating the search until nothing new is reached; without that, one
 * `iam:CreateAccessKey` on `*` would add an edge to every user of the account.
 */
import type { Policy } from '../../model';
import { adminTierId, type PrivilegeEdge } from '../types';
import { ESCALATION_METHODS, type EscalationMethod } from './escalation-methods';
import type { AwsPrincipal } from './principals';
import type { TrustRelationship } from './trust';

const ADMIN = adminTierId('aws');

function arnFor(p: AwsPrincipal): string {
  return p.arn ?? `arn:aws:iam::${p.accountId ?? '000000000000'}:${p.kind}/${p.name}`;
}

function policyArn(policy: Policy, accountId: string | undefined): string {
  if (policy.nativeId.startsWith('arn:')) return policy.nativeId;
  return `arn:aws:iam::${accountId ?? '000000000000'}:policy/${policy.name}`;
}

interface Usable {
  method: EscalationMethod;
  policyIds: string[];
  conditional: boolean;
}

/** The methods whose every action the principal holds somewhere. */
function usableMethods(p: AwsPrincipal): Usable[] {
  const out: Usable[] = [];
  for (const method of ESCALATION_METHODS) {
    const policyIds = new Set<string>();
    let conditional = false;
    let ok = true;
    for (const a of method.actions) {
      const d = p.permissions.decideAny(a);
      if (!d.allowed) {
        ok = false;
        break;
      }
      d.policyIds.forEach((id) => policyIds.add(id));
      conditional ||= d.conditional;
    }
    if (ok) out.push({ method, policyIds: [...policyIds], conditional });
  }
  return out;
}

/** Can-assume edges from trust policies. */
export function assumeEdges(
  principals: readonly AwsPrincipal[],
  trusts: readonly TrustRelationship[]
): PrivilegeEdge[] {
  const byId = new Map(principals.map((p) => [p.id, p]));
  const assumers = principals.filter(
    (p) =>
      (p.kind === 'user' || p.kind === 'role') && p.permissions.decideAny('sts:AssumeRole').allowed
  );
  const out = new Map<string, PrivilegeEdge>();
  const add = (
    from: string,
    to: string,
    t: TrustRelationship,
    definite: boolean,
    policyIds: string[]
  ) => {
    const key = `${from}>${to}`;
    if (out.has(key) && out.get(key)?.certainty === 'definite') return;
    out.set(key, {
      from,
      to,
      kind: 'can-assume',
      certainty: definite && !t.conditional ? 'definite' : 'possible',
      actions: ['sts:AssumeRole'],
      policyIds,
      note: `trust policy names ${t.principal}`
    });
  };
  for (const t of trusts) {
    const role = byId.get(t.roleId);
    if (!role || t.negated) continue;
    if (t.kind === 'principal')
      for (const id of t.principalIds) if (id !== role.id) add(id, role.id, t, true, []);
    if (t.kind !== 'account' && t.kind !== 'wildcard') continue;
    const account = /^\d{12}$/.test(t.principal) ? t.principal : t.principal.split(':')[4];
    for (const p of assumers) {
      if (p.id === role.id) continue;
      if (t.kind === 'account' && p.accountId && account && p.accountId !== account) continue;
      const d = p.permissions.decide('sts:AssumeRole', arnFor(role));
      if (d.allowed) add(p.id, role.id, t, !d.conditional, d.policyIds);
    }
  }
  return [...out.values()];
}

/** Can-escalate edges, towards an admin tier or a principal that leads to one. */
export function escalationEdges(
  principals: readonly AwsPrincipal[],
  trusts: readonly TrustRelationship[],
  assume: readonly PrivilegeEdge[],
  adminIds: ReadonlySet<string>,
  policies: ReadonlyMap<string, Policy>
): PrivilegeEdge[] {
  const actors = principals.filter(
    (p) => (p.kind === 'user' || p.kind === 'role') && !adminIds.has(p.id)
  );
  const usable = new Map(actors.map((p) => [p.id, usableMethods(p)]));
  const users = principals.filter((p) => p.kind === 'user');
  const groups = principals.filter((p) => p.kind === 'group');
  const roles = principals.filter((p) => p.kind === 'role');
  const byId = new Map(principals.map((p) => [p.id, p]));
  const trustedBy = new Map<string, Set<string>>();
  for (const t of trusts) {
    if (t.kind !== 'service') continue;
    const set = trustedBy.get(t.principal) ?? new Set<string>();
    set.add(t.roleId);
    trustedBy.set(t.principal, set);
  }
  const assumable = new Map<string, string[]>();
  for (const e of assume) assumable.set(e.from, [...(assumable.get(e.from) ?? []), e.to]);

  const edges = new Map<string, PrivilegeEdge>();
  const add = (p: AwsPrincipal, u: Usable, to: string, via?: string) => {
    const key = `${p.id}>${to}>${u.method.id}`;
    if (edges.has(key)) return;
    edges.set(key, {
      from: p.id,
      to,
      kind: 'can-escalate',
      methodId: u.method.id,
      actions: u.method.actions,
      policyIds: u.policyIds,
      certainty: u.method.certainty === 'definite' && !u.conditional ? 'definite' : 'possible',
      via
    });
  };
  const allows = (p: AwsPrincipal, action: string, target: string) =>
    p.permissions.decide(action, target).allowed;

  // Methods that raise the principal itself do not depend on what else leads anywhere.
  for (const p of actors) {
    for (const u of usable.get(p.id) ?? []) {
      const m = u.method;
      if (m.reaches === 'self') {
        if (m.id === 'create-policy-version' || m.id === 'set-default-policy-version') {
          for (const id of p.policyIds) {
            const pol = policies.get(id);
            if (
              pol?.kind === 'customer-managed' &&
              allows(p, m.targetAction, policyArn(pol, p.accountId))
            )
              add(p, u, ADMIN, id);
          }
        } else if (m.targetAction.endsWith('UserPolicy') && p.kind === 'user') {
          if (allows(p, m.targetAction, arnFor(p))) add(p, u, ADMIN);
        } else if (m.targetAction.endsWith('GroupPolicy') && p.kind === 'user') {
          for (const g of p.groupIds) {
            const group = byId.get(g);
            if (group && allows(p, m.targetAction, arnFor(group))) add(p, u, ADMIN, g);
          }
        } else if (m.targetAction.endsWith('RolePolicy') && p.kind === 'role') {
          if (allows(p, m.targetAction, arnFor(p))) add(p, u, ADMIN);
        }
      } else if (m.reaches === 'assumable-role') {
        for (const r of assumable.get(p.id) ?? []) {
          const role = byId.get(r);
          if (role && allows(p, m.targetAction, arnFor(role))) add(p, u, ADMIN, r);
        }
      }
    }
  }

  // Fan-out methods, repeated while new principals turn out to lead to an admin tier.
  const leads = new Set<string>(adminIds);
  const grow = () => {
    let changed = false;
    for (const e of [...edges.values(), ...assume]) {
      if ((e.to === ADMIN || leads.has(e.to)) && !leads.has(e.from)) {
        leads.add(e.from);
        changed = true;
      }
    }
    return changed;
  };
  grow();
  for (let round = 0; round < 10; round++) {
    for (const p of actors) {
      for (const u of usable.get(p.id) ?? []) {
        const m = u.method;
        if (m.reaches === 'other-user') {
          for (const t of users)
            if (t.id !== p.id && leads.has(t.id) && allows(p, m.targetAction, arnFor(t)))
              add(p, u, t.id);
        } else if (m.reaches === 'group' && p.kind === 'user') {
          for (const g of groups)
            if (
              !p.groupIds.includes(g.id) &&
              leads.has(g.id) &&
              allows(p, m.targetAction, arnFor(g))
            )
              add(p, u, g.id);
        } else if (m.reaches === 'role-trust') {
          for (const r of roles)
            if (r.id !== p.id && leads.has(r.id) && allows(p, m.targetAction, arnFor(r)))
              add(p, u, r.id);
        } else if (m.reaches === 'service-role' && m.service) {
          const passes = m.actions.includes('iam:PassRole');
          for (const r of trustedBy.get(m.service) ?? []) {
            const role = byId.get(r);
            if (!role || r === p.id || !leads.has(r)) continue;
            if (!passes || allows(p, 'iam:PassRole', arnFor(role))) add(p, u, r);
          }
        }
      }
    }
    if (!grow()) break;
  }
  return [...edges.values()];
}
