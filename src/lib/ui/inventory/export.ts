/** The current view of an inventory table as CSV or XLSX, through the core export helpers. */
import { tableToCsv, tabulate, type Column, type Table } from '$lib/core/export';
import { download } from '../platform';
import type * as XlsxWriter from '$lib/core/export/xlsx';
import type { ColumnDef } from './columns';

type XlsxModule = typeof XlsxWriter;
let xlsx: Promise<XlsxModule> | null = null;

/** SheetJS is heavy: load it once, on the first XLSX export, and retry after a failure. */
function loadXlsx(): Promise<XlsxModule> {
  xlsx ??= import('$lib/core/export/xlsx').catch((e: unknown) => {
    xlsx = null;
    throw e;
  });
  return xlsx;
}

/** Rows through the table's columns into a neutralised table (formula starts made inert). */
export function viewTable<T>(
  name: string,
  rows: readonly T[],
  columns: readonly ColumnDef<T>[]
): Table {
  const cols: Column<T>[] = columns.map((c) => ({
    header: c.label,
    value: c.exported ?? c.text
  }));
  return tabulate(name, rows, cols);
}

/** Downloads the rows as `<fileBase>.csv` (UTF-8 with BOM, so Excel reads any script). */
export function downloadCsv<T>(
  fileBase: string,
  rows: readonly T[],
  columns: readonly ColumnDef<T>[]
): void {
  download(tableToCsv(viewTable(fileBase, rows, columns)), `${fileBase}.csv`, 'text/csv');
}

/** Downloads the rows as `<fileBase>.xlsx`, one sheet named after `sheet`. */
export async function downloadXlsx<T>(
  fileBase: string,
  sheet: string,
  rows: readonly T[],
  columns: readonly ColumnDef<T>[]
): Promise<void> {
  const { toXlsxBytes } = await loadXlsx();
  download(
    toXlsxBytes([viewTable(sheet, rows, columns)]),
    `${fileBase}.xlsx`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  );
}
