import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/core/analysis/analyse';
import {
  buildAnalysisInput,
  cachedInputBuilder,
  type StoredData
} from '../../../src/lib/core/analysis/input';
import { DEFAULT_SETTINGS, type Source } from '../../../src/lib/core/assessment';
import { emptyRecordSet, type Account, type RecordSet } from '../../../src/lib/core/model';

function source(id: string, importedAt: string): Source {
  return {
    id,
    assessmentId: 'a',
    format: 'test',
    formatLabel: 'Test',
    system: 'entra',
    fileName: `${id}.json`,
    size: 1,
    hash: id,
    importedAt,
    accepted: 1,
    rejected: 0,
    counts: {},
    warnings: [],
    rejectedRows: [],
    evidence: ''
  };
}

function accounts(...list: [string, string][]): RecordSet {
  const set = emptyRecordSet();
  for (const [system, email] of list) {
    set.accounts.push({
      id: `${system}:user:${email}`,
      system,
      nativeId: email,
      name: email,
      email,
      kind: 'human',
      enabled: true,
      lastSignIn: '2026-01-01T00:00:00.000Z'
    } as Account);
  }
  return set;
}

function data(): StoredData {
  return {
    assessment: {
      id: 'a',
      client: 'C',
      assessor: '',
      scope: '',
      created: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-01T00:00:00.000Z',
      targets: { 1: 3, 2: 3, 3: 3, 4: 3, 5: 3 },
      settings: DEFAULT_SETTINGS
    },
    sources: [source('s1', '2026-01-01T00:00:00.000Z'), source('s2', '2026-01-02T00:00:00.000Z')],
    records: new Map([
      ['s1', accounts(['entra', 'ann@x.example'], ['entra', 'bob@x.example'])],
      ['s2', accounts(['okta', 'ann@x.example'])]
    ]),
    links: [],
    docs: new Map()
  };
}

describe('cachedInputBuilder()', () => {
  it('merges and resolves again only when the sources or the manual links change', () => {
    const build = cachedInputBuilder();
    const d = data();
    const first = build(d).input;
    // An answer, an acceptance or a new threshold: same sources, same links.
    const answered = { ...d, docs: new Map([['answer:x', { stage: 2 }]]) };
    const second = build({ ...answered, assessment: { ...d.assessment, asOf: '2026-06-01' } });
    expect(second.input.records).toBe(first.records);
    expect(second.input.persons).toBe(first.persons);
    expect(second.input.asOf).toBe('2026-06-01');

    const unlinked = build({
      ...d,
      links: [{ action: 'unlink', a: 'entra:user:ann@x.example', b: 'okta:user:ann@x.example' }]
    } as StoredData);
    expect(unlinked.input.records).not.toBe(first.records);
    expect(unlinked.input.persons).toHaveLength(3);

    const fewer = build({ ...d, sources: [d.sources[0]] });
    expect(fewer.input.records.accounts).toHaveLength(2);
  });

  it('gives the same analysis as building afresh, also after the as-of date moves', () => {
    const build = cachedInputBuilder();
    const d = data();
    const before = analyse(d, () => 0, build);
    const later = { ...d, assessment: { ...d.assessment, asOf: '2026-12-01' } };
    const cached = analyse(later, () => 0, build);
    const fresh = analyse(later, () => 0, buildAnalysisInput);
    // The moved date changes the figures, so a fact kept from the first run would show.
    expect(cached.kpis).not.toEqual(before.kpis);
    expect(cached.kpis).toEqual(fresh.kpis);
    expect(cached.findings).toEqual(fresh.findings);
    expect(cached.persons).toEqual(fresh.persons);
  });

  it('marks a finding accepted after the acceptance, though the rules ran on the cached records', () => {
    const build = cachedInputBuilder();
    const d = data();
    const later = { ...d, assessment: { ...d.assessment, asOf: '2026-12-01' } };
    const dormant = (r: ReturnType<typeof analyse>) =>
      r.findings.find((f) => f.id === 'ZTW-ACCT-001');
    expect(dormant(analyse(later, () => 0, build))?.status).toBe('finding');
    expect(dormant(analyse(later, () => 0, build))?.acceptance).toBeUndefined();
    const acceptance = {
      ruleId: 'ZTW-ACCT-001',
      reason: 'leavers are disabled next week',
      expires: '2027-01-31',
      acceptedAt: '2026-12-01T00:00:00.000Z'
    };
    const accepted = analyse(
      { ...later, docs: new Map([['accept:ZTW-ACCT-001', acceptance]]) },
      () => 0,
      build
    );
    expect(dormant(accepted)?.acceptance).toEqual(acceptance);
  });
});
