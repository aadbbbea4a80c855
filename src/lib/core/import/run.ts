/** Running one importer over a prepared file, and checking every record it produced. */
import type { RejectedRow } from '../assessment';
import type { Importer, ImportOutput } from '../importers/types';
import { RECORD_KINDS, RECORD_SCHEMAS, type RecordSet } from '../model';
import type { PreparedFile } from './prepare';
import { surelyValidAccount } from './account-check';
import { visitRows } from './table';

export interface ParsedFile {
  output: ImportOutput;
  /** Data rows (tables) or top-level records (JSON) read. */
  rows: number;
  /** Records that passed validation, per kind. */
  counts: Record<string, number>;
}

/**
 * Validates every record against the model's zod schemas; a record that fails becomes a
 * rejected row rather than being stored half-right.
 */
export function validateRecords(
  records: RecordSet,
  rejected: RejectedRow[]
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of RECORD_KINDS) {
    const schema = RECORD_SCHEMAS[kind];
    const list = records[kind] as unknown[];
    const sure = kind === 'accounts' ? surelyValidAccount : undefined;
    const kept: unknown[] = [];
    for (let i = 0; i < list.length; i++) {
      if (sure?.(list[i])) {
        kept.push(list[i]);
        continue;
      }
      const result = schema.safeParse(list[i]);
      if (result.success) kept.push(list[i]);
      else {
        const issue = result.error.issues[0];
        const id = (list[i] as { id?: string })?.id ?? `#${i + 1}`;
        rejected.push({
          line: 0,
          column: issue.path.join('.'),
          reason: `${kind.slice(0, -1)} ${id}: ${issue.message}`
        });
      }
    }
    (records[kind] as unknown[]) = kept;
    if (kept.length > 0) counts[kind] = kept.length;
  }
  return counts;
}

/** Parses a prepared file with the chosen importer. */
export function runImporter(
  file: PreparedFile,
  importer: Importer,
  onProgress?: (fraction: number, rows: number) => void
): ParsedFile {
  const ctx = { fileName: file.name };
  let output: ImportOutput;
  let rows: number;
  if (file.content.kind === 'table') {
    if (importer.input !== 'table') throw new Error(`${importer.id} does not read tables`);
    const table = file.content.table;
    let sink: ReturnType<typeof importer.start> | undefined;
    const total = table.text.length || 1;
    rows = visitRows(
      table,
      {
        header: (cells) => void (sink = importer.start(cells, ctx)),
        row: (cells, line) => void sink?.row(cells, line)
      },
      (chars, n) => onProgress?.(chars / total, n)
    ).rows;
    if (!sink) throw new Error('table without a header');
    output = sink.finish();
  } else {
    if (importer.input !== 'json') throw new Error(`${importer.id} does not read JSON`);
    output = importer.parse(file.content.value, ctx);
    const v = file.content.value;
    rows = Array.isArray(v) ? v.length : 1;
  }
  onProgress?.(1, rows);
  const counts = validateRecords(output.records, output.rejected);
  return { output, rows, counts };
}
