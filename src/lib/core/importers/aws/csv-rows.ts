/** CSV text embedded in a JSON export (the credential report's `Content`), split into rows. */
import Papa from 'papaparse';

export interface CsvRow {
  cells: string[];
  /** 1-based line where the row starts; the header is line 1. */
  line: number;
}

/**
 * Parses CSV text into its header and rows with their line numbers. Blank lines are skipped
 * but still counted, and newlines inside quoted cells advance the count, so a rejected row
 * points at the line a person sees in an editor.
 */
export function parseCsvRows(text: string): { header: string[]; rows: CsvRow[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const rows: CsvRow[] = [];
  let header: string[] | undefined;
  let line = 1;
  for (const cells of parsed.data) {
    const start = line;
    line += 1 + cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    if (cells.length === 1 && cells[0].trim() === '') continue;
    if (!header) header = cells.map((c) => c.trim());
    else rows.push({ cells, line: start });
  }
  return { header: header ?? [], rows };
}
