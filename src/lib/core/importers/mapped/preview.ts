/** The first records a mapping gives, for the live preview beside the mapping form. */
import type { ImportOutput } from '../types';
import { startMappedSink } from './mapped-sink';
import type { ColumnMapping } from './mapping';

/**
 * Runs `mapping` over preview rows (the header first). Lines in rejected rows and warnings
 * count data rows of the preview, not lines of the file.
 */
export function previewMapping(mapping: ColumnMapping, rows: readonly string[][]): ImportOutput {
  const [header, ...data] = rows;
  const sink = startMappedSink(mapping, header ?? []);
  data.forEach((cells, i) => sink.row(cells, i + 1));
  return sink.finish();
}
