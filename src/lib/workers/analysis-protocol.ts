/**
 * Messages from the analysis worker to the page. A page reads a message in one task, and a
 * 60k-account result took about a second to read back, long enough to freeze the page. So the
 * long lists cross in parts of a few thousand, each read in its own short task, and the rest
 * follows in a last message that the page completes from the parts.
 */
import type { AnalysisResult } from '../core/analysis/result';

export type AnalysisMessage =
  | { requestId: number; part: 'accounts' | 'persons'; items: unknown[] }
  | { requestId: number; result: AnalysisResult }
  | { requestId: number; error: string };

const PART_SIZE = 4000;

/** The messages that carry one result: the parts of its long lists, then the rest. */
export function* resultMessages(
  requestId: number,
  result: AnalysisResult
): Generator<AnalysisMessage> {
  for (const part of ['accounts', 'persons'] as const) {
    const list = result[part];
    for (let i = 0; i < list.length; i += PART_SIZE) {
      yield { requestId, part, items: list.slice(i, i + PART_SIZE) };
    }
  }
  const rest: AnalysisResult = {
    ...result,
    accounts: [],
    persons: [],
    records: { ...result.records, accounts: [] }
  };
  yield { requestId, result: rest };
}

/** Puts one result back together on the page from its messages, in the order they came. */
export class ResultAssembler {
  private parts = { accounts: [] as unknown[], persons: [] as unknown[] };

  /** Forgets the parts of an earlier request. */
  reset(): void {
    this.parts = { accounts: [], persons: [] };
  }

  add(part: 'accounts' | 'persons', items: unknown[]): void {
    const list = this.parts[part];
    for (const item of items) list.push(item);
  }

  /** The whole result; the records' accounts are the account rows, as the worker sent them. */
  complete(rest: AnalysisResult): AnalysisResult {
    const accounts = this.parts.accounts as AnalysisResult['accounts'];
    const persons = this.parts.persons as AnalysisResult['persons'];
    this.reset();
    return { ...rest, accounts, persons, records: { ...rest.records, accounts } };
  }
}
