import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/lib/core/analysis/result';
import { emptyRecordSet } from '../../../src/lib/core/model';
import { ResultAssembler, resultMessages } from '../../../src/lib/workers/analysis-protocol';

function result(accounts: number, persons: number): AnalysisResult {
  const rows = Array.from({ length: accounts }, (_, i) => ({ id: `a${i}` }));
  return {
    asOf: { date: '2026-01-01', origin: 'user' },
    sources: [],
    records: { ...emptyRecordSet(), accounts: rows },
    accounts: rows,
    persons: Array.from({ length: persons }, (_, i) => ({ id: `p${i}` })),
    kpis: [],
    findings: [],
    charts: {},
    extra: { marker: 1 },
    elapsedMs: 3
  } as unknown as AnalysisResult;
}

describe('resultMessages and ResultAssembler', () => {
  it('send a large result in parts of at most 4,000 items and put it back together whole', () => {
    const original = result(9001, 4000);
    const messages = [...resultMessages(7, original)];
    // 3 parts of accounts, 1 of persons, then the rest.
    expect(messages.map((m) => ('part' in m ? `${m.part}:${m.items.length}` : 'rest'))).toEqual([
      'accounts:4000',
      'accounts:4000',
      'accounts:1001',
      'persons:4000',
      'rest'
    ]);
    const assembler = new ResultAssembler();
    let whole: AnalysisResult | undefined;
    for (const m of structuredClone(messages)) {
      if ('part' in m) assembler.add(m.part, m.items);
      else if ('result' in m) whole = assembler.complete(m.result);
    }
    expect(whole).toEqual(original);
    expect(whole?.records.accounts).toBe(whole?.accounts);
  });

  it('forgets the parts of a request it was told to drop', () => {
    const assembler = new ResultAssembler();
    assembler.add('accounts', [{ id: 'stale' }]);
    assembler.reset();
    const [rest] = [...resultMessages(1, result(0, 0))];
    expect('result' in rest && assembler.complete(rest.result).accounts).toEqual([]);
  });
});
