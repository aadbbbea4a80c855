/** Small per-assessment documents: answers, acceptances, roadmap edits, view preferences. */
import type { ManualLink } from '../core/identity/person';
import { db, type WorkbookDb } from './schema';

/** Every document of an assessment whose key starts with `prefix`, as a map key → value. */
export async function getDocs<T>(
  assessmentId: string,
  prefix: string,
  d: WorkbookDb = db()
): Promise<Map<string, T>> {
  const rows = await d.docs
    .where('[assessmentId+key]')
    .between([assessmentId, prefix], [assessmentId, prefix + '\uffff'])
    .toArray();
  return new Map(rows.map((r) => [r.key.slice(prefix.length), r.value as T]));
}

/** Saves one document (autosave: each answer is written as soon as it changes). */
export async function putDoc(
  assessmentId: string,
  key: string,
  value: unknown,
  d: WorkbookDb = db()
): Promise<void> {
  await d.docs.put({ assessmentId, key, value });
}

export async function deleteDoc(
  assessmentId: string,
  key: string,
  d: WorkbookDb = db()
): Promise<void> {
  await d.docs.delete([assessmentId, key]);
}

/** The manual links and unlinks of an assessment. */
export async function listLinks(assessmentId: string, d: WorkbookDb = db()): Promise<ManualLink[]> {
  const rows = await d.links.where('assessmentId').equals(assessmentId).toArray();
  return rows.map(({ action, a, b }) => ({ action, a, b }));
}

/** Records a manual link or unlink, replacing any earlier decision on the same pair. */
export async function saveLink(
  assessmentId: string,
  link: ManualLink,
  d: WorkbookDb = db()
): Promise<void> {
  await d.transaction('rw', d.links, async () => {
    await d.links
      .where('assessmentId')
      .equals(assessmentId)
      .filter((l) => (l.a === link.a && l.b === link.b) || (l.a === link.b && l.b === link.a))
      .delete();
    await d.links.add({ ...link, assessmentId, created: new Date().toISOString() });
  });
}
