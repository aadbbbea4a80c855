/** How record ids read on screen: accounts by login, persons by name, credentials by holder. */
import type { AnalysisResult } from '$lib/core/analysis/result';
import { nameAccount, nameCredential } from '$lib/core/findings/describe';
import { accountLabel } from '$lib/core/metrics/account-state';

export type RecordType = 'account' | 'person' | 'credential' | 'group' | 'role' | 'policy';

/** One record id as a person reads it. `type` is undefined when no record has that id. */
export interface RecordName {
  id: string;
  /** Short name: the account's login, the person's name. */
  name: string;
  /** Longer description with the system, for lists. */
  label: string;
  type?: RecordType;
}

export type RecordNamer = (id: string) => RecordName;

// One lookup per analysis: the findings list asks for names hundreds of times per render.
const cache = new WeakMap<AnalysisResult, RecordNamer>();

/** A function naming any record id of this analysis; ids it does not know name themselves. */
export function recordNamer(analysis: AnalysisResult): RecordNamer {
  const known = cache.get(analysis);
  if (known) return known;

  const names = new Map<string, RecordName>();
  const accounts = new Map(analysis.accounts.map((a) => [a.id, a]));
  for (const a of analysis.accounts) {
    names.set(a.id, { id: a.id, name: accountLabel(a), label: nameAccount(a), type: 'account' });
  }
  for (const p of analysis.persons) {
    const label = `${p.name} (person, ${p.accountIds.length} account(s))`;
    names.set(p.id, { id: p.id, name: p.name, label, type: 'person' });
  }
  for (const c of analysis.records.credentials) {
    const label = nameCredential(c, accounts.get(c.ownerId));
    names.set(c.id, { id: c.id, name: label, label, type: 'credential' });
  }
  const named: [RecordType, { id: string; name: string }[]][] = [
    ['group', analysis.records.groups],
    ['role', analysis.records.roles],
    ['policy', analysis.records.policies]
  ];
  for (const [type, list] of named) {
    for (const r of list) {
      if (!names.has(r.id)) names.set(r.id, { id: r.id, name: r.name, label: r.name, type });
    }
  }

  const namer: RecordNamer = (id) => names.get(id) ?? { id, name: id, label: id };
  cache.set(analysis, namer);
  return namer;
}

/** "andrew, jeff, kit and 6 more": the first few names of a list, and how many are left. */
export function firstNames(ids: readonly string[], namer: RecordNamer, few = 5): string {
  const shown = ids.slice(0, few).map((id) => namer(id).name);
  const more = ids.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more.toLocaleString('en')} more`;
  return shown.join(', ');
}
