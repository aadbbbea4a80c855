/**
 * Table rows turned into plain strings, one column at a time and only when first needed, so
 * that each keystroke in a filter costs one pass over strings instead of re-running every
 * column's function on 100,000 rows. Rendering reads the few visible rows directly; `warm()`
 * builds the rest in small steps while the browser is idle: the columns, their lower case,
 * then each row's search text (one flat string per row: a single `includes` per row is ten
 * times faster than one per cell).
 */
import {
  buildColumn,
  codedOrder,
  keyOrder,
  lowered,
  rowTest,
  type ColumnData,
  type SortOrder
} from './column-data';
import type { ColumnDef } from './columns';

/** Rows of search text built per idle step. */
const SEARCH_SLICE = 10_000;

export interface ViewQuery {
  search: string;
  /** Column id → the chosen value (choice) or the text to contain (text). */
  filters: Record<string, string>;
  sortBy: string | null;
  descending: boolean;
}

export class PreparedRows<T> {
  private readonly data: (ColumnData | undefined)[];
  private extra: ColumnData | undefined;
  private readonly orders = new Map<number, SortOrder>();
  private warmStep = 0;
  private readonly searchText: string[] = [];

  constructor(
    readonly rows: readonly T[],
    readonly columns: readonly ColumnDef<T>[],
    /** Text the search finds beyond the cells (ids, addresses not shown in a column). */
    private readonly searchExtra?: (row: T) => string
  ) {
    this.data = columns.map(() => undefined);
  }

  get length(): number {
    return this.rows.length;
  }

  /** The column's position, or -1. */
  columnIndex(id: string): number {
    return this.columns.findIndex((c) => c.id === id);
  }

  /** The column's data (built on first use). */
  column(col: number): ColumnData {
    let data = this.data[col];
    if (!data) {
      const c = this.columns[col];
      data = buildColumn(this.rows.map(c.text), c.filter === 'choice');
      this.data[col] = data;
    }
    return data;
  }

  /** One cell's text, for rendering: no column is built for the few rows on screen. */
  text(col: number, row: number): string {
    const data = this.data[col];
    if (!data) return this.columns[col].text(this.rows[row]);
    return data.codes ? data.values[data.codes[row]] : data.values[row];
  }

  /** The values a column holds with how many rows hold each, in sort order. */
  choices(col: number): [string, number][] {
    const data = this.column(col);
    const order = this.order(col).order;
    const counts = new Map<string, number>();
    for (const i of order) {
      const v = data.codes ? data.values[data.codes[i]] : data.values[i];
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    return [...counts];
  }

  /** The ascending order of the rows by a column (built on first use). */
  order(col: number): SortOrder {
    let cached = this.orders.get(col);
    if (!cached) {
      const sort = this.columns[col].sort;
      const data = this.column(col);
      if (sort) cached = keyOrder(this.rows.map(sort));
      else cached = data.codes ? codedOrder(data) : keyOrder(data.values);
      this.orders.set(col, cached);
    }
    return cached;
  }

  /** Per row: does any cell, or the extra search text, contain `word` (lower case)? */
  containsWord(word: string): (i: number) => boolean {
    const text = this.searchTextUpTo(this.length);
    return (i) => text[i].includes(word);
  }

  /**
   * Builds one more piece (a column, its lower case, the extra search text, a slice of rows'
   * search text) and says whether any is left. Each piece is at most one pass over the rows.
   */
  warm(): boolean {
    const n = this.columns.length;
    const step = this.warmStep++;
    if (step < n) this.column(step);
    else if (step < 2 * n) lowered(this.column(step - n));
    else if (step === 2 * n) {
      const extra = this.extraText();
      if (extra) lowered(extra);
    } else this.searchTextUpTo(this.searchText.length + SEARCH_SLICE);
    return this.searchText.length < this.length;
  }

  /** The rows' search text, built up to row `end`. */
  private searchTextUpTo(end: number): string[] {
    const stop = Math.min(end, this.length);
    if (this.searchText.length >= stop) return this.searchText;
    const columns = this.columns.map((_, col) => {
      const data = this.column(col);
      return { codes: data.codes, lower: lowered(data) };
    });
    const extra = this.extraText();
    const extraLower = extra ? lowered(extra) : undefined;
    const parts: string[] = [];
    for (let i = this.searchText.length; i < stop; i++) {
      parts.length = 0;
      if (extraLower) parts.push(extraLower[i]);
      for (const { codes, lower } of columns) parts.push(lower[codes ? codes[i] : i]);
      // join() makes a flat string; `+` would leave a rope that every search flattens again.
      this.searchText.push(parts.join('\u0001'));
    }
    return this.searchText;
  }

  private extraText(): ColumnData | undefined {
    if (!this.searchExtra) return undefined;
    this.extra ??= buildColumn(this.rows.map(this.searchExtra), false);
    return this.extra;
  }
}

/** The indices of the rows a query keeps, in the order it asks for. */
export function selectRows<T>(rows: PreparedRows<T>, query: ViewQuery): Int32Array {
  const n = rows.length;
  const tests: ((i: number) => boolean)[] = [];
  for (const [id, raw] of Object.entries(query.filters)) {
    const col = rows.columnIndex(id);
    if (col < 0 || raw === '') continue;
    const data = rows.column(col);
    if (rows.columns[col].filter === 'choice') {
      tests.push(rowTest(data, (v) => v === raw));
    } else {
      const needle = raw.trim().toLowerCase();
      const lower = lowered(data);
      if (needle) tests.push(rowTest(data, (_v, k) => lower[k].includes(needle)));
    }
  }
  // The search last: the cheaper column tests turn most rows away before it runs.
  for (const word of query.search.toLowerCase().split(/\s+/).filter(Boolean)) {
    tests.push(rows.containsWord(word));
  }

  const out = new Int32Array(n);
  let kept = 0;
  const visit = (i: number) => {
    for (const t of tests) if (!t(i)) return;
    out[kept++] = i;
  };
  const col = query.sortBy ? rows.columnIndex(query.sortBy) : -1;
  if (col < 0) {
    for (let i = 0; i < n; i++) visit(i);
  } else {
    const { order, filled } = rows.order(col);
    if (query.descending) {
      for (let k = filled - 1; k >= 0; k--) visit(order[k]);
      for (let k = filled; k < n; k++) visit(order[k]);
    } else for (let k = 0; k < n; k++) visit(order[k]);
  }
  return out.subarray(0, kept);
}
