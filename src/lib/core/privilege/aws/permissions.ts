/**
 * Allow/Deny evaluation over a principal's identity policies (managed, inline and group
 * policies together). Conditions are not evaluated: a statement with a Condition "may apply",
 * so a conditional Allow still grants (marked conditional) and a conditional Deny never blocks.
 * Permissions boundaries, SCPs and resource policies are outside what the export carries.
 */
import { anyActionMatches, coversPrefix, matchResource, mayMatchPrefix } from './glob';
import type { Statement } from './policy-document';

/** A statement and the policy it came from. */
export interface SourcedStatement extends Statement {
  policyId: string;
  policyName: string;
  /** The group the policy reached the principal through, when it did. */
  via?: string;
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

function actionMatches(s: Statement, action: string): boolean {
  if (s.actions) return anyActionMatches(s.actions, action);
  return !anyActionMatches(s.notActions ?? [], action);
}

/** True when a statement's resource part admits every resource (`*`, or a NotResource). */
function anyResource(s: Statement): boolean {
  if (s.resources) return s.resources.some((r) => coversPrefix(r, '', false));
  return !(s.notResources ?? []).some((r) => r.replace(/\*/g, '') === '');
}

export class PermissionSet {
  private readonly byAction = new Map<string, SourcedStatement[]>();

  /** `username` fills `${aws:username}` in resource patterns (users only). */
  constructor(
    readonly statements: SourcedStatement[],
    private readonly username?: string
  ) {}

  private relevant(action: string): SourcedStatement[] {
    const key = action.toLowerCase();
    let list = this.byAction.get(key);
    if (!list) {
      list = this.statements.filter((s) => actionMatches(s, action));
      this.byAction.set(key, list);
    }
    return list;
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

  private resourceMatches(s: Statement, arn: string): { hit: boolean; guessed: boolean } {
    const list = s.resources ?? s.notResources ?? [];
    let guessed = false;
    const hit = list.some((r) => {
      const p = this.resourcePattern(r);
      const m = matchResource(p.pattern, arn);
      if (m && p.guessed) guessed = true;
      return m;
    });
    return s.resources ? { hit, guessed } : { hit: !hit, guessed: false };
  }

  /** Is `action` allowed on the resource `arn`? `*` asks "on every resource". */
  decide(action: string, arn: string): Decision {
    const list = this.relevant(action);
    for (const s of list) {
      if (s.effect === 'Deny' && !s.conditional && this.resourceMatches(s, arn).hit) {
        return DENIED(s.policyId);
      }
    }
    return this.collectAllows(list, (s) => this.resourceMatches(s, arn));
  }

  /** Is `action` allowed on at least one resource, and not denied everywhere? */
  decideAny(action: string): Decision {
    const list = this.relevant(action);
    for (const s of list) {
      if (s.effect === 'Deny' && !s.conditional && anyResource(s)) return DENIED(s.policyId);
    }
    return this.collectAllows(list, (s) => ({
      hit: (s.resources ?? ['*']).length > 0,
      guessed: false
    }));
  }

  private collectAllows(
    list: SourcedStatement[],
    test: (s: Statement) => { hit: boolean; guessed: boolean }
  ): Decision {
    const policyIds: string[] = [];
    let unconditional = false;
    for (const s of list) {
      if (s.effect !== 'Allow') continue;
      const r = test(s);
      if (!r.hit) continue;
      if (!policyIds.includes(s.policyId)) policyIds.push(s.policyId);
      if (!s.conditional && !r.guessed) unconditional = true;
    }
    if (policyIds.length === 0) return NOT_ALLOWED;
    return { allowed: true, conditional: !unconditional, policyIds };
  }

  /** The resource patterns under which `action` is allowed (NotResource statements give `*`). */
  allowedResources(action: string): string[] {
    const out = new Set<string>();
    for (const s of this.relevant(action)) {
      if (s.effect !== 'Allow') continue;
      for (const r of s.resources ?? ['*']) out.add(this.resourcePattern(r).pattern);
    }
    return [...out];
  }
}

/** How an Allow statement grants full rights: `*` (everything) or `iam:*`, on every resource. */
export function fullGrant(s: Statement): '*' | 'iam:*' | undefined {
  if (s.effect !== 'Allow') return undefined;
  // A NotResource that carves out IAM resources leaves IAM itself out of reach.
  const onAll = s.resources
    ? anyResource(s)
    : !(s.notResources ?? []).some((r) => mayMatchPrefix(r, 'arn:aws:iam::', false));
  if (!onAll) return undefined;
  if (s.actions) {
    if (s.actions.some((p) => coversPrefix(p, ''))) return '*';
    if (s.actions.some((p) => coversPrefix(p, 'iam:'))) return 'iam:*';
    return undefined;
  }
  const not = s.notActions ?? [];
  if (not.length === 0) return '*';
  return not.some((p) => mayMatchPrefix(p, 'iam:')) ? undefined : 'iam:*';
}
