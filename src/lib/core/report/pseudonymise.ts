/**
 * Pseudonymisation of a report model (SPEC §9): every identity name, UPN, email, login and
 * record id is replaced by a stable alias such as "User-7F3A", everywhere in the model.
 */
import type { IdentityRef } from '../export/directory';
import { PSEUDONYM_NOTE } from './methodology';
import { sha256Hex } from './sha256';
import { roadmapTimeline } from './timeline';
import type { ReportModel } from './types';

const PREFIX: Record<IdentityRef['kind'], string> = {
  human: 'User',
  guest: 'Guest',
  service: 'Service',
  root: 'Root',
  credential: 'Key',
  group: 'Group',
  role: 'Role',
  other: 'Identity'
};

/**
 * Aliases for identities: prefix and the first hex digits of SHA-256(salt, record id). The same
 * identity with the same salt always gets the same alias; when two identities of one report
 * share the short form, both get longer digests until they differ.
 */
export function aliases(identities: readonly IdentityRef[], salt: string): Map<string, string> {
  const digest = new Map(
    identities.map((i) => [i.id, sha256Hex(`${salt}\u0000${i.id}`).toUpperCase()])
  );
  const out = new Map<string, string>();
  const taken = new Set<string>();
  let pending = [...new Set(identities.map((i) => i.id))];
  const kindOf = new Map(identities.map((i) => [i.id, i.kind]));
  for (let length = 4; pending.length > 0 && length <= 64; length += 2) {
    const proposal = new Map(
      pending.map((id) => [
        id,
        `${PREFIX[kindOf.get(id) ?? 'other']}-${(digest.get(id) ?? '').slice(0, length)}`
      ])
    );
    const used = new Map<string, number>();
    for (const alias of proposal.values()) used.set(alias, (used.get(alias) ?? 0) + 1);
    const clash = (alias: string) => (used.get(alias) ?? 0) > 1 || taken.has(alias);
    pending = pending.filter((id) => {
      const alias = proposal.get(id) ?? '';
      if (clash(alias)) return true;
      out.set(id, alias);
      taken.add(alias);
      return false;
    });
  }
  return out;
}

/** Texts that name one identity, for replacement; credentials also name their owner. */
function namesOf(i: IdentityRef): string[] {
  return [i.id, i.label, i.name, i.upn, i.email, i.login].filter(
    (s): s is string => !!s && s.length >= 2
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A replacer of every name by its alias, longest names first, whole words only. */
function replacer(
  identities: readonly IdentityRef[],
  alias: Map<string, string>
): (s: string) => string {
  const byName = new Map<string, string>();
  for (const i of identities) {
    const a = alias.get(i.id);
    if (!a) continue;
    for (const name of namesOf(i)) if (!byName.has(name)) byName.set(name, a);
  }
  if (byName.size === 0) return (s) => s;
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`,
    'gu'
  );
  return (s) => s.replace(pattern, (m) => byName.get(m) ?? m);
}

function walk<T>(value: T, fix: (s: string) => string): T {
  if (typeof value === 'string') return fix(value) as T;
  if (Array.isArray(value)) return value.map((v) => walk(v, fix)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // Charts are markup: their text is redrawn from the pseudonymised data, never patched.
      out[k] = k === 'svg' ? v : walk(v, fix);
    }
    return out as T;
  }
  return value;
}

/**
 * The model with every identity replaced by its alias (salted per assessment, so aliases do
 * not link two clients' reports). The roadmap timeline is redrawn from the renamed rows.
 */
export function pseudonymise(model: ReportModel, salt: string): ReportModel {
  const alias = aliases(model.identities, salt);
  const fix = replacer(model.identities, alias);
  const renamed = walk({ ...model, identities: [] }, fix);
  const identities = model.identities.map((i) => {
    const a = alias.get(i.id) ?? i.id;
    return { id: a, label: a, name: a, kind: i.kind, system: i.system };
  });
  return {
    ...renamed,
    meta: { ...renamed.meta, pseudonymised: true },
    methodology: {
      ...renamed.methodology,
      paragraphs: [
        ...renamed.methodology.paragraphs.filter((p) => p !== PSEUDONYM_NOTE),
        PSEUDONYM_NOTE
      ]
    },
    roadmap: { ...renamed.roadmap, timeline: roadmapTimeline(renamed.roadmap.rows) },
    identities
  };
}
