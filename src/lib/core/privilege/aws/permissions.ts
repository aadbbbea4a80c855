/**
 * Allow/Deny evaluation over a principal's identity policies (managed, inline and group
 * policies together). Conditions are not evaluated: a statement with a Condition "may apply",
 * so a conditional Allow still grants (marked conditional) and a conditional Deny never blocks.
 * A user's or role's permissions boundary caps the verdicts: an action is allowed only when the
 * boundary allows it too. SCPs and resource policies are outside what the export carries.
 */
import { anyResource, fullGrant } from './full-grant';
import { actionIndex, indexMatches, matchResource, type ActionIndex } from './glob';
import type { Statement } from './policy-document';

/** A statement and the policy it came from. */
export interface SourcedStatement extends Statement {
  policyId: string;
  policyName: string;
}

/** The verdict for one action. */
export interface Decision {
  allowed: boolean;
  /** Every allowing statement has a Condition. */
  conditional: boolean;
  /** The policies whose statements allow it. */
  policyIds: string[];
  /** The policy of an unconditional Deny that blocks it. */
  deniedBy?: string;
}

const DENIED = (policyId: string): Decision => ({
  allowed: false,
  conditional: false,
  policyIds: [],
  deniedBy: policyId
});
const NOT_ALLOWED: Decision = { allowed: false, conditional: false, policyIds: [] };

/**
 * The permissions boundary of a user or role. `rights` holds the boundary policy's statements;
 * it is unset when the export does not list that policy: nothing is then known of the cap, so
 * verdicts stand as the identity policies give them but are only conditional.
 */
export interface Boundary {
  arn: string;
  /** The policy's name, or the last part of the ARN when the policy is not in the export. */
  name: string;
  policyId?: string;
  rights?: PermissionSet;
}

const EMPTY: SourcedStatement[] = [];

/**
 * One policy's statements with the answers every principal holding it shares: which statements
 * concern an action, worked out once per policy and action rather than once per principal (a
 * long AWS-managed action list is filtered once, however many principals it is attached to).
 */
class PolicyIndex {
  /** Services named exactly in some Action list (`iam`, `s3`). */
  private readonly services = new Set<string>();
  /** Some statement may match any service (`*`, `*:Get*`, or a NotAction). */
  private loose = false;
  private readonly byAction = new Map<string, SourcedStatement[]>();
  private readonly allowBits = new Map<readonly string[], Int32Array>();
  private granting?: SourcedStatement[];
  /** Each statement's Action (or NotAction) list, compiled. */
  private readonly matchers: ActionIndex[];

  constructor(private readonly statements: readonly SourcedStatement[]) {
    this.matchers = statements.map((s) => actionIndex(s.actions ?? s.notActions ?? []));
    for (const s of statements) {
      if (!s.actions) {
        this.loose = true;
        continue;
      }
      for (const a of s.actions) {
        const colon = a.indexOf(':');
        const service = colon < 0 ? a : a.slice(0, colon);
        if (colon < 0 || /[*?]/.test(service)) this.loose = true;
        else this.services.add(service.toLowerCase());
      }
    }
  }

  /** The statements whose action part matches `action`, in document order. */
  relevant(action: string): SourcedStatement[] {
    // Keyed by the action as asked: callers use the catalogue's spelling, so case never varies.
    let hit = this.byAction.get(action);
    if (hit === undefined) {
      const key = action.toLowerCase();
      const service = key.slice(0, key.indexOf(':'));
      hit = EMPTY;
      if (this.names(service)) {
        hit = this.statements.filter((_, i) => this.concerns(i, key, service));
        if (hit.length === 0) hit = EMPTY;
      }
      this.byAction.set(action, hit);
    }
    return hit;
  }

  /** May some statement concern actions of `service`? Most policies name a handful. */
  private names(service: string): boolean {
    return this.loose || this.services.has(service);
  }

  /** Does statement `i` concern the action `key` (lower case) of `service`? */
  private concerns(i: number, key: string, service: string): boolean {
    // A NotAction statement concerns every action its list does not match.
    return indexMatches(this.matchers[i], key, service) === !!this.statements[i].actions;
  }

  /** The statements that grant full rights (`fullGrant`), in document order. */
  get grants(): readonly SourcedStatement[] {
    this.granting ??= this.statements.filter((s) => fullGrant(s));
    return this.granting;
  }

