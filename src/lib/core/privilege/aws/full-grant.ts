/**
 * Which Allow statements grant full rights on every resource: `*` (everything) or `iam:*`
 * (every IAM action, which lets the holder grant itself everything else).
 */
import { coversPrefix, mayMatchPrefix } from './glob';
import type { Statement } from './policy-document';

/** True when a statement's resource part admits every resource (`*`, or a NotResource). */
export function anyResource(s: Statement): boolean {
  if (s.resources) return s.resources.some((r) => coversPrefix(r, '', false));
  return !(s.notResources ?? []).some((r) => r.replace(/\*/g, '') === '');
}

const grants = new WeakMap<Statement, '*' | 'iam:*' | undefined>();

/** How an Allow statement grants full rights: `*` (everything) or `iam:*`, on every resource. */
export function fullGrant(s: Statement): '*' | 'iam:*' | undefined {
  if (grants.has(s)) return grants.get(s);
  const g = computeFullGrant(s);
  grants.set(s, g);
  return g;
}

function computeFullGrant(s: Statement): '*' | 'iam:*' | undefined {
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
