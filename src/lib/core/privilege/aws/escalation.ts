/**
 * AWS escalation edges: the published methods (escalation-methods.ts) and role assumption.
 * Edges that fan out to other principals (minting a user's keys, passing or assuming a role)
 * are kept only towards principals that lead to an admin tier, found by repeating the search
 * until nothing new is reached, and at most MAX_TARGETS per principal and method: without
 * that, one `iam:CreateAccessKey` on `*` adds an edge to every user of the account.
 *
 * Permissions boundaries: the acting principal's own actions are capped by its boundary (its
 * PermissionSet is); what it gains by rewriting the policies of a user or role is capped by
 * that user's or role's boundary (`underBoundary`); a target reached as a whole (a user whose
 * keys are minted, a role passed or assumed) counts only if its capped rights lead somewhere.
 */
import type { Policy } from '../../model';
import type { PrivilegeEdge } from '../types';
import { boundaryAdmin } from './admin';
import { arnFor, AWS_ADMIN_TIER as ADMIN, namedAssumeEdges, OpenTrusts } from './assume';
import { ESCALATION_METHODS, type EscalationMethod } from './escalation-methods';
import type { AwsPrincipal } from './principals';
import type { TrustRelationship } from './trust';

/** Fan-out edges kept per principal and method; admin-equivalent targets first. */
export const MAX_TARGETS = 5;

function policyArn(policy: Policy, accountId: string | undefined): string {
  if (policy.nativeId.startsWith('arn:')) return policy.nativeId;
  return `arn:aws:iam::${accountId ?? '000000000000'}:policy/${policy.name}`;
}

interface Usable {
  method: EscalationMethod;
  policyIds: string[];
  conditional: boolean;
}

// Every action some method needs: a principal is asked once which of them any of its policies
// allows at all.
const METHOD_ACTIONS = [...new Set(ESCALATION_METHODS.flatMap((m) => m.actions))];
// Each method's actions as bits over METHOD_ACTIONS, in the layout of PermissionSet.mayAllow.
const METHOD_NEEDS = ESCALATION_METHODS.map((m) => {
  const bits = new Int32Array(Math.ceil(METHOD_ACTIONS.length / 32));
  for (const a of m.actions) {
    const i = METHOD_ACTIONS.indexOf(a);
    bits[i >> 5] |= 1 << (i & 31);
  }
  return bits;
});

/** Every bit of `need` is set in `held`. */
function holdsAll(held: Int32Array, need: Int32Array): boolean {
  for (let w = 0; w < need.length; w++) if ((held[w] & need[w]) !== need[w]) return false;
  return true;
}

