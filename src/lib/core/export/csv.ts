/** CSV writing (RFC 4180) with formula neutralisation. */
import { tabulate } from './table';
import type { Cell, Column, Table } from './table';

function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte-order mark (default true): without it Excel reads the file in the
   * local code page and Cyrillic or Greek names come out garbled.
   */
  bom?: boolean;
}

/** A written table as CSV text, CRLF line ends. */
export function tableToCsv(table: Table, options: CsvOptions = {}): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvField).join(','));
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}

/** Rows through columns into CSV text; cells that could run as formulas are neutralised. */
export function toCsv<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  options?: CsvOptions
): string {
  return tableToCsv(tabulate('csv', rows, columns), options);
}
