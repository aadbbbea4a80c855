/**
 * One import as the page sees it: files dropped, formats detected and confirmed, progress,
 * cancel, summary. The work happens in a worker; cancelling terminates it, which aborts any
 * unfinished transaction, so nothing half-imported is ever stored.
 */
import { type ColumnMapping, mappedFormatId, mappedImporter } from '../../core/importers/mapped';
import { describeStorageError } from '../../db/errors';
import { createMapping, deleteMapping } from '../../db/mappings';
import ImportWorker from '../../workers/import.worker.ts?worker&inline';
import type {
  FromImportWorker,
  ImportedItem,
  PreparedItem,
  ToImportWorker
} from '../../workers/import-protocol';
import { log } from '../log';

export type ImportState = 'idle' | 'preparing' | 'ready' | 'running' | 'done' | 'error';

export interface Progress {
  name: string;
  phase: string;
  fraction: number;
  rows: number;
  bytesDone: number;
  bytesTotal: number;
  rowsPerSecond: number;
  secondsLeft: number | null;
}

/** A file nothing can import as it stands: unreadable, or of no known format. */
function isUnreadable(item: PreparedItem): boolean {
  return !item.ok || (!item.duplicateOf && item.candidates.length === 0);
}

/** A readable table of no known format: the user can map its columns. */
export function needsMapping(item: PreparedItem): boolean {
  return item.ok && !item.duplicateOf && item.candidates.length === 0 && !!item.header;
}

export class ImportSession {
  state = $state<ImportState>('idle');
  items = $state<PreparedItem[]>([]);
  /** The format chosen per item key (detected, or corrected by the user; '' = skip). */
  choices = $state<Record<string, string>>({});
  progress = $state<Progress | null>(null);
  results = $state<ImportedItem[]>([]);
  error = $state<string | null>(null);
  /** Stop after detection so the user reviews formats and previews before importing. */
  review = $state(false);
  /** Files that could not be read at all, kept for the summary after the import. */
  unreadable = $state<PreparedItem[]>([]);
  /** Saved column mappings, as the worker found them when it prepared the files. */
  mappings = $state<ColumnMapping[]>([]);

  private worker: Worker | null = null;
  /** True while the worker has not been sent anything yet, so a new import may use it. */
  private unused = false;
  private started = 0;

  constructor(
    private readonly assessmentId: string,
    private readonly onCommitted: () => void
  ) {
    // The worker takes about 100 ms to load its code: started with the page, it
    // is ready by the time files are dropped.
    this.spawn();
  }

  private spawn(): Worker {
    this.worker?.terminate();
    const worker = new ImportWorker();
    worker.onmessage = (e: MessageEvent<FromImportWorker>) => this.receive(e.data);
    worker.onerror = (e) => {
      log.error('import worker failed', e.message);
      this.fail('The import stopped unexpectedly. Nothing was stored.');
    };
    this.worker = worker;
    this.unused = true;
    return worker;
  }

  private send(message: ToImportWorker): void {
    (this.worker ?? this.spawn()).postMessage(message);
    this.unused = false;
  }

  /** Reads and detects the dropped files. */
  prepare(files: { name: string; file: Blob }[]): void {
    if (files.length === 0) return;
    // A worker that has run before may hold files of an import the user walked away from.
    if (!this.worker || !this.unused) this.spawn();
    this.reset('preparing');
    this.items = [];
    this.started = performance.now();
    this.send({
      type: 'prepare',
      assessmentId: this.assessmentId,
      files: files.map((f, i) => ({ key: `f${i}`, name: f.name, file: f.file }))
    });
  }

  /** Imports every ready item with its chosen format, in one transaction. */
  start(): void {
    const choices = this.importable
      .map((i) => ({
        key: i.key,
        formatId: this.choices[i.key] || (i.duplicateOf ? (i.candidates[0]?.id ?? '') : '')
      }))
      .filter((c) => c.formatId);
    if (choices.length === 0) return;
    this.state = 'running';
    this.started = performance.now();
    this.send({ type: 'import', assessmentId: this.assessmentId, choices });
  }

  /**
   * True when the import can go ahead without a question: every file with a detected format
   * is sure of it. Files of no known format are reported, not imported, and do not hold up
   * the others.
   */
  private confident(): boolean {
    const known = this.items.filter((i) => i.ok && (i.duplicateOf || i.candidates.length > 0));
    return (
      known.length > 0 && known.every((i) => i.duplicateOf || i.candidates[0].confidence >= 0.8)
    );
  }