  /** Bit i set when some Allow statement of the policy concerns `actions[i]`; kept per list. */
  allowing(actions: readonly string[]): Int32Array {
    let bits = this.allowBits.get(actions);
    if (bits) return bits;
    bits = new Int32Array(Math.ceil(actions.length / 32));
    this.allowBits.set(actions, bits);
    // An Allow that names exact actions only (most inline policies) concerns just those names:
    // they are looked up in the list. Any other Allow statement is matched action by action.
    const at = positionsIn(actions);
    let others: number[] | undefined;
    for (let j = 0; j < this.statements.length; j++) {
      const s = this.statements[j];
      if (s.effect !== 'Allow') continue;
      const m = this.matchers[j];
      if (!s.actions || m.byService || m.loose.length > 0) {
        (others ??= []).push(j);
        continue;
      }
      for (const name of m.exact) for (const i of at.get(name) ?? []) bits[i >> 5] |= 1 << (i & 31);
    }
    if (!others) return bits;
    for (let i = 0; i < actions.length; i++) {
      if (hasBit(bits, i)) continue;
      const key = actions[i].toLowerCase();
      const service = key.slice(0, key.indexOf(':'));
      if (!this.names(service)) continue;
      if (others.some((j) => this.concerns(j, key, service))) bits[i >> 5] |= 1 << (i & 31);
    }
    return bits;
  }
}

const positions = new WeakMap<readonly string[], Map<string, number[]>>();

/** Where each action of a list stands, by its lower-case name; built once per list. */
function positionsIn(actions: readonly string[]): Map<string, number[]> {
  let at = positions.get(actions);
  if (!at) {
    at = new Map();
    actions.forEach((a, i) => {
      const key = a.toLowerCase();
      at?.set(key, [...(at.get(key) ?? []), i]);
    });
    positions.set(actions, at);
  }
  return at;
}

/** True when bit `i` of a set built by `PermissionSet.mayAllow` is set. */
export function hasBit(bits: Int32Array, i: number): boolean {
  return (bits[i >> 5] & (1 << (i & 31))) !== 0;
}

const policyIndexes = new WeakMap<readonly SourcedStatement[], PolicyIndex>();

function policyIndex(list: readonly SourcedStatement[]): PolicyIndex {
  let index = policyIndexes.get(list);
  if (!index) {
    index = new PolicyIndex(list);
    policyIndexes.set(list, index);
  }
  return index;
}

export class PermissionSet {
  private readonly indexes: PolicyIndex[];
  /** Every statement, all policies together. */
  readonly statements: SourcedStatement[];
  /** The statements that grant full rights (`fullGrant`), all policies together, in order. */
  readonly fullGrants: readonly SourcedStatement[];

  /**
   * `policies` holds one statement list per policy (shared between principals); `username`
   * fills `${aws:username}` in resource patterns (users only).
   */
  constructor(
    private readonly policies: readonly (readonly SourcedStatement[])[],
    private readonly username?: string,
    readonly boundary?: Boundary
  ) {
    this.indexes = policies.map(policyIndex);
    this.statements = policies.flat();
    const grants = this.indexes.filter((index) => index.grants.length > 0);
    this.fullGrants = grants.length === 1 ? grants[0].grants : grants.flatMap((g) => g.grants);
  }

  /** The same identity policies without the boundary: what the boundary takes away. */
  withoutBoundary(): PermissionSet {
    return this.boundary ? new PermissionSet(this.policies, this.username) : this;
  }

