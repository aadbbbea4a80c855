/**
 * The import worker's work: prepare dropped files, then parse, validate and commit the chosen
 * ones in a single transaction. Terminating the worker before the commit ends aborts it.
 */
import type { Source } from '../core/assessment';
import { diffAccounts } from '../core/import/diff';
import { contentHash } from '../core/import/hash';
import { describeProblem } from '../core/import/messages';
import type { Encoding } from '../core/decode/text';
import {
  MAX_TEXT_BYTES,
  type Prepared,
  type PreparedFile,
  prepareFile
} from '../core/import/prepare';
import { runImporter } from '../core/import/run';
import { type TableText, visitRows } from '../core/import/table';
import { headerSignature, mappedImporter, mappingIdOfFormat } from '../core/importers/mapped';
import { IMPORTERS, importerById } from '../core/importers/registry';
import { newestTimestamp } from '../core/merge';
import { newId } from '../db/assessments';
import { isQuotaError } from '../db/errors';
import { commitImport, listSources, loadSourceRecords, type StagedSource } from '../db/imports';
import { listMappings, mappedImporterOf } from '../db/mappings';
import { prepareLarge, runLarge } from './large-file';
import type {
  FormatCandidate,
  FromImportWorker,
  ImportedItem,
  PreparedItem,
  ToImportWorker
} from './import-protocol';

const MAX_KEPT_REJECTS = 5000;

interface Held {
  file: PreparedFile;
  hash: string;
  size: number;
  /** A file too large to read whole: read again, in pieces, when imported. */
  stream?: { blob: Blob; encoding: Encoding };
}

const held = new Map<string, Held>();

/** The header and first rows of a table, enough for the mapping form to show 5 records. */
function sampleRows(table: TableText, max = 25): string[][] {
  const rows: string[][] = [];
  visitRows(table, {
    header: (cells) => void rows.push(cells),
    row: (cells) => {
      rows.push(cells);
      return rows.length <= max;
    }
  });
  return rows;
}

function candidate(
  i: { id: string; label: string; system: string },
  confidence: number,
  evidence: string
): FormatCandidate {
  return { id: i.id, label: i.label, system: i.system, confidence, evidence };
}

/** A dropped file that cannot be imported, with the sentence saying why. */
function refused(key: string, name: string, size: number, message: string): PreparedItem {
  return { key, name, size, ok: false, message, candidates: [], alternatives: [], preview: [] };
}

async function prepare(
  msg: Extract<ToImportWorker, { type: 'prepare' }>,
  post: (m: FromImportWorker) => void
): Promise<void> {
  held.clear();
  const existing = await listSources(msg.assessmentId);
  // Saved column mappings detect their files like any format, and are offered for any table.
  const mappings = await listMappings();
  const importers = [...IMPORTERS, ...mappings.map(mappedImporter)];
  const items: PreparedItem[] = [];
  const bytesTotal = msg.files.reduce((n, f) => n + f.file.size, 0);
  let bytesDone = 0;
  for (const { key, name, file } of msg.files) {
    post({
      type: 'progress',
      name,
      phase: 'reading',
      fraction: bytesDone / (bytesTotal || 1),
      rows: 0,
      bytesDone,
      bytesTotal
    });
    let prepared: Prepared[];
    let hash: string;
    let stream: Held['stream'];
    if (file.size > MAX_TEXT_BYTES) {
      const large = await prepareLarge(name, file, importers);
      prepared = [large.prepared];
      hash = large.hash;
      stream = { blob: file, encoding: large.encoding };
    } else {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // Web Crypto hashes on another thread while this one decodes and detects.
      const hashing = contentHash(bytes);
      prepared = prepareFile(name, bytes, importers);
      hash = await hashing;
    }
    bytesDone += file.size;
    const duplicate = existing.find((s) => s.hash === hash);
    prepared.forEach((p, index) => {
      const itemKey = prepared.length > 1 ? `${key}#${index}` : key;
      if (!p.ok) {
        items.push(refused(itemKey, p.name, file.size, p.message));
        return;
      }
      const innerHash = prepared.length > 1 ? `${hash}#${index}` : hash;
      held.set(itemKey, { file: p.file, hash: innerHash, size: p.file.size, stream });
      const content = p.file.content;
      const kind = content.kind === 'table' ? 'table' : 'json';
      items.push({
        key: itemKey,
        name: p.file.name,
        size: p.file.size,
        ok: true,
        candidates: p.file.candidates.map((c) =>
          candidate(c.importer, c.detection.confidence, c.detection.evidence)
        ),
        alternatives: importers
          .filter((i) => i.input === kind)
          .map((i) => candidate(i, 0, 'chosen by hand')),
        header: content.kind === 'table' ? content.header : undefined,
        headerSignature: content.kind === 'table' ? headerSignature(content.header) : undefined,
        sample:
          content.kind === 'table' && p.file.candidates.length === 0
            ? sampleRows(content.table)
            : undefined,
        preview: p.file.preview,
        duplicateOf: duplicate && prepared.length === 1 ? duplicate.fileName : undefined,
        message:
          p.file.candidates.length === 0
            ? describeProblem(
                p.file.name,
                p.file.content.kind === 'table'
                  ? { code: 'unknown-format', header: p.file.content.header }
                  : { code: 'unknown-format', keys: p.file.preview[0] }
              )
            : undefined
      });
    });
  }
  post({ type: 'prepared', items, mappings });
}

