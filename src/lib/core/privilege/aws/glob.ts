/**
 * IAM wildcard matching: `*` is any run of characters, `?` one character. Action names compare
 * without regard to case (IAM treats `iam:passrole` as `iam:PassRole`); ARNs compare exactly.
 */

const insensitive = new Map<string, RegExp>();
const sensitive = new Map<string, RegExp>();

function toRegex(glob: string, ignoreCase: boolean): RegExp {
  const cache = ignoreCase ? insensitive : sensitive;
  let re = cache.get(glob);
  if (!re) {
    const body = glob
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/-]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, ignoreCase ? 'is' : 's');
    cache.set(glob, re);
  }
  return re;
}

/** True when an IAM action pattern (`iam:Put*`) matches an action name. */
export function matchAction(pattern: string, action: string): boolean {
  if (pattern === '*') return true;
  return toRegex(pattern, true).test(action);
}

/** True when a resource pattern (`arn:aws:iam::*:role/*`) matches an ARN. */
export function matchResource(pattern: string, arn: string): boolean {
  if (pattern === '*') return true;
  return toRegex(pattern, false).test(arn);
}

/**
 * True when the pattern matches every string that starts with `prefix` (`iam:*` covers every
 * `iam:` action, `*` covers all). A pattern covers them when it ends in `*` and its head matches
 * some leading part of the prefix, the final star taking the rest.
 */
export function coversPrefix(pattern: string, prefix: string, ignoreCase = true): boolean {
  const head = pattern.replace(/\*+$/, '');
  if (head.length === pattern.length) return false;
  if (head === '') return true;
  // Most patterns (`ec2:Describe*`) have a literal head: compare without a regex.
  if (!/[*?]/.test(head)) {
    const h = ignoreCase ? head.toLowerCase() : head;
    return (ignoreCase ? prefix.toLowerCase() : prefix).startsWith(h);
  }
  const re = toRegex(head, ignoreCase);
  for (let k = 0; k <= prefix.length; k++) if (re.test(prefix.slice(0, k))) return true;
  return false;
}

/** True when the pattern could match at least one string that starts with `prefix`. */
export function mayMatchPrefix(pattern: string, prefix: string, ignoreCase = true): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const q = ignoreCase ? prefix.toLowerCase() : prefix;
  for (let i = 0; i < q.length; i++) {
    const c = p[i];
    if (c === undefined) return false;
    if (c === '*') return true;
    if (c !== '?' && c !== q[i]) return false;
  }
  return true;
}

/**
 * Action lists are long (AWS-managed read-only policies name over a thousand actions) and
 * shared by every principal the policy is attached to, so each list is indexed once by service
 * and every answer is remembered for the list.
 */
interface ActionIndex {
  exact: Set<string>;
  byService: Map<string, string[]>;
  /** Patterns whose service part has a wildcard (`*`, `i*:Get*`). */
  loose: string[];
  answers: Map<string, boolean>;
}

const indexes = new WeakMap<readonly string[], ActionIndex>();

function indexOf(patterns: readonly string[]): ActionIndex {
  let index = indexes.get(patterns);
  if (index) return index;
  index = { exact: new Set(), byService: new Map(), loose: [], answers: new Map() };
  for (const raw of patterns) {
    const p = raw.toLowerCase();
    const colon = p.indexOf(':');
    const service = colon < 0 ? '' : p.slice(0, colon);
    if (colon < 0 || /[*?]/.test(service)) index.loose.push(p);
    else if (!/[*?]/.test(p)) index.exact.add(p);
    else {
      const list = index.byService.get(service);
      if (list) list.push(p);
      else index.byService.set(service, [p]);
    }
  }
  indexes.set(patterns, index);
  return index;
}

/** True when any pattern of the list matches the action; remembered per list. */
export function anyActionMatches(patterns: readonly string[], action: string): boolean {
  const index = indexOf(patterns);
  const key = action.toLowerCase();
  let answer = index.answers.get(key);
  if (answer !== undefined) return answer;
  const service = key.slice(0, key.indexOf(':'));
  answer =
    index.exact.has(key) ||
    (index.byService.get(service) ?? []).some((p) => matchAction(p, key)) ||
    index.loose.some((p) => matchAction(p, key));
  index.answers.set(key, answer);
  return answer;
}
