/** Indexes over the records that several rules need. */
import type { Account } from '../model';
import type { AnalysisInput } from './types';

/** Account id → account. */
export function accountsById(input: AnalysisInput): Map<string, Account> {
  return new Map(input.records.accounts.map((a) => [a.id, a]));
}
