/** The inventory's summary figures, counted from the analysis the table shows. */
import type { AnalysisResult } from '$lib/core/analysis/result';
import { ACCOUNT_KINDS, SYSTEMS, type AccountKind, type System } from '$lib/core/model';

export interface InventoryCounts {
  accounts: number;
  byKind: [AccountKind, number][];
  bySource: [System, number][];
  enabled: number;
  disabled: number;
  /** Accounts whose export does not say whether they are enabled. */
  enabledUnknown: number;
  persons: number;
  /** Person ids of the orphans (the drill-down behind their count). */
  orphans: string[];
  /** Service accounts, service principals and applications. */
  nonHuman: number;
  /** Account ids of non-human identities no export names an owner for. */
  withoutOwner: string[];
  /** Active credentials held by the customer (SPEC §5). */
  activeCredentials: number;
}

/** Counts by kind, source and status; kinds and sources with no account are left out. */
export function inventoryCounts(analysis: AnalysisResult): InventoryCounts {
  const kinds = new Map<AccountKind, number>();
  const sources = new Map<System, number>();
  let enabled = 0;
  let disabled = 0;
  let nonHuman = 0;
  const withoutOwner: string[] = [];
  for (const a of analysis.accounts) {
    kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
    sources.set(a.system, (sources.get(a.system) ?? 0) + 1);
    if (a.enabled === true) enabled++;
    else if (a.enabled === false) disabled++;
    if (a.kind === 'service') {
      nonHuman++;
      if (!a.owner) withoutOwner.push(a.id);
    }
  }
  return {
    accounts: analysis.accounts.length,
    byKind: ACCOUNT_KINDS.filter((k) => kinds.has(k)).map((k) => [k, kinds.get(k)!]),
    bySource: SYSTEMS.filter((s) => sources.has(s)).map((s) => [s, sources.get(s)!]),
    enabled,
    disabled,
    enabledUnknown: analysis.accounts.length - enabled - disabled,
    persons: analysis.persons.length,
    orphans: analysis.persons.filter((p) => p.orphan).map((p) => p.id),
    nonHuman,
    withoutOwner,
    activeCredentials: analysis.records.credentials.filter((c) => c.active && c.customerManaged)
      .length
  };
}

/** Values of a function over rows, counted, most frequent first. */
export function tally<T>(rows: readonly T[], key: (row: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}
