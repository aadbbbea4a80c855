/**
 * Tables for CSV and XLSX, and the neutralisation of cells a spreadsheet would read as a
 * formula (SPEC §9; CWE-1236, "CSV injection").
 */

/** A cell: text, a number, a yes/no; null and undefined are empty. */
export type Cell = string | number | boolean | null | undefined;

export interface Column<T> {
  header: string;
  value: (row: T) => Cell;
}

/** A table ready to write: a header row and rows of cells, all neutralised. */
export interface Table {
  name: string;
  header: string[];
  rows: Cell[][];
}

/**
 * Spreadsheets start a formula at `=`, `+`, `-` or `@`; tab and carriage return at the start
 * let a payload slip past a check on the first visible character. Such text gets a leading
 * apostrophe, the OWASP-recommended neutraliser.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text, with a leading `'` when a spreadsheet could take it for a formula. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A cell made safe. Only strings are neutralised: a finite JS number prints as digits, `-`,
 * `.` and `e` only (`-5`, `1e+21`), which every spreadsheet reads as a number and which cannot
 * carry a payload, so numbers stay numbers (also `-5` in CSV). NaN and infinities are empty.
 */
export function safeCell(value: Cell): Cell {
  if (typeof value === 'string') return neutralise(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/** Rows through columns into a neutralised table. */
export function tabulate<T>(
  name: string,
  rows: readonly T[],
  columns: readonly Column<T>[]
): Table {
  return {
    name,
    header: columns.map((c) => neutralise(c.header)),
    rows: rows.map((row) => columns.map((c) => safeCell(c.value(row))))
  };
}
