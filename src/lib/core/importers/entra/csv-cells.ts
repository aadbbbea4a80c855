/** Reading cells of Entra CSV downloads, with the quirks spreadsheets and portals add. */
import type { Columns } from '../../decode/header';
import { text } from '../../decode/values';

/**
 * A cell's text. Spreadsheet round-trips write `="00123"` to stop a value being read as a
 * number or formula; that wrapper is removed. Any other value starting with `=` is kept as the
 * literal text it is (the portal writes display names like `=3+1` unescaped): it is data, not a
 * formula, and whoever writes it to a spreadsheet again must escape it.
 */
export function cleanCell(raw: string | undefined): string | undefined {
  const value = text(raw);
  if (value === undefined) return undefined;
  const wrapped = /^="(.*)"$/s.exec(value);
  return wrapped ? text(wrapped[1].replace(/""/g, '"')) : value;
}

/** A reader of one row's cells by column names (first present name wins). */
export function rowReader(columns: Columns, cells: readonly string[]) {
  return (...names: string[]): string | undefined => cleanCell(columns.raw(cells, ...names));
}

/** Why a row's cell count makes it unreadable, or undefined when it matches the header. */
export function cellCountProblem(
  cells: readonly string[],
  header: readonly string[]
): string | undefined {
  if (cells.length === header.length) return undefined;
  // A trailing empty cell from a final delimiter is harmless.
  if (cells.length === header.length + 1 && cells[cells.length - 1].trim() === '') return undefined;
  return cells.length < header.length
    ? `the row has ${cells.length} cells but the header has ${header.length} (truncated row?)`
    : `the row has ${cells.length} cells but the header has ${header.length} (unquoted separator?)`;
}
