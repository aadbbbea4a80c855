/** A table importer built from a saved column mapping. */
import type { TableImporter } from '../types';
import { startMappedSink } from './mapped-sink';
import { type ColumnMapping, headerSignature, mappedFormatId } from './mapping';

/** Confidence of a header-signature match: sure enough to import without asking (≥ 0.8). */
export const MAPPING_MATCH_CONFIDENCE = 0.85;

/** The importer that reads files with `mapping`; it claims files of the same header signature. */
export function mappedImporter(mapping: ColumnMapping): TableImporter {
  return {
    id: mappedFormatId(mapping.id),
    label: `Mapped: ${mapping.name}`,
    system: mapping.system,
    input: 'table',
    detect: (header) =>
      headerSignature(header) === mapping.headerSignature
        ? {
            confidence: MAPPING_MATCH_CONFIDENCE,
            evidence: `matches your saved column mapping “${mapping.name}”`
          }
        : null,
    start: (header) => startMappedSink(mapping, header)
  };
}
