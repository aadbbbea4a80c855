/** Loading everything an analysis needs for one assessment. */
import type { StoredData } from '../core/analysis/input';
import type { RecordSet } from '../core/model';
import { getAssessment } from './assessments';
import { listLinks } from './docs';
import { joinChunks } from './imports';
import { db, type WorkbookDb } from './schema';

/**
 * The assessment, its sources, their records (joined from chunks) and the manual links.
 * `known` holds records already read, by source id: a source's records never change once
 * imported, so only the chunks of other sources are read and parsed.
 */
export async function loadStoredData(
  id: string,
  d: WorkbookDb = db(),
  known: ReadonlyMap<string, RecordSet> = new Map()
): Promise<StoredData | undefined> {
  return d.transaction('r', [d.assessments, d.sources, d.chunks, d.links, d.docs], async () => {
    const assessment = await getAssessment(id, d);
    if (!assessment) return undefined;
    const sources = await d.sources.where('assessmentId').equals(id).toArray();
    const missing = sources.filter((s) => !known.has(s.id)).map((s) => s.id);
    const chunks =
      missing.length === 0 ? [] : await d.chunks.where('sourceId').anyOf(missing).toArray();
    const bySource = new Map<string, typeof chunks>();
    for (const c of chunks.sort((a, b) => a.seq - b.seq)) {
      const list = bySource.get(c.sourceId) ?? [];
      list.push(c);
      bySource.set(c.sourceId, list);
    }
    return {
      assessment,
      sources,
      records: new Map(
        sources.map((s) => [s.id, known.get(s.id) ?? joinChunks(bySource.get(s.id) ?? [])])
      ),
      links: await listLinks(id, d),
      docs: new Map(
        (await d.docs.where('assessmentId').equals(id).toArray()).map((doc) => [doc.key, doc.value])
      )
    };
  });
}
