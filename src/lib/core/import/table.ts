/**
 * CSV/TSV text to rows (papaparse, or its fast mode done here for quote-free text), with the
 * 1-based line on which each row starts (quoted fields may hold newlines, so rows and lines
 * differ).
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
 * The line ending papaparse would pick for `text` (it looks at the first megabyte), for text
 * without quotes, where papaparse has no quoted sections to strip before looking.
 */
function lineEnding(text: string): '\n' | '\r\n' | '\r' {
  const head = text.length > 1024 * 1024 ? text.slice(0, 1024 * 1024) : text;
  const firstCr = head.indexOf('\r');
  if (firstCr === -1) return '\n';
  const firstLf = head.indexOf('\n');
  if (firstLf !== -1 && firstLf < firstCr) return '\n';
  let crs = 0;
  let crlfs = 0;
  for (let i = firstCr; i !== -1; i = head.indexOf('\r', i + 1)) {
    crs++;
    if (head.charCodeAt(i + 1) === 10) crlfs++;
  }
  return crlfs >= (crs + 1) / 2 ? '\r\n' : '\r';
}

/** papaparse's greedy blank row: nothing but white space and delimiters. */
function isBlankRow(cells: string[]): boolean {
  if (cells[0] !== '' && cells[0].trim() !== '') return false;
  return cells.join('').trim() === '';
}

/** Follows rows as they are read, and tells the line each one starts on. */
class LineCounter {
  private line: number;
  private cursor = 0;
  /** The next line feed at or after the cursor (-1: none left), found once per feed. */
  private nextFeed: number;

  constructor(
    private readonly text: string,
    skippedLines: number
  ) {
    this.line = 1 + skippedLines;
    this.nextFeed = text.indexOf('\n');
  }

  /**
   * The line of the row that ends (after its line break) at `end`. Blank rows skipped since
   * the previous row are line breaks before this one.
   */
  next(end: number): number {
    const { text } = this;
    let i = this.cursor;
    let before = 0;
    for (let c = text.charCodeAt(i); i < end && (c === 10 || c === 13); c = text.charCodeAt(++i)) {
      if (c === 10) before++;
    }
    const rowLine = this.line + before;
    while (this.nextFeed !== -1 && this.nextFeed < end) {
      this.line++;
      this.nextFeed = text.indexOf('\n', this.nextFeed + 1);
    }
    this.cursor = end;
    return rowLine;
  }
}

/**
 * Hands parsed rows to a visitor: the first is the header, the rest are counted and reported
 * every 5,000. Shared by both readers so they cannot drift apart. `feed` returns false when the
 * visitor asked to stop.
 */
function rowFeeder(visit: RowVisitor, onProgress?: (chars: number, rows: number) => void) {
  let headerSeen = false;
  const state = {
    rows: 0,
    feed(cells: string[], line: number, end: number): boolean {
      if (!headerSeen) {
        headerSeen = true;
        return visit.header(cells.map((c) => c.trim())) !== false;
      }
      state.rows++;
      if (onProgress && state.rows % 5000 === 0) onProgress(end, state.rows);
      return visit.row(cells, line) !== false;
    }
  };
  return state;
}

/**
 * Quote-free text, read the way papaparse's own fast mode does (split at line breaks, then at
 * the delimiter) but without its per-row result objects: a 100k-row export reads in a third
 * of the time. Rows and lines are exactly those of `visitRows` through papaparse.
 */
function visitPlainRows(
  table: TableText,
  newline: string,
  delimiter: string,
  visit: RowVisitor,
  onProgress?: (chars: number, rows: number) => void
): { rows: number; stopped: boolean } {
  const { text } = table;
  const lines = new LineCounter(text, table.skippedLines);
  const feeder = rowFeeder(visit, onProgress);
  for (let start = 0; start <= text.length;) {
    const found = text.indexOf(newline, start);
    const stop = found === -1 ? text.length : found;
    const end = found === -1 ? text.length : found + newline.length;
    const cells = text.slice(start, stop).split(delimiter);
    start = found === -1 ? text.length + 1 : end;
    if (isBlankRow(cells)) continue;
    if (!feeder.feed(cells, lines.next(end), end)) return { rows: feeder.rows, stopped: true };
  }
  return { rows: feeder.rows, stopped: false };
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
  const delimiter = guessDelimiter(text);
  if (text.indexOf('"') === -1) {
    const newline = lineEnding(text);
    if (newline !== '\r') return visitPlainRows(table, newline, delimiter, visit, onProgress);
  }
  return visitWithPapa(table, delimiter, visit, onProgress);
}

/** Any CSV text, quoted fields and all, through papaparse. Exported for tests. */
export function visitWithPapa(
  table: TableText,
  delimiter: string,
  visit: RowVisitor,
  onProgress?: (chars: number, rows: number) => void
): { rows: number; stopped: boolean } {
  const { text } = table;
  const lines = new LineCounter(text, table.skippedLines);
  const feeder = rowFeeder(visit, onProgress);
  let stopped = false;

  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      const end = result.meta.cursor;
      if (!feeder.feed(result.data, lines.next(end), end)) {
        stopped = true;
        parser.abort();
      }
    }
  });
  return { rows: feeder.rows, stopped };
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