/** The methods whose every action the principal holds somewhere. */
function usableMethods(p: AwsPrincipal): Usable[] {
  const out: Usable[] = [];
  const held = p.permissions.mayAllow(METHOD_ACTIONS);
  for (let k = 0; k < ESCALATION_METHODS.length; k++) {
    // An action no policy allows fails decideAny below: the method is not usable.
    if (!holdsAll(held, METHOD_NEEDS[k])) continue;
    const method = ESCALATION_METHODS[k];
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

/** How a boundary bears on an escalation: it may make it only possible, and is named. */
interface Cap {
  possible: boolean;
  note?: string;
}

const UNCAPPED: Cap = { possible: false };

/**
 * What `p` gains by rewriting the identity policies of `holder` (itself, a group it is in, a
 * role it can assume) is capped by the holder's boundary: full rights only when the boundary
 * allows them, or when `p` can also lift the boundary (publish a new version of it, if it is a
 * customer-managed policy, or delete it from the holder). Undefined: the boundary stops it.
 */
function underBoundary(
  p: AwsPrincipal,
  holder: AwsPrincipal,
  policies: ReadonlyMap<string, Policy>
): Cap | undefined {
  const b = holder.permissions.boundary;
  if (!b) return UNCAPPED;
  if (!b.rights) {
    // The acting principal's own missing boundary is named on each of its edges already.
    const note = `permissions boundary ${b.arn} of ${holder.name} is not in the export and may cap the gain`;
    return { possible: true, note: holder === p ? undefined : note };
  }
  const full = boundaryAdmin(b);
  if (full) return { possible: full === 'possible' };
  const lifts: [string, string][] = [];
  const policy = b.policyId ? policies.get(b.policyId) : undefined;
  if (policy?.kind === 'customer-managed') lifts.push(['iam:CreatePolicyVersion', b.arn]);
  if (holder.kind === 'user' || holder.kind === 'role') {
    const action =
      holder.kind === 'user'
        ? 'iam:DeleteUserPermissionsBoundary'
        : 'iam:DeleteRolePermissionsBoundary';
    lifts.push([action, arnFor(holder)]);
  }
  for (const [action, arn] of lifts) {
    const d = p.permissions.decide(action, arn);
    if (!d.allowed) continue;
    return {
      possible: d.conditional,
      note: `also lifts permissions boundary ${b.name} of ${holder.name} with ${action}`
    };
  }
  return undefined;
}

/** The note of a principal whose own boundary is not in the export. */
function missingBoundary(p: AwsPrincipal): string | undefined {
  const b = p.permissions.boundary;
  return b && !b.rights
    ? `permissions boundary ${b.arn} of ${p.name} is not in the export`
    : undefined;
}

class EdgeBook {
  readonly edges = new Map<string, PrivilegeEdge>();

  escalate(p: AwsPrincipal, u: Usable, to: string, via?: string, cap: Cap = UNCAPPED): void {
    const key = `${p.id}>${to}>${u.method.id}`;
    if (this.edges.has(key)) return;
    const definite = u.method.certainty === 'definite' && !u.conditional && !cap.possible;
    const edge: PrivilegeEdge = {
      from: p.id,
      to,
      kind: 'can-escalate',
      methodId: u.method.id,
      actions: u.method.actions,
      policyIds: u.policyIds,
      certainty: definite ? 'definite' : 'possible',
      via
    };
    // Only edges a boundary bears on carry a note: the others keep their exact shape.
    const notes = [missingBoundary(p), cap.note].filter((n) => n !== undefined);
    if (notes.length > 0) edge.note = notes.join('; ');
    this.edges.set(key, edge);
  }

  private readonly assumes = new Map<string, string[]>();

  add(e: PrivilegeEdge): void {
    const key = `${e.from}>${e.to}>assume`;
    if (this.edges.has(key)) return;
    this.edges.set(key, e);
    this.assumes.set(e.from, [...(this.assumes.get(e.from) ?? []), e.to]);
  }

  /** Roles the principal can assume by the edges recorded so far. */
  assumedBy(id: string): string[] {
    return this.assumes.get(id) ?? [];
  }
}

/** Every AWS edge: named trusts, open trusts and escalation methods that lead somewhere. */
export function awsEdges(
  principals: readonly AwsPrincipal[],
  trusts: readonly TrustRelationship[],
  adminIds: ReadonlySet<string>,
  policies: ReadonlyMap<string, Policy>
): PrivilegeEdge[] {
  const book = new EdgeBook();
  namedAssumeEdges(trusts).forEach((e) => book.add(e));
  const open = new OpenTrusts(principals, trusts);
  const actors = principals.filter(
    (p) => (p.kind === 'user' || p.kind === 'role') && !adminIds.has(p.id)
  );
  const usable = new Map(actors.map((p) => [p.id, usableMethods(p)]));
  const byId = new Map(principals.map((p) => [p.id, p]));
  const allows = (p: AwsPrincipal, action: string, target: AwsPrincipal) =>
    p.permissions.allows(action, arnFor(target));

  // Methods that raise the principal itself (or a role it can already assume) come first.
  for (const p of actors) {
    for (const u of usable.get(p.id) ?? []) selfEdges(p, u, book, byId, policies, open, allows);
  }

  const trustedBy = new Map<string, Set<string>>();
  for (const t of trusts) {
    if (t.kind !== 'service') continue;
    const set = trustedBy.get(t.principal) ?? new Set<string>();
    set.add(t.roleId);
    trustedBy.set(t.principal, set);
  }
  const leads = new Set<string>(adminIds);
  const grow = () => {
    for (let changed = true; changed;) {
      changed = false;
      for (const e of book.edges.values()) {
        if ((e.to === ADMIN || leads.has(e.to)) && !leads.has(e.from)) {
          leads.add(e.from);
          changed = true;
        }
      }
    }
  };
  grow();

  // Fan-out, round after round towards the principals found to lead somewhere in the last
  // round only, so that no pair is tested twice.
  const kept = new Map<string, number>();
  const room = (key: string) => MAX_TARGETS - (kept.get(key) ?? 0);
  const count = (key: string) => kept.set(key, (kept.get(key) ?? 0) + 1);
  let fresh = [...leads];
  for (let round = 0; round < 10 && fresh.length > 0; round++) {
    const targets = fresh
      .map((id) => byId.get(id))
      .filter((x): x is AwsPrincipal => !!x)
      .sort((a, b) => Number(adminIds.has(b.id)) - Number(adminIds.has(a.id)));
    const openFresh = open.among(targets.map((t) => t.id));
    const of = (kind: AwsPrincipal['kind']) => targets.filter((t) => t.kind === kind);
    const users = of('user');
    const groups = of('group');
    const roles = of('role');
    const rolesFor = new Map<string, AwsPrincipal[]>();
    for (const [service, ids] of trustedBy)
      rolesFor.set(
        service,
        roles.filter((r) => ids.has(r.id))
      );
    for (const p of actors) {
      const assumeKey = `${p.id}>assume`;
      for (const e of open.edgesFrom(p, openFresh, room(assumeKey))) {
        book.add(e);
        count(assumeKey);
      }
      for (const u of usable.get(p.id) ?? []) {
        const m = u.method;
        const key = `${p.id}>${m.id}`;
        if (room(key) <= 0) continue;
        let list: AwsPrincipal[] = [];
        if (m.reaches === 'other-user') list = users;
        else if (m.reaches === 'group' && p.kind === 'user') {
          list = groups.filter((g) => !p.groupIds.includes(g.id));
        } else if (m.reaches === 'role-trust') list = roles;
        else if (m.reaches === 'service-role' && m.service) {
          list = rolesFor.get(m.service) ?? [];
        }
        const passes = m.actions.includes('iam:PassRole');
        // A group's policies reach its new member only within the member's own boundary.
        const cap = m.reaches === 'group' ? underBoundary(p, p, policies) : UNCAPPED;
        if (!cap) continue;
        for (const t of list) {
          if (room(key) <= 0) break;
          if (t.id === p.id) continue;
          const ok =
            m.reaches === 'service-role'
              ? !passes || allows(p, 'iam:PassRole', t)
              : allows(p, m.targetAction, t);
          if (ok) {
            book.escalate(p, u, t.id, undefined, cap);
            count(key);
          }
        }
      }
    }
    const before = new Set(leads);
    grow();
    fresh = [...leads].filter((id) => !before.has(id));
  }
  return [...book.edges.values()];
}

function selfEdges(
  p: AwsPrincipal,
  u: Usable,
  book: EdgeBook,
  byId: ReadonlyMap<string, AwsPrincipal>,
  policies: ReadonlyMap<string, Policy>,
  open: OpenTrusts,
  allows: (p: AwsPrincipal, action: string, target: AwsPrincipal) => boolean
): void {
  const m = u.method;
  if (m.reaches === 'assumable-role') {
    // A role the principal can assume (named or open) and may also modify raises it: one
    // such role is enough, so the search stops at the first. The role's boundary caps it.
    for (const r of book.assumedBy(p.id)) {
      const role = byId.get(r);
      if (!role || !allows(p, m.targetAction, role)) continue;
      const cap = underBoundary(p, role, policies);
      if (cap) return book.escalate(p, u, ADMIN, r, cap);
    }
    const modifiable = open
      .all()
      .filter((o) => allows(p, m.targetAction, o.role) && underBoundary(p, o.role, policies));
    const first = open.edgesFrom(p, modifiable, 1)[0];
    const role = first && byId.get(first.to);
    if (role) book.escalate(p, u, ADMIN, first.to, underBoundary(p, role, policies));
    return;
  }
  if (m.reaches !== 'self') return;
  // Whatever it writes into its own (or its groups') policies stays within its boundary.
  const cap = underBoundary(p, p, policies);
  if (!cap) return;
  if (m.id === 'create-policy-version' || m.id === 'set-default-policy-version') {
    for (const id of p.policyIds) {
      const pol = policies.get(id);
      if (pol?.kind !== 'customer-managed') continue;
      if (p.permissions.allows(m.targetAction, policyArn(pol, p.accountId)))
        book.escalate(p, u, ADMIN, id, cap);
    }
  } else if (m.targetAction.endsWith('UserPolicy') && p.kind === 'user') {
    if (allows(p, m.targetAction, p)) book.escalate(p, u, ADMIN, undefined, cap);
  } else if (m.targetAction.endsWith('GroupPolicy') && p.kind === 'user') {
    for (const g of p.groupIds) {
      const group = byId.get(g);
      if (group && allows(p, m.targetAction, group)) book.escalate(p, u, ADMIN, g, cap);
    }
  } else if (m.targetAction.endsWith('RolePolicy') && p.kind === 'role') {
    if (allows(p, m.targetAction, p)) book.escalate(p, u, ADMIN, undefined, cap);
  }
}
