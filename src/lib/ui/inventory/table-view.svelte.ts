/** The state of one inventory table: search, column filters, sort, and the rows they keep. */
import type { ColumnDef } from './columns';
import { PreparedRows, selectRows } from './prepared';

export interface Selection {
  indices: Int32Array;
  /** How long the filter and sort took, for the status line and for measuring 100k rows. */
  ms: number;
}

// Safari has no requestIdleCallback: a timeout lets input and painting go first.
const idle = (fn: (deadline?: IdleDeadline) => void): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(fn, { timeout: 2000 })
    : window.setTimeout(fn, 50);
const cancelIdle = (handle: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle);

/**
 * Create one while a component initialises: it starts an effect that builds the search and
 * sort data in idle time, and stops it when the component goes.
 */
export class TableView<T> {
  search = $state('');
  filters = $state<Record<string, string>>({});
  sortBy = $state<string | null>(null);
  descending = $state(false);

  /** Rebuilt only when the rows or columns change, never on a keystroke. */
  readonly prepared: PreparedRows<T>;
  readonly selection: Selection;

  constructor(
    source: () => readonly T[],
    columns: () => ColumnDef<T>[],
    searchExtra?: (row: T) => string
  ) {
    this.prepared = $derived(new PreparedRows(source(), columns(), searchExtra));
    this.selection = $derived.by(() => {
      const started = performance.now();
      const indices = selectRows(this.prepared, {
        search: this.search,
        filters: this.filters,
        sortBy: this.sortBy,
        descending: this.descending
      });
      return { indices, ms: performance.now() - started };
    });

    // Build the columns the first search or sort will need while nobody is typing.
    $effect(() => {
      const prepared = this.prepared;
      let handle = 0;
      const work = (deadline?: IdleDeadline) => {
        while (prepared.warm()) {
          if (!deadline || deadline.timeRemaining() < 8) {
            handle = idle(work);
            return;
          }
        }
      };
      handle = idle(work);
      return () => cancelIdle(handle);
    });
  }

  get columns(): readonly ColumnDef<T>[] {
    return this.prepared.columns;
  }

  get total(): number {
    return this.prepared.length;
  }

  get shown(): number {
    return this.selection.indices.length;
  }

  /** How many column filters are set. */
  get activeFilters(): number {
    return Object.values(this.filters).filter((v) => v !== '').length;
  }

  /** Sorts by a column, ascending first; a second click on it reverses. */
  toggleSort(id: string): void {
    if (this.sortBy === id) this.descending = !this.descending;
    else {
      this.sortBy = id;
      this.descending = false;
    }
  }

  setFilter(id: string, value: string): void {
    this.filters = { ...this.filters, [id]: value };
  }

  /** Clears the search and every column filter; the sort stays. */
  clear(): void {
    this.search = '';
    this.filters = {};
  }

  /** The rows of the current view, in its order (for export). */
  viewRows(): T[] {
    const rows = this.prepared.rows;
    return Array.from(this.selection.indices, (i) => rows[i]);
  }
}
