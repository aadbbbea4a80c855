/** The whole analysis of one assessment, run in a worker from the stored data. */
import type { AnalysisResult, AccountRow } from './result';
import { buildAnalysisInput, type StoredData } from './input';

/** Computes everything the pages show for an assessment. */
export function analyse(data: StoredData, now: () => number = () => Date.now()): AnalysisResult {
  const started = now();
  const { input, asOf } = buildAnalysisInput(data);
  const personOf = new Map<string, { id: string; name: string }>();
  for (const p of input.persons) for (const id of p.accountIds) personOf.set(id, p);
  const credentialCount = new Map<string, number>();
  for (const c of input.records.credentials) {
    if (c.active) credentialCount.set(c.ownerId, (credentialCount.get(c.ownerId) ?? 0) + 1);
  }
  const accounts: AccountRow[] = input.records.accounts.map((a) => ({
    ...a,
    personId: personOf.get(a.id)?.id,
    personName: personOf.get(a.id)?.name,
    privileged: false,
    credentialCount: credentialCount.get(a.id) ?? 0,
    lastActivity: a.lastSignIn
  }));
  return {
    asOf,
    sources: data.sources,
    records: input.records,
    accounts,
    persons: input.persons,
    kpis: [],
    findings: [],
    charts: {},
    extra: {},
    elapsedMs: now() - started
  };
}
