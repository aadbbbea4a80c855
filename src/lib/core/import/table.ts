/**
 * CSV/TSV text to rows, streamed through papaparse, with the 1-based line on which each row
 * starts (quoted fields may hold newlines, so rows and lines differ).
 */
import Papa from 'papaparse';

/** Windows PowerShell 5.1's Export-Csv writes `#TYPE <class>` first unless told not to. */
const TYPE_LINE = /^#TYPE [^\r\n]*\r?\n/;

export interface TableText {
  text: string;
  /** Lines removed before the header (the `#TYPE` line), so line numbers stay true. */
  skippedLines: number;
}

/** Removes the `#TYPE` line, keeping count of it. */
export function stripTypeLine(text: string): TableText {
  const match = TYPE_LINE.exec(text);
  return match ? { text: text.slice(match[0].length), skippedLines: 1 } : { text, skippedLines: 0 };
}

/** Picks the delimiter from the header line: `,`, `;` or tab, whichever splits it most. */
export function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 1 ? counts[0][0] : ',';
}

export interface RowVisitor {
  header(cells: string[]): boolean | void;
  row(cells: string[], line: number): boolean | void;
}

/**
 * Streams the rows of a CSV text to `visit`. Returns false when the visitor stopped early.
 * Blank rows are skipped; the header is the first non-blank row.
 */
export function visitRows(
  table: TableText,
  visit: RowVisitor,
  onProgress?: (chars: number, rows: number) => void
): { rows: number; stopped: boolean } {
  const { text } = table;
  let line = 1 + table.skippedLines;
  let cursor = 0;
  let headerSeen = false;
  let rows = 0;
  let stopped = false;

  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      // The row starts after the newlines between the previous row's end and this row.
      const end = result.meta.cursor;
      const start = cursor;
      let newlinesBefore = 0;
      let i = start;
      while (i < end && (text[i] === '\n' || text[i] === '\r')) {
        if (text[i] === '\n') newlinesBefore++;
        i++;
      }
      const rowLine = line + newlinesBefore;
      for (let j = start; j < end; j++) if (text.charCodeAt(j) === 10) line++;
      cursor = end;

      const cells = result.data;
      if (!headerSeen) {
        headerSeen = true;
        if (visit.header(cells.map((c) => c.trim())) === false) {
          stopped = true;
          parser.abort();
        }
        return;
      }
      rows++;
      if (onProgress && rows % 5000 === 0) onProgress(end, rows);
      if (visit.row(cells, rowLine) === false) {
        stopped = true;
        parser.abort();
      }
    }
  });
  return { rows, stopped };
}

/** Reads only the header of a CSV text (for detection and previews). */
export function readHeader(table: TableText): string[] {
  let header: string[] = [];
  visitRows(table, {
    header: (cells) => {
      header = cells;
      return false;
    },
    row: () => false
  });
  return header;
}
