/** Assertions shared by the Entra importer tests. */
import { expect } from 'vitest';
import type { ImportOutput } from '$lib/core/importers/types';
import type { Account, RecordSet } from '$lib/core/model';
import { RECORD_KINDS, RECORD_SCHEMAS } from '$lib/core/model';

/** Every record passes the model's zod schema, as the pipeline will check. */
export function expectValid(output: ImportOutput): void {
  const records: RecordSet = output.records;
  for (const kind of RECORD_KINDS) {
    for (const record of records[kind] as unknown[]) {
      const result = RECORD_SCHEMAS[kind].safeParse(record);
      expect(result.success, `${kind}: ${JSON.stringify(record)}`).toBe(true);
    }
  }
}

/** The account with this UPN (case-insensitive), failing the test when there is none. */
export function byUpn(output: ImportOutput, upn: string): Account {
  const account = output.records.accounts.find((a) => a.upn?.toLowerCase() === upn.toLowerCase());
  if (!account) throw new Error(`no account ${upn}`);
  return account;
}

/** Counts of accounts per kind. */
export function kinds(output: ImportOutput): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of output.records.accounts) counts[a.kind] = (counts[a.kind] ?? 0) + 1;
  return counts;
}
