import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { decodeWorkbook, encodeWorkbook } from '../../../src/lib/core/workbook/format';
import { emptyRecordSet, type Account } from '../../../src/lib/core/model';
import {
  createAssessment,
  deleteAssessment,
  duplicateAssessment,
  listAssessments
} from '../../../src/lib/db/assessments';
import { putDoc, getDocs } from '../../../src/lib/db/docs';
import { commitImport, listSources, loadSourceRecords } from '../../../src/lib/db/imports';
import { WorkbookDb } from '../../../src/lib/db/schema';
import { testSource } from './helpers';
import { gatherWorkbook, restoreWorkbook } from '../../../src/lib/db/workbook';

let n = 0;
const fresh = () => new WorkbookDb(`test-${++n}`);

function accounts(count: number) {
  const set = emptyRecordSet();
  for (let i = 0; i < count; i++) {
    set.accounts.push({
      id: `aws:user:${i}`,
      system: 'aws',
      nativeId: `${i}`,
      name: `Анна ${i}`,
      kind: 'human'
    } as Account);
  }
  return set;
}

describe('db', () => {
  it('commitImport(id, staged) stores records in chunks and reads them back whole', async () => {
    const d = fresh();
    const a = await createAssessment({ client: 'C', assessor: 'A', scope: 'S' }, d);
    await commitImport(
      a.id,
      [{ source: testSource(a.id, 's1'), records: accounts(12001), replaces: [] }],
      d
    );
    expect(await d.chunks.count()).toBe(3);
    const back = await loadSourceRecords('s1', d);
    expect(back.accounts).toHaveLength(12001);
    expect(back.accounts[12000].name).toBe('Анна 12000');
  });

  it('commitImport(id, staged) leaves nothing behind when one write fails', async () => {
    const d = fresh();
    const a = await createAssessment({ client: 'C', assessor: 'A', scope: 'S' }, d);
    await commitImport(
      a.id,
      [{ source: testSource(a.id, 's1'), records: accounts(3), replaces: [] }],
      d
    );
    // The second staged source reuses the stored id s1, so its add fails after s2 was written.
    const staged = [
      { source: testSource(a.id, 's2'), records: accounts(5), replaces: [] },
      { source: testSource(a.id, 's1'), records: accounts(5), replaces: [] }
    ];
    await expect(commitImport(a.id, staged, d)).rejects.toThrow();
    expect((await listSources(a.id, d)).map((s) => s.id)).toEqual(['s1']);
    expect((await loadSourceRecords('s1', d)).accounts).toHaveLength(3);
    expect(await d.chunks.where('sourceId').equals('s2').count()).toBe(0);
  });

  it('gatherWorkbook / encode / decode / restoreWorkbook round-trips an assessment losslessly', async () => {
    const d = fresh();
    const a = await createAssessment({ client: 'Ωmega', assessor: 'A', scope: 'S' }, d);
    await commitImport(
      a.id,
      [{ source: testSource(a.id, 's1'), records: accounts(7), replaces: [] }],
      d
    );
    await putDoc(a.id, 'answer:s1-q01', { stage: 3 }, d);
    const file = await gatherWorkbook(a.id, '0.1.0', d);
    const bytes = encodeWorkbook(file);
    await deleteAssessment(a.id, d);
    expect(await listAssessments(d)).toEqual([]);
    expect(await d.chunks.count()).toBe(0);

    const read = decodeWorkbook(bytes, 'x.ztw');
    if (!read.ok) throw new Error(read.message);
    const restored = await restoreWorkbook(read.file, d);
    expect(restored).toEqual(a.id === restored.id ? { ...file.assessment } : restored);
    expect((await loadSourceRecords('s1', d)).accounts).toHaveLength(7);
    expect((await getDocs(a.id, 'answer:', d)).get('s1-q01')).toEqual({ stage: 3 });
  });

  it('decodeWorkbook(bytes) refuses other files, newer versions and damage with a sentence', () => {
    expect(decodeWorkbook(new TextEncoder().encode('a,b\n'), 'u.csv')).toMatchObject({ ok: false });
    const newer = encodeWorkbook({ kind: 'zero-trust-identity-workbook', version: 99 } as never);
    const r = decodeWorkbook(newer, 'n.ztw');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/newer version/);
    const broken = encodeWorkbook({ kind: 'zero-trust-identity-workbook', version: 1 } as never);
    expect(decodeWorkbook(broken.slice(0, 10), 'b.ztw')).toMatchObject({ ok: false });
    expect(decodeWorkbook(broken, 'b.ztw')).toMatchObject({ ok: false });
  });

  it('duplicateAssessment(id) copies every record under new ids', async () => {
    const d = fresh();
    const a = await createAssessment({ client: 'C', assessor: 'A', scope: 'S' }, d);
    await commitImport(
      a.id,
      [{ source: testSource(a.id, 's1'), records: accounts(2), replaces: [] }],
      d
    );
    const copy = await duplicateAssessment(a.id, d);
    const copied = await listSources(copy.id, d);
    expect(copied).toHaveLength(1);
    expect(copied[0].id).not.toBe('s1');
    expect((await loadSourceRecords(copied[0].id, d)).accounts).toHaveLength(2);
    await deleteAssessment(a.id, d);
    expect((await loadSourceRecords(copied[0].id, d)).accounts).toHaveLength(2);
  });
});
