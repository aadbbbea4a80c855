/** Export and import of a whole assessment as one workbook file. */
import type { Assessment } from '../core/assessment';
import { WORKBOOK_KIND, WORKBOOK_VERSION, type WorkbookFile } from '../core/workbook/format';
import type { RecordKind } from '../core/model';
import { newId } from './assessments';
import { chunkRecords } from './imports';
import { assessmentTables, db, type WorkbookDb } from './schema';

/** Gathers everything an assessment holds into a workbook object. */
export async function gatherWorkbook(
  id: string,
  appVersion: string,
  d: WorkbookDb = db()
): Promise<WorkbookFile> {
  return d.transaction('r', assessmentTables(d), async () => {
    const assessment = await d.assessments.get(id);
    if (!assessment) throw new Error(`No assessment ${id}`);
    const chunks = await d.chunks.where('assessmentId').equals(id).toArray();
    return {
      kind: WORKBOOK_KIND,
      version: WORKBOOK_VERSION,
      appVersion,
      exportedAt: new Date().toISOString(),
      assessment,
      sources: await d.sources.where('assessmentId').equals(id).toArray(),
      chunks: chunks.map((c) => ({
        sourceId: c.sourceId,
        seq: c.seq,
        kind: c.kind,
        records: chunkRecords(c)
      })),
      docs: (await d.docs.where('assessmentId').equals(id).toArray()).map(({ key, value }) => ({
        key,
        value
      })),
      links: (await d.links.where('assessmentId').equals(id).toArray()).map(
        ({ action, a, b, created }) => ({
          action,
          a,
          b,
          created
        })
      )
    };
  });
}

/**
 * Restores a workbook in one transaction. If an assessment with the same id exists, the
 * workbook comes in as a copy with a new id, so nothing on this machine is overwritten.
 */
export async function restoreWorkbook(
  file: WorkbookFile,
  d: WorkbookDb = db()
): Promise<Assessment> {
  return d.transaction('rw', assessmentTables(d), async () => {
    const clash = await d.assessments.get(file.assessment.id);
    const id = clash ? newId('a') : file.assessment.id;
    const assessment: Assessment = clash
      ? { ...file.assessment, id, client: `${file.assessment.client} (imported)` }
      : file.assessment;
    const sourceIds = new Map(file.sources.map((s) => [s.id, clash ? newId('s') : s.id]));
    await d.assessments.add(assessment);
    await d.sources.bulkAdd(
      file.sources.map((s) => ({ ...s, id: sourceIds.get(s.id)!, assessmentId: id }))
    );
    await d.chunks.bulkAdd(
      file.chunks.map(({ records, ...c }) => ({
        json: JSON.stringify(records),
        ...c,
        kind: c.kind as RecordKind,
        assessmentId: id,
        sourceId: sourceIds.get(c.sourceId) ?? c.sourceId
      }))
    );
    await d.docs.bulkAdd(file.docs.map((doc) => ({ ...doc, assessmentId: id })));
    await d.links.bulkAdd(file.links.map((l) => ({ ...l, assessmentId: id })));
    return assessment;
  });
}