  /** Policy variables: the user name is known; any other variable may be anything. */
  private resourcePattern(pattern: string): { pattern: string; guessed: boolean } {
    if (!pattern.includes('${')) return { pattern, guessed: false };
    let guessed = false;
    const filled = pattern.replace(/\$\{([^}]*)\}/g, (_m, name: string) => {
      if (name.toLowerCase() === 'aws:username' && this.username) return this.username;
      guessed = true;
      return '*';
    });
    return { pattern: filled, guessed };
  }

  // Set by resourceHit: the match relied on a policy variable read as `*`.
  private lastGuessed = false;

  /** Does the statement's resource part admit `arn`? Allocation-free: it runs for every principal-target pair. */
  private resourceHit(s: Statement, arn: string): boolean {
    this.lastGuessed = false;
    const list = s.resources ?? s.notResources ?? [];
    let hit = false;
    for (const r of list) {
      if (!r.includes('${')) {
        if (matchResource(r, arn)) {
          hit = true;
          break;
        }
        continue;
      }
      const p = this.resourcePattern(r);
      if (matchResource(p.pattern, arn)) {
        hit = true;
        this.lastGuessed = p.guessed;
        break;
      }
    }
    if (!s.resources) {
      this.lastGuessed = false;
      return !hit;
    }
    return hit;
  }

  // Every verdict walks the policies in order and, within each, its statements that concern the
  // action: the same order as one joined list, without building that list per principal.

  /**
   * Which of `actions` some policy allows at all, as bits (test with `hasBit`). An action whose
   * bit is clear is allowed nowhere, so asking about it can be skipped. `actions` should be a
   * list kept for the whole analysis: the bits are remembered per policy and list.
   */
  mayAllow(actions: readonly string[]): Int32Array {
    const bits = new Int32Array(Math.ceil(actions.length / 32));
    for (const index of this.indexes) {
      const own = index.allowing(actions);
      for (let w = 0; w < bits.length; w++) bits[w] |= own[w];
    }
    const cap = this.boundary?.rights;
    if (cap) {
      // An action the boundary allows nowhere is not allowed, whatever the identity policies say.
      const capped = cap.mayAllow(actions);
      for (let w = 0; w < bits.length; w++) bits[w] &= capped[w];
    }
    return bits;
  }

  /** The listed actions allowed on `arn`, in list order: `actions.filter(a => allows(a, arn))`. */
  allowedAmong(actions: readonly string[], arn: string): string[] {
    const bits = this.mayAllow(actions);
    const out: string[] = [];
    for (let i = 0; i < actions.length; i++) {
      if (hasBit(bits, i) && this.allows(actions[i], arn)) out.push(actions[i]);
    }
    return out;
  }

  /** Is `action` allowed on the resource `arn`? `*` asks "on every resource". */
  decide(action: string, arn: string): Decision {
    let policyIds: string[] | undefined;
    let unconditional = false;
    for (const index of this.indexes) {
      for (const s of index.relevant(action)) {
        if (s.effect === 'Deny') {
          // The first unconditional Deny that applies decides, whatever allowed before it.
          if (!s.conditional && this.resourceHit(s, arn)) return DENIED(s.policyId);
          continue;
        }
        if (!this.resourceHit(s, arn)) continue;
        policyIds ??= [];
        if (!policyIds.includes(s.policyId)) policyIds.push(s.policyId);
        if (!s.conditional && !this.lastGuessed) unconditional = true;
      }
    }
    if (!policyIds) return NOT_ALLOWED;
    const own: Decision = { allowed: true, conditional: !unconditional, policyIds };
    return this.boundary ? capped(own, this.boundary, (b) => b.decide(action, arn)) : own;
  }

  /** The same verdict as `decide(action, arn).allowed`, without building a Decision. */
  allows(action: string, arn: string): boolean {
    let allowed = false;
    for (const index of this.indexes) {
      for (const s of index.relevant(action)) {
        if (s.effect === 'Deny') {
          if (!s.conditional && this.resourceHit(s, arn)) return false;
        } else if (!allowed && this.resourceHit(s, arn)) allowed = true;
      }
    }
    // A boundary missing from the export leaves the verdict as it is (conditional in `decide`).
    const cap = this.boundary?.rights;
    return allowed && (!cap || cap.allows(action, arn));
  }

  /** Is `action` allowed on at least one resource, and not denied everywhere? */
  decideAny(action: string): Decision {
    let policyIds: string[] | undefined;
    let unconditional = false;
    for (const index of this.indexes) {
      for (const s of index.relevant(action)) {
        if (s.effect === 'Deny') {
          if (!s.conditional && anyResource(s)) return DENIED(s.policyId);
          continue;
        }
        // An empty Resource list allows nothing; a NotResource leaves some resource in reach.
        if (s.resources && s.resources.length === 0) continue;
        policyIds ??= [];
        if (!policyIds.includes(s.policyId)) policyIds.push(s.policyId);
        if (!s.conditional) unconditional = true;
      }
    }
    if (!policyIds) return NOT_ALLOWED;
    const own: Decision = { allowed: true, conditional: !unconditional, policyIds };
    // Both allowing some resource does not prove a common one: callers that need a resource
    // ask `allows` or `decide` for it, which check both on the same resource.
    return this.boundary ? capped(own, this.boundary, (b) => b.decideAny(action)) : own;
  }

  /** The resource patterns under which `action` is allowed (NotResource statements give `*`). */
  allowedResources(action: string): string[] {
    // The patterns are the identity policies' own; a boundary that allows the action nowhere
    // leaves none of them.
    if (this.boundary?.rights && !this.boundary.rights.decideAny(action).allowed) return [];
    const out = new Set<string>();
    for (const index of this.indexes) {
      for (const s of index.relevant(action)) {
        if (s.effect !== 'Allow') continue;
        for (const r of s.resources ?? ['*']) out.add(this.resourcePattern(r).pattern);
      }
    }
    return [...out];
  }
}

/**
 * An allowing identity verdict under a boundary: denied when the boundary denies, not allowed
 * when it does not allow, conditional when either is. The boundary policy is named with the
 * identity policies that allow it.
 */
function capped(
  own: Decision,
  boundary: Boundary,
  ask: (rights: PermissionSet) => Decision
): Decision {
  if (!boundary.rights) return { ...own, conditional: true };
  const b = ask(boundary.rights);
  if (b.deniedBy) return DENIED(b.deniedBy);
  if (!b.allowed) return NOT_ALLOWED;
  const policyIds = [...own.policyIds];
  for (const id of b.policyIds) if (!policyIds.includes(id)) policyIds.push(id);
  return { allowed: true, conditional: own.conditional || b.conditional, policyIds };
}
