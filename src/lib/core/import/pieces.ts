/**
 * Tables too large to hold as one string (past MAX_TEXT_BYTES) are read in pieces that each end
 * at a record boundary; the importer's sink sees the same rows, with the same line numbers, as
 * it would from the whole text.
 */
import type { ImportContext, TableImporter, TableSink } from '../importers/types';
import { type ParsedFile, validateRecords } from './run';
import { stripTypeLine, visitRows } from './table';

/**
 * The index just after the last line break that ends a record, or 0 when the text holds none.
 * The text must start at a record boundary: quotes are paired from there, and a doubled quote
 * inside a field toggles twice, so a line break inside a quoted field is never taken.
 */
export function lastRecordEnd(text: string): number {
  if (text.indexOf('"') === -1) return text.lastIndexOf('\n') + 1;
  let end = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) end = i + 1;
  }
  return end;
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * A cell that owns its characters. V8 cuts long substrings as views into the string they come
 * from, so a record keeping one field of a row would keep the whole 32 MB piece alive, and a
 * gigabyte file would stay in memory until the import ends (measured: half of the heap of 250k
 * sign-ins). Short strings are copied by V8 anyway.
 */
function ownCopy(cell: string): string {
  return cell.length < 13 ? cell : (' ' + cell).slice(1);
}

/** One table importer run over a text fed piece by piece. */
export class TableRun {
  private sink: TableSink | undefined;
  /** The header line as written (with its line break), put before every later piece. */
  private headerLine: string | undefined;
  /** Line breaks read so far: the next piece starts on line `lines + 1`. */
  private lines = 0;
  private rows = 0;
  private readonly ctx: ImportContext;

  constructor(
    private readonly importer: TableImporter,
    fileName: string
  ) {
    this.ctx = { fileName };
  }

  /** `piece` holds whole records; the first piece starts with the header. */
  feed(piece: string): void {
    const row = (cells: string[], line: number) => void this.sink?.row(cells.map(ownCopy), line);
    if (this.headerLine === undefined) {
      const table = stripTypeLine(piece);
      const start = table.text.search(/[^\r\n]/);
      this.headerLine = table.text.slice(start, table.text.indexOf('\n', start) + 1 || undefined);
      this.rows += visitRows(table, {
        header: (cells) => void (this.sink = this.importer.start(cells, this.ctx)),
        row
      }).rows;
      this.lines = table.skippedLines + lineBreaks(table.text);
      return;
    }
    // The header goes first again, on the line before the piece, so that rows keep their lines.
    const table = { text: this.headerLine + piece, skippedLines: this.lines - 1 };
    this.rows += visitRows(table, { header: () => undefined, row }).rows;
    this.lines += lineBreaks(piece);
  }

  /** Data rows read so far. */
  get rowsRead(): number {
    return this.rows;
  }

  finish(): ParsedFile {
    if (!this.sink) throw new Error('table without a header');
    const output = this.sink.finish();
    const counts = validateRecords(output.records, output.rejected);
    return { output, rows: this.rows, counts };
  }
}
