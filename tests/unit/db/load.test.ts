import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyRecordSet, type Account, type RecordSet } from '../../../src/lib/core/model';
import { createAssessment } from '../../../src/lib/db/assessments';
import { commitImport } from '../../../src/lib/db/imports';
import { loadStoredData } from '../../../src/lib/db/load';
import { WorkbookDb } from '../../../src/lib/db/schema';
import { testSource } from './helpers';

function oneAccount(name: string): RecordSet {
  const set = emptyRecordSet();
  set.accounts.push({
    id: `aws:user:${name}`,
    system: 'aws',
    nativeId: name,
    name,
    kind: 'human'
  } as Account);
  return set;
}

describe('loadStoredData(id, db, known)', () => {
  it('reads only the sources it does not know, and hands the known records back as they are', async () => {
    const d = new WorkbookDb('load-known');
    const a = await createAssessment({ client: 'C', assessor: 'A', scope: 'S' }, d);
    await commitImport(
      a.id,
      [
        {
          source: testSource(a.id, 's1', '2026-01-01T00:00:00.000Z'),
          records: oneAccount('ann'),
          replaces: []
        },
        {
          source: testSource(a.id, 's2', '2026-01-02T00:00:00.000Z'),
          records: oneAccount('bob'),
          replaces: []
        }
      ],
      d
    );
    const first = await loadStoredData(a.id, d);
    expect(first?.records.get('s1')?.accounts.map((x) => x.name)).toEqual(['ann']);

    // A stand-in for s1 proves its chunks were not read again; s2 is read from storage.
    const standIn = oneAccount('cached');
    const second = await loadStoredData(a.id, d, new Map([['s1', standIn]]));
    expect(second?.records.get('s1')).toBe(standIn);
    expect(second?.records.get('s2')?.accounts.map((x) => x.name)).toEqual(['bob']);

    // A known source that was deleted since is not handed back.
    const third = await loadStoredData(a.id, d, new Map([['gone', standIn]]));
    expect([...(third?.records.keys() ?? [])].sort()).toEqual(['s1', 's2']);
  });
});
