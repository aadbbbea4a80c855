import { describe, expect, it } from 'vitest';
import { codedOrder, buildColumn, keyOrder } from '../../../src/lib/ui/inventory/column-data';
import type { ColumnDef } from '../../../src/lib/ui/inventory/columns';
import { PreparedRows, selectRows, type ViewQuery } from '../../../src/lib/ui/inventory/prepared';

interface Row {
  name: string;
  source: string;
  seen?: number;
}

const columns: ColumnDef<Row>[] = [
  { id: 'name', label: 'Name', text: (r) => r.name, filter: 'text', width: 10 },
  { id: 'source', label: 'Source', text: (r) => r.source, filter: 'choice', width: 5 },
  {
    id: 'seen',
    label: 'Seen',
    text: (r) => (r.seen === undefined ? '' : String(r.seen)),
    sort: (r) => r.seen,
    filter: 'none',
    width: 5
  }
];

const rows: Row[] = [
  { name: 'user10', source: 'AWS', seen: 5 },
  { name: 'Ωμέγα', source: 'Okta' },
  { name: 'user2', source: 'AWS', seen: 1 },
  { name: 'Алла', source: '', seen: 5 },
  { name: 'alpha', source: 'Okta', seen: 3 },
  { name: 'Beta', source: 'AWS', seen: 1 }
];

const query = (q: Partial<ViewQuery>): ViewQuery => ({
  search: '',
  filters: {},
  sortBy: null,
  descending: false,
  ...q
});
const names = (p: PreparedRows<Row>, q: Partial<ViewQuery>) =>
  Array.from(selectRows(p, query(q)), (i) => rows[i].name);

describe('selectRows', () => {
  const prepared = new PreparedRows(rows, columns, (r) => `id-${r.name}`);

  it('selectRows(rows, no query) keeps every row in its order', () => {
    expect(names(prepared, {})).toEqual(rows.map((r) => r.name));
  });

  it('selectRows(rows, sort by name) orders any script, ignores case, reads digits as numbers', () => {
    expect(names(prepared, { sortBy: 'name' })).toEqual([
      'alpha',
      'Beta',
      'user2',
      'user10',
      'Ωμέγα',
      'Алла'
    ]);
    expect(names(prepared, { sortBy: 'name', descending: true })[0]).toBe('Алла');
  });

  it('selectRows(rows, sort by number) keeps ties in row order and rows without a value last', () => {
    expect(names(prepared, { sortBy: 'seen' })).toEqual([
      'user2',
      'Beta',
      'alpha',
      'user10',
      'Алла',
      'Ωμέγα'
    ]);
    expect(names(prepared, { sortBy: 'seen', descending: true })).toEqual([
      'Алла',
      'user10',
      'alpha',
      'Beta',
      'user2',
      'Ωμέγα'
    ]);
  });

  it('selectRows(rows, choice filter) keeps exact values only, empty values included', () => {
    expect(names(prepared, { filters: { source: 'AWS' } })).toEqual(['user10', 'user2', 'Beta']);
    expect(names(prepared, { filters: { source: '' } })).toHaveLength(6);
    expect(names(prepared, { filters: { source: 'AW' } })).toEqual([]);
  });

  it('selectRows(rows, text filter) matches a part of the cell, in any case', () => {
    expect(names(prepared, { filters: { name: 'USER' } })).toEqual(['user10', 'user2']);
    expect(names(prepared, { filters: { name: 'ΩΜ' } })).toEqual(['Ωμέγα']);
  });

  it('selectRows(rows, search) needs every word somewhere in the row or its extra text', () => {
    expect(names(prepared, { search: 'okta' })).toEqual(['Ωμέγα', 'alpha']);
    expect(names(prepared, { search: 'okta alp' })).toEqual(['alpha']);
    expect(names(prepared, { search: 'id-алла' })).toEqual(['Алла']);
    expect(names(prepared, { search: 'aws', filters: { name: 'user' }, sortBy: 'name' })).toEqual([
      'user2',
      'user10'
    ]);
  });

  it('PreparedRows.warm() builds every piece once, and the results do not change', () => {
    const fresh = new PreparedRows(rows, columns, (r) => `id-${r.name}`);
    let steps = 1;
    while (fresh.warm()) steps++;
    expect(steps).toBeGreaterThan(columns.length);
    expect(names(fresh, { search: 'okta' })).toEqual(['Ωμέγα', 'alpha']);
  });

  it('PreparedRows.choices(column) counts each value, in sort order, empty last', () => {
    expect(prepared.choices(1)).toEqual([
      ['AWS', 3],
      ['Okta', 2],
      ['', 1]
    ]);
  });
});

describe('keyOrder and codedOrder', () => {
  it('keyOrder(keys) sorts integers natively and falls back for fractions', () => {
    expect(Array.from(keyOrder([3, undefined, -2, 3, 0]).order)).toEqual([2, 4, 0, 3, 1]);
    expect(keyOrder([3, undefined, -2]).filled).toBe(2);
    expect(Array.from(keyOrder([0.5, 0.25, NaN, 0.75]).order)).toEqual([1, 0, 3, 2]);
    expect(Array.from(keyOrder([2 ** 52, 0, 1]).order)).toEqual([1, 2, 0]);
  });

  it('codedOrder(column) sorts distinct values once, keeps row order within a value', () => {
    const data = buildColumn(['b', '', 'a', 'b', 'a'], true);
    expect(data.values).toEqual(['b', '', 'a']);
    const { order, filled } = codedOrder(data);
    expect(Array.from(order)).toEqual([2, 4, 0, 3, 1]);
    expect(filled).toBe(4);
  });
});
