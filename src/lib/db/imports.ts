/** Storing an import: all of it in one transaction, or nothing. */
import type { Source } from '../core/assessment';
import { RECORD_KINDS, type RecordSet } from '../core/model';
import { CHUNK_SIZE, type Chunk, db, type WorkbookDb } from './schema';

export interface StagedSource {
  source: Source;
  records: RecordSet;
  /** Older sources this one replaces (same format and scope). */
  replaces: string[];
}

/** Splits a source's records into chunk rows, each serialised only when it is asked for. */
export function* chunkRows(
  assessmentId: string,
  sourceId: string,
  records: RecordSet
): Generator<Chunk> {
  let seq = 0;
  for (const kind of RECORD_KINDS) {
    const list = records[kind] as unknown[];
    for (let i = 0; i < list.length; i += CHUNK_SIZE) {
      yield {
        assessmentId,
        sourceId,
        seq: seq++,
        kind,
        json: JSON.stringify(list.slice(i, i + CHUNK_SIZE))
      };
    }
  }
}

/** Splits a source's records into chunk rows. */
export function toChunks(assessmentId: string, sourceId: string, records: RecordSet): Chunk[] {
  return [...chunkRows(assessmentId, sourceId, records)];
}

/**
 * Writes every staged source, removing the ones they replace, in a single transaction: a
 * failure, a full disk or a closed tab leaves the assessment exactly as it was.
 */
export async function commitImport(
  assessmentId: string,
  staged: readonly StagedSource[],
  d: WorkbookDb = db()
): Promise<void> {
  await d.transaction('rw', [d.assessments, d.sources, d.chunks], async () => {
    const assessment = await d.assessments.get(assessmentId);
    if (!assessment) throw new Error('The assessment was deleted while the import ran.');
    for (const { replaces } of staged) {
      for (const old of replaces) {
        await d.chunks.where('sourceId').equals(old).delete();
        await d.sources.delete(old);
      }
    }
    for (const { source, records } of staged) {
      await d.sources.add(source);
      // Each chunk is handed to the database as soon as it is serialised: the database writes
      // it on its own thread while the next one is serialised here.
      const writes: Promise<unknown>[] = [];
      for (const chunk of chunkRows(assessmentId, source.id, records)) {
        writes.push(d.chunks.add(chunk));
      }
      await Promise.all(writes);
    }
    await d.assessments.update(assessmentId, { updated: new Date().toISOString() });
  });
}

/** The sources of an assessment, oldest first. */
export async function listSources(assessmentId: string, d: WorkbookDb = db()): Promise<Source[]> {
  const list = await d.sources.where('assessmentId').equals(assessmentId).toArray();
  return list.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

/** Removes one imported file and its records. */
export async function deleteSource(sourceId: string, d: WorkbookDb = db()): Promise<void> {
  await d.transaction('rw', [d.sources, d.chunks], async () => {
    await d.chunks.where('sourceId').equals(sourceId).delete();
    await d.sources.delete(sourceId);
  });
}

/** The records of one source, joined from its chunks. */
export async function loadSourceRecords(
  sourceId: string,
  d: WorkbookDb = db()
): Promise<RecordSet> {
  const chunks = await d.chunks.where('sourceId').equals(sourceId).sortBy('seq');
  return joinChunks(chunks);
}

/** The records a chunk row holds, whichever way it stores them. */
export function chunkRecords(chunk: Chunk): unknown[] {
  return chunk.json !== undefined ? (JSON.parse(chunk.json) as unknown[]) : (chunk.records ?? []);
}

/** Joins chunk rows back into a record set. */
export function joinChunks(chunks: readonly Chunk[]): RecordSet {
  const set = Object.fromEntries(
    RECORD_KINDS.map((k) => [k, [] as unknown[]])
  ) as unknown as RecordSet;
  for (const chunk of chunks) {
    const target = set[chunk.kind] as unknown[];
    for (const r of chunkRecords(chunk)) target.push(r);
  }
  return set;
}
