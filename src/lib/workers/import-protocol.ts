/** Messages between the page and the import worker. */
import type { ColumnMapping } from '../core/importers/mapped';

export interface FormatCandidate {
  id: string;
  label: string;
  system: string;
  confidence: number;
  evidence: string;
}

export interface PreparedItem {
  key: string;
  name: string;
  size: number;
  ok: boolean;
  /** Why the file cannot be imported (ok false), in one sentence. */
  message?: string;
  candidates: FormatCandidate[];
  /** Formats the user may pick instead (all importers of the same input kind). */
  alternatives: FormatCandidate[];
  preview: string[][];
  /** Name of an already imported file with identical content. */
  duplicateOf?: string;
  /** Tables only: the header row and its signature, for mapping the columns by hand. */
  header?: string[];
  headerSignature?: string;
  /** Tables of no known format: the header and up to 25 rows, for the mapping preview. */
  sample?: string[][];
}

export interface ImportedItem {
  key: string;
  name: string;
  status: 'imported' | 'duplicate' | 'failed';
  message?: string;
  sourceId?: string;
  formatLabel?: string;
  accepted: number;
  rejected: number;
  counts: Record<string, number>;
  warnings: string[];
  /** When a newer export replaced an older one: how the accounts changed. */
  replaced?: { fileName: string; added: number; removed: number; changed: number };
}

export type ToImportWorker =
  | { type: 'prepare'; assessmentId: string; files: { key: string; name: string; file: Blob }[] }
  | { type: 'import'; assessmentId: string; choices: { key: string; formatId: string }[] };

export type FromImportWorker =
  | { type: 'prepared'; items: PreparedItem[]; mappings: ColumnMapping[] }
  | {
      type: 'progress';
      name: string;
      phase: 'reading' | 'parsing' | 'checking' | 'saving';
      fraction: number;
      rows: number;
      bytesDone: number;
      bytesTotal: number;
    }
  | { type: 'done'; items: ImportedItem[] }
  | { type: 'error'; message: string };
