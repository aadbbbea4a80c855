/** Indexes over the records that several rules need. */
import { perRecords } from '../analysis/per-records';
import type { Account } from '../model';
import type { AnalysisInput } from './types';

/** Account id → account, built once per record set and shared by every rule (read only). */
export function accountsById(input: Pick<AnalysisInput, 'records'>): Map<string, Account> {
  return perRecords(input.records, 'accountsById', () => {
    return new Map(input.records.accounts.map((a) => [a.id, a]));
  });
}
