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
  return globMatch(pattern, arn);
}

/**
 * Case-sensitive wildcard match, character by character: the same answer as the regular
 * expression toRegex builds, without compiling one per pattern (resource patterns name
 * principals and buckets, so nearly every one is different and used a few times only). On a
 * mismatch after a `*`, the star takes one more character and the rest is tried again.
 */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    const c = p < pattern.length ? pattern.charCodeAt(p) : -1;
    if (c === 42) {
      star = p++;
      mark = t;
    } else if (c !== -1 && (c === 63 || c === text.charCodeAt(t))) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern.charCodeAt(p) === 42) p++;
  return p === pattern.length;
}

/**
 * True when the pattern matches every string that starts with `prefix` (`iam:*` covers every
 * `iam:` action, `*` covers all). A pattern covers them when it ends in `*` and its head matches
 * some leading part of the prefix, the final star taking the rest.
 */
export function coversPrefix(pattern: string, prefix: string, ignoreCase = true): boolean {
  // Every string: only a run of stars covers it (a head that ends in anything else needs a
  // character). Asked of every statement's resources, so answered without building the head.
  if (prefix === '') {
    for (let i = 0; i < pattern.length; i++) if (pattern.charCodeAt(i) !== 42) return false;
    return pattern.length > 0;
  }
  // The pattern without its trailing stars (a loop: this runs for every statement's patterns).
  let end = pattern.length;
  while (end > 0 && pattern.charCodeAt(end - 1) === 42) end--;
  if (end === pattern.length) return false;
  const head = pattern.slice(0, end);
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
 * shared by every principal the policy is attached to, so each list is compiled once: exact
 * names in a set, wildcard patterns as regular expressions grouped by service.
 */
export interface ActionIndex {
  exact: Set<string>;
  /** Made only for lists with service-bound wildcards: inline policies often have none. */
  byService?: Map<string, RegExp[]>;
  /** Patterns whose service part has a wildcard (`*`, `i*:Get*`). */
  loose: RegExp[];
  /** Answers of anyActionMatches, made on its first question. */
  answers?: Map<string, boolean>;
}

const indexes = new WeakMap<readonly string[], ActionIndex>();

/** The compiled form of an action list, built once per list. */
export function actionIndex(patterns: readonly string[]): ActionIndex {
  let index = indexes.get(patterns);
  if (index) return index;
  index = { exact: new Set(), loose: [] };
  for (const raw of patterns) {
    const p = raw.toLowerCase();
    const colon = p.indexOf(':');
    const service = colon < 0 ? '' : p.slice(0, colon);
    // The same test as matchAction: `*` compiles to a pattern that matches every name.
    if (colon < 0 || /[*?]/.test(service)) index.loose.push(toRegex(p, true));
    else if (!/[*?]/.test(p)) index.exact.add(p);
    else {
      const byService = (index.byService ??= new Map());
      const list = byService.get(service);
      if (list) list.push(toRegex(p, true));
      else byService.set(service, [toRegex(p, true)]);
    }
  }
  indexes.set(patterns, index);
  return index;
}

/**
 * True when a compiled list matches an action, given the action in lower case (`key`) and its
 * service part (`key` up to the colon).
 */
export function indexMatches(index: ActionIndex, key: string, service: string): boolean {
  if (index.exact.has(key)) return true;
  const list = index.byService?.get(service);
  if (list) for (const re of list) if (re.test(key)) return true;
  for (const re of index.loose) if (re.test(key)) return true;
  return false;
}

/** True when any pattern of the list matches the action; remembered per list. */
export function anyActionMatches(patterns: readonly string[], action: string): boolean {
  const index = actionIndex(patterns);
  const key = action.toLowerCase();
  const answers = (index.answers ??= new Map());
  let answer = answers.get(key);
  if (answer !== undefined) return answer;
  answer = indexMatches(index, key, key.slice(0, key.indexOf(':')));
  answers.set(key, answer);
  return answer;
}
