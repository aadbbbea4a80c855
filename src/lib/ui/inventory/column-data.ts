/**
 * One column of a table as plain strings, built on first use. Choice columns (a handful of
 * values over 100,000 rows) are stored as codes into their distinct values, so that filtering,
 * counting, searching and sorting them costs one pass over small integers.
 */

/** Names sort as people read them, in any script, with digits by value ("user2" < "user10"). */
export const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export interface ColumnData {
  /** Distinct values (coded column) or one value per row (plain column). */
  values: string[];
  /** Per row, the index of its value; null for a plain column. */
  codes: Int32Array | null;
  /** The values in lower case, for the search and text filters (built on first use). */
  lowered?: string[];
}

export interface SortOrder {
  /** Row indices in ascending order, rows without a value at the end. */
  order: Int32Array;
  /** How many rows have a value (the rest sort last in both directions). */
  filled: number;
}

/** A column's cells, coded by distinct value when `coded`. */
export function buildColumn(cells: string[], coded: boolean): ColumnData {
  if (!coded) return { values: cells, codes: null };
  const index = new Map<string, number>();
  const values: string[] = [];
  const codes = new Int32Array(cells.length);
  cells.forEach((cell, i) => {
    let code = index.get(cell);
    if (code === undefined) {
      code = values.length;
      values.push(cell);
      index.set(cell, code);
    }
    codes[i] = code;
  });
  return { values, codes };
}

/** The column's values in lower case (kept on the column). */
export function lowered(data: ColumnData): string[] {
  data.lowered ??= data.values.map((v) => v.toLowerCase());
  return data.lowered;
}

/**
 * Per row: does its cell satisfy `test` (given the value and its index in `values`)? Coded
 * columns test each distinct value once, up front; plain columns test a row when asked, so
 * rows an earlier filter turned away cost nothing.
 */
export function rowTest(
  data: ColumnData,
  test: (value: string, index: number) => boolean
): (row: number) => boolean {
  const codes = data.codes;
  if (!codes) return (i) => test(data.values[i], i);
  const hits = data.values.map(test);
  return (i) => hits[codes[i]];
}

/** Stable ascending order of a coded column: distinct values by collation, rows by bucket. */
export function codedOrder(data: ColumnData): SortOrder {
  const codes = data.codes!;
  const ranked = data.values.map((v, code) => ({ v, code })).sort((a, b) => cmpText(a.v, b.v));
  const rank = new Int32Array(data.values.length);
  ranked.forEach(({ code }, r) => (rank[code] = r));
  const starts = new Int32Array(ranked.length + 1);
  for (const code of codes) starts[rank[code] + 1]++;
  for (let r = 0; r < ranked.length; r++) starts[r + 1] += starts[r];
  const order = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) order[starts[rank[codes[i]]]++] = i;
  const emptyCode = data.values.indexOf('');
  const empty = emptyCode < 0 ? 0 : codes.filter((c) => c === emptyCode).length;
  return { order, filled: codes.length - empty };
}

/** Empty text sorts after any value. */
function cmpText(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return collator.compare(a, b);
}

/** Stable ascending order of per-row keys; undefined, NaN and '' go last. */
export function keyOrder(keys: readonly (number | string | undefined)[]): SortOrder {
  const n = keys.length;
  const order = new Int32Array(n);
  const empty: number[] = [];
  let filled = 0;
  let numeric = true;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k === undefined || k === '' || (typeof k === 'number' && Number.isNaN(k))) empty.push(i);
    else {
      order[filled++] = i;
      if (typeof k !== 'number') numeric = false;
    }
  }
  const rows = order.subarray(0, filled);
  if (!numeric) {
    const sorted = Array.from(rows).sort((a, b) =>
      collator.compare(String(keys[a]), String(keys[b]))
    );
    rows.set(sorted);
  } else if (!packedSort(rows, keys as readonly number[])) {
    const numbers = keys as readonly number[];
    rows.set(Array.from(rows).sort((a, b) => numbers[a] - numbers[b]));
  }
  order.set(empty, filled);
  return { order, filled };
}

/**
 * Integer keys sorted natively, without a comparator call per comparison: each row becomes
 * `(key - min) * rows + row`, exact while below 2^53, so ties keep row order. Dates in seconds
 * over a century times a million rows stay far below that. Sorts `rows` in place; false when
 * the keys do not fit.
 */
function packedSort(rows: Int32Array, keys: readonly number[]): boolean {
  let min = Infinity;
  let max = -Infinity;
  for (const i of rows) {
    const k = keys[i];
    if (!Number.isInteger(k)) return false;
    if (k < min) min = k;
    if (k > max) max = k;
  }
  const n = keys.length;
  if (rows.length === 0) return true;
  if ((max - min + 1) * n >= Number.MAX_SAFE_INTEGER) return false;
  const packed = new Float64Array(rows.length);
  for (let j = 0; j < rows.length; j++) packed[j] = (keys[rows[j]] - min) * n + rows[j];
  packed.sort();
  for (let j = 0; j < rows.length; j++) rows[j] = packed[j] % n;
  return true;
}
