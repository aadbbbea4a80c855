import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createMapping,
  deleteMapping,
  getMapping,
  listMappings,
  mappingOfRow
} from '$lib/db/mappings';
import { WorkbookDb } from '$lib/db/schema';

let n = 0;
const fresh = () => new WorkbookDb(`mappings-${++n}`);

const DRAFT = {
  name: 'HR users',
  system: 'entra' as const,
  headerSignature: 'employeeid|fullname',
  columns: { nativeId: 'Employee ID', name: 'Full Name' },
  defaultKind: 'human' as const,
  nativeIds: false,
  dayFirst: true
};

describe('createMapping(draft) / listMappings() / getMapping(id) / deleteMapping(id)', () => {
  it('createMapping(draft) stores the row and getMapping(id) gives the same mapping back', async () => {
    const d = fresh();
    const saved = await createMapping(DRAFT, d);
    expect(saved.id).toMatch(/^m-[0-9a-f]{20}$/);
    expect(await getMapping(saved.id, d)).toEqual(saved);
    const row = await d.mappings.get(saved.id);
    expect(row?.mapping).toEqual({ nativeId: 'Employee ID', name: 'Full Name' });
    expect(row?.headerSignature).toBe('employeeid|fullname');
  });

  it('createMapping(draft) refuses a mapping without a name', async () => {
    await expect(createMapping({ ...DRAFT, name: '  ' }, fresh())).rejects.toThrow();
  });

  it('listMappings() skips rows of the first schema that lack a system and signature', async () => {
    const d = fresh();
    await d.mappings.add({ id: 'old', name: 'Old', mapping: {}, created: '2020-01-01' });
    const saved = await createMapping(DRAFT, d);
    expect((await listMappings(d)).map((m) => m.id)).toEqual([saved.id]);
    expect(mappingOfRow({ id: 'old', name: 'Old', mapping: {}, created: '' })).toBeUndefined();
  });

  it('deleteMapping(id) removes only that mapping', async () => {
    const d = fresh();
    const a = await createMapping(DRAFT, d);
    const b = await createMapping({ ...DRAFT, name: 'Other' }, d);
    await deleteMapping(a.id, d);
    expect((await listMappings(d)).map((m) => m.id)).toEqual([b.id]);
  });
});
