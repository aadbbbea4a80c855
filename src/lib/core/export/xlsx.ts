/**
 * XLSX writing with SheetJS. Kept apart from the CSV code because SheetJS is heavy: the app
 * loads this module through `import()` when the user asks for a workbook.
 */
import { utils, write } from '@e965/xlsx';
import type { Table } from './table';

/** Excel refuses sheet names over 31 characters or with any of `[]:*?/\`. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

function columnWidths(table: Table): { wch: number }[] {
  return table.header.map((h, i) => {
    let widest = h.length;
    for (const row of table.rows) widest = Math.max(widest, String(row[i] ?? '').length);
    return { wch: Math.min(60, widest + 2) };
  });
}

/**
 * The tables as one XLSX workbook, a sheet each. Cells are written as typed: text as text
 * (already neutralised by `tabulate`), numbers as numbers, yes/no as booleans. The bytes carry
 * no timestamp, so the same tables give the same file.
 */
export function toXlsxBytes(tables: readonly Table[]): Uint8Array {
  const book = utils.book_new();
  const taken = new Set<string>();
  for (const table of tables) {
    const aoa = [table.header, ...table.rows.map((r) => r.map((c) => c ?? null))];
    const sheet = utils.aoa_to_sheet(aoa);
    sheet['!cols'] = columnWidths(table);
    if (table.rows.length > 0) {
      const ref = utils.encode_range({
        s: { r: 0, c: 0 },
        e: { r: table.rows.length, c: table.header.length - 1 }
      });
      sheet['!autofilter'] = { ref };
    }
    utils.book_append_sheet(book, sheet, sheetName(table.name, taken));
  }
  const out: ArrayBuffer = write(book, { type: 'array', bookType: 'xlsx', compression: true });
  return new Uint8Array(out);
}