  /** Lets every readable file through, even duplicates, which the worker reports and skips. */
  private get importable() {
    return this.items.filter((i) => i.ok);
  }

  /**
   * Saves a column mapping (side effect: one row in the mappings table), chooses it for every
   * unknown table of the same header signature, and imports right away when `andImport`.
   * Returns the sentence to show when saving failed.
   */
  async saveMapping(draft: Omit<ColumnMapping, 'id'>, andImport: boolean): Promise<string | null> {
    let mapping: ColumnMapping;
    try {
      mapping = await createMapping(draft);
    } catch (error) {
      log.error('saving a column mapping failed', error);
      return describeStorageError(error, 'saving the column mapping');
    }
    this.mappings = [...this.mappings, mapping];
    const importer = mappedImporter(mapping);
    const option = { id: importer.id, label: importer.label, system: importer.system };
    this.items = this.items.map((item) => {
      if (!item.ok || !item.header) return item;
      const alternatives = [...item.alternatives, { ...option, confidence: 0, evidence: '' }];
      const detected = importer.detect(item.header);
      if (!detected || item.candidates.length > 0 || item.duplicateOf) {
        return { ...item, alternatives };
      }
      this.choices[item.key] = importer.id;
      return { ...item, alternatives, candidates: [{ ...option, ...detected }] };
    });
    this.unreadable = this.unreadable.filter((u) => !this.choices[u.key]);
    if (andImport) this.start();
    return null;
  }

  /** Deletes a saved mapping; files that were to use it go back to needing a format. */
  async deleteMapping(id: string): Promise<string | null> {
    try {
      await deleteMapping(id);
    } catch (error) {
      log.error('deleting a column mapping failed', error);
      return describeStorageError(error, 'deleting the column mapping');
    }
    const formatId = mappedFormatId(id);
    this.mappings = this.mappings.filter((m) => m.id !== id);
    this.items = this.items.map((item) => ({
      ...item,
      candidates: item.candidates.filter((c) => c.id !== formatId),
      alternatives: item.alternatives.filter((c) => c.id !== formatId)
    }));
    for (const [key, chosen] of Object.entries(this.choices)) {
      if (chosen === formatId) this.choices[key] = '';
    }
    this.unreadable = this.items.filter(isUnreadable);
    return null;
  }

  /** Stops at once; whatever was not committed is discarded by the browser. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.reset('idle');
  }

  /** Back to idle after a summary or an error. */
  close(): void {
    this.cancel();
  }

  private reset(state: ImportState): void {
    this.state = state;
    this.items = [];
    this.choices = {};
    this.progress = null;
    this.results = [];
    this.error = null;
    this.unreadable = [];
  }

  private fail(message: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.state = 'error';
    this.error = message;
    this.progress = null;
  }

  private receive(message: FromImportWorker): void {
    switch (message.type) {
      case 'progress': {
        const seconds = (performance.now() - this.started) / 1000;
        const fraction = message.bytesTotal > 0 ? message.bytesDone / message.bytesTotal : 0;
        this.progress = {
          ...message,
          rowsPerSecond: seconds > 0 ? Math.round(message.rows / seconds) : 0,
          secondsLeft:
            fraction > 0.02 ? Math.max(0, Math.round((seconds / fraction) * (1 - fraction))) : null
        };
        break;
      }
      case 'prepared':
        this.items = message.items;
        this.choices = Object.fromEntries(
          message.items.map((i) => [
            i.key,
            i.ok && !i.duplicateOf ? (i.candidates[0]?.id ?? '') : ''
          ])
        );
        this.mappings = message.mappings;
        this.state = 'ready';
        this.progress = null;
        this.unreadable = message.items.filter(isUnreadable);
        if (this.unreadable.length === message.items.length && !this.review) {
          // Tables of no known format stop at the review, where their columns can be mapped.
          if (!this.unreadable.some(needsMapping)) {
            this.fail(this.unreadable.map((i) => i.message).join(' '));
          }
        } else if (!this.review && this.confident()) this.start();
        break;
      case 'done':
        this.results = message.items;
        this.state = 'done';
        this.progress = null;
        this.worker?.terminate();
        this.worker = null;
        this.onCommitted();
        break;
      case 'error':
        this.fail(message.message);
        break;
    }
  }
}