async function runImport(
  msg: Extract<ToImportWorker, { type: 'import' }>,
  post: (m: FromImportWorker) => void
): Promise<void> {
  const existing = await listSources(msg.assessmentId);
  const results: ImportedItem[] = [];
  const staged: StagedSource[] = [];
  const bytesTotal = msg.choices.reduce((n, c) => n + (held.get(c.key)?.size ?? 0), 0);
  let bytesDone = 0;

  for (const choice of msg.choices) {
    const entry = held.get(choice.key);
    if (!entry) continue;
    const name = entry.file.name;
    const base = { key: choice.key, name, accepted: 0, rejected: 0, counts: {}, warnings: [] };
    const mappingId = mappingIdOfFormat(choice.formatId);
    const importer =
      mappingId === undefined ? importerById(choice.formatId) : await mappedImporterOf(mappingId);
    if (!importer) {
      if (mappingId !== undefined) {
        results.push({
          ...base,
          status: 'failed',
          message: `${name} was not imported: the column mapping chosen for it no longer exists.`
        });
      }
      continue;
    }
    const duplicate =
      existing.find((s) => s.hash === entry.hash) ??
      staged.find((s) => s.source.hash === entry.hash)?.source;
    if (duplicate) {
      results.push({
        ...base,
        status: 'duplicate',
        message: describeProblem(name, { code: 'duplicate', otherFile: duplicate.fileName })
      });
      bytesDone += entry.size;
      continue;
    }

    const progress = (fraction: number, rows: number) =>
      post({
        type: 'progress',
        name,
        phase: 'parsing',
        fraction,
        rows,
        bytesDone: bytesDone + fraction * entry.size,
        bytesTotal
      });
    const parsed = entry.stream
      ? await runLarge(name, entry.stream.blob, entry.stream.encoding, importer, progress)
      : runImporter(entry.file, importer, progress);
    bytesDone += entry.size;
    const { output } = parsed;
    const accepted = Object.values(parsed.counts).reduce((n, c) => n + c, 0);
    if (accepted === 0) {
      const problem =
        output.rejected.length > 0
          ? ({ code: 'all-rejected', rejected: output.rejected.length } as const)
          : ({ code: 'no-rows' } as const);
      results.push({
        ...base,
        status: 'failed',
        rejected: output.rejected.length,
        message: describeProblem(name, problem)
      });
      continue;
    }

    const scopeKey = output.scopeKey ?? '';
    const replaced = existing.filter(
      (s) => s.format === importer.id && (s.scopeKey ?? '') === scopeKey
    );
    let replacedInfo: ImportedItem['replaced'];
    if (replaced.length > 0) {
      post({
        type: 'progress',
        name,
        phase: 'checking',
        fraction: 1,
        rows: parsed.rows,
        bytesDone,
        bytesTotal
      });
      const older = (await Promise.all(replaced.map((s) => loadSourceRecords(s.id)))).flatMap(
        (r) => r.accounts
      );
      const diff = diffAccounts(older, output.records.accounts);
      replacedInfo = {
        fileName: replaced.map((s) => s.fileName).join(', '),
        added: diff.added.length,
        removed: diff.removed.length,
        changed: diff.changed.length
      };
    }

    const source: Source = {
      id: newId('s'),
      assessmentId: msg.assessmentId,
      format: importer.id,
      formatLabel: importer.label,
      system: importer.system,
      fileName: name,
      size: entry.size,
      hash: entry.hash,
      exportedAt: output.exportedAt,
      newestTimestamp: newestTimestamp(output.records),
      importedAt: new Date().toISOString(),
      accepted,
      rejected: output.rejected.length,
      counts: { ...parsed.counts },
      warnings: output.warnings.slice(0, 200),
      rejectedRows: output.rejected.slice(0, MAX_KEPT_REJECTS),
      evidence:
        entry.file.candidates.find((c) => c.importer.id === importer.id)?.detection.evidence ??
        (mappingId ? 'columns mapped by hand' : 'chosen by hand'),
      scopeKey
    };
    staged.push({ source, records: output.records, replaces: replaced.map((s) => s.id) });
    results.push({
      ...base,
      status: 'imported',
      sourceId: source.id,
      formatLabel: importer.label,
      accepted,
      rejected: output.rejected.length,
      counts: parsed.counts,
      warnings: output.warnings,
      replaced: replacedInfo
    });
  }

  if (staged.length > 0) {
    post({
      type: 'progress',
      name: '',
      phase: 'saving',
      fraction: 1,
      rows: 0,
      bytesDone,
      bytesTotal
    });
    try {
      await commitImport(msg.assessmentId, staged);
    } catch (error) {
      const message = isQuotaError(error)
        ? describeProblem(staged.map((s) => s.source.fileName).join(', '), { code: 'storage-full' })
        : `Saving the import failed, so nothing was stored (${error instanceof Error ? error.message : String(error)}).`;
      post({ type: 'error', message });
      return;
    }
  }
  held.clear();
  post({ type: 'done', items: results });
}

/** Handles one message from the page. */
export async function handleImportMessage(
  msg: ToImportWorker,
  post: (m: FromImportWorker) => void
): Promise<void> {
  try {
    if (msg.type === 'prepare') await prepare(msg, post);
    else await runImport(msg, post);
  } catch (error) {
    post({
      type: 'error',
      message: `The import stopped because of an internal error (${error instanceof Error ? error.message : String(error)}). Nothing was stored.`
    });
  }
}
