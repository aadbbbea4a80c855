/** The assessments themselves: list, create, rename, duplicate, delete. */
import { type Assessment, assessmentSchema } from '../core/assessment';
import { assessmentTables, db, type WorkbookDb } from './schema';

/** A new random id (not a secret; only unique). */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function now(): string {
  return new Date().toISOString();
}

/** Every assessment, most recently changed first. */
export async function listAssessments(d: WorkbookDb = db()): Promise<Assessment[]> {
  return (await d.assessments.orderBy('updated').reverse().toArray()).map((a) =>
    assessmentSchema.parse(a)
  );
}

export async function getAssessment(
  id: string,
  d: WorkbookDb = db()
): Promise<Assessment | undefined> {
  const found = await d.assessments.get(id);
  return found ? assessmentSchema.parse(found) : undefined;
}

/** Creates an assessment with default targets and thresholds. */
export async function createAssessment(
  fields: Pick<Assessment, 'client' | 'assessor' | 'scope'>,
  d: WorkbookDb = db()
): Promise<Assessment> {
  const at = now();
  const assessment = assessmentSchema.parse({
    id: newId('a'),
    created: at,
    updated: at,
    ...fields
  });
  await d.assessments.add(assessment);
  return assessment;
}

/** Changes an assessment's own fields (names, as-of date, targets, settings). */
export async function updateAssessment(
  id: string,
  changes: Partial<Omit<Assessment, 'id' | 'created'>>,
  d: WorkbookDb = db()
): Promise<Assessment> {
  return d.transaction('rw', d.assessments, async () => {
    const current = await d.assessments.get(id);
    if (!current) throw new Error(`No assessment ${id}`);
    const next = assessmentSchema.parse({ ...current, ...changes, updated: now() });
    if (changes.asOf === undefined && 'asOf' in changes) delete next.asOf;
    await d.assessments.put(next);
    return next;
  });
}

/** Deletes an assessment and every record that belongs to it, in one transaction. */
export async function deleteAssessment(id: string, d: WorkbookDb = db()): Promise<void> {
  await d.transaction('rw', assessmentTables(d), async () => {
    await d.chunks.where('assessmentId').equals(id).delete();
    await d.sources.where('assessmentId').equals(id).delete();
    await d.docs.where('assessmentId').equals(id).delete();
    await d.links.where('assessmentId').equals(id).delete();
    await d.assessments.delete(id);
  });
}

/** What deleting would lose, for the confirmation. */
export async function assessmentContents(id: string, d: WorkbookDb = db()) {
  const sources = await d.sources.where('assessmentId').equals(id).toArray();
  const answers = await d.docs
    .where('assessmentId')
    .equals(id)
    .filter((x) => x.key.startsWith('answer:'))
    .count();
  return {
    files: sources.length,
    records: sources.reduce((n, s) => n + s.accepted, 0),
    answers
  };
}

/** Copies an assessment with all its records under a new id. */
export async function duplicateAssessment(id: string, d: WorkbookDb = db()): Promise<Assessment> {
  return d.transaction('rw', assessmentTables(d), async () => {
    const source = await d.assessments.get(id);
    if (!source) throw new Error(`No assessment ${id}`);
    const at = now();
    const copy: Assessment = {
      ...source,
      id: newId('a'),
      client: `${source.client} (copy)`,
      created: at,
      updated: at
    };
    await d.assessments.add(copy);
    const sourceIds = new Map<string, string>();
    for (const s of await d.sources.where('assessmentId').equals(id).toArray()) {
      const sid = newId('s');
      sourceIds.set(s.id, sid);
      await d.sources.add({ ...s, id: sid, assessmentId: copy.id });
    }
    const chunks = await d.chunks.where('assessmentId').equals(id).toArray();
    await d.chunks.bulkAdd(
      chunks.map((c) => ({ ...c, assessmentId: copy.id, sourceId: sourceIds.get(c.sourceId)! }))
    );
    const docs = await d.docs.where('assessmentId').equals(id).toArray();
    await d.docs.bulkAdd(docs.map((doc) => ({ ...doc, assessmentId: copy.id })));
    const links = await d.links.where('assessmentId').equals(id).toArray();
    await d.links.bulkAdd(links.map(({ id: _drop, ...l }) => ({ ...l, assessmentId: copy.id })));
    return copy;
  });
}
