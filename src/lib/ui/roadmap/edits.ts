/** Roadmap edits as stored: one document each, `roadmap-edit:<n>`, in the order made. */
import type { RoadmapEdit } from '$lib/core/roadmap';

export const EDIT_PREFIX = 'roadmap-edit:';

/** An edit as stored: the edit and when it was made (the report date reads it). */
export type StoredEditValue = RoadmapEdit & { at?: string };

export interface StoredEdit {
  seq: number;
  key: string;
  edit: StoredEditValue;
}

/** Stored edits in the order they were made: by their sequence number, not by key text. */
export function orderEdits(docs: Map<string, StoredEditValue>): StoredEdit[] {
  return [...docs]
    .map(([n, edit]) => ({ seq: Number(n), key: `${EDIT_PREFIX}${n}`, edit }))
    .filter((e) => Number.isFinite(e.seq))
    .sort((a, b) => a.seq - b.seq);
}

/** The edit with the time it was made. */
export function stamped(edit: RoadmapEdit): StoredEditValue {
  return { ...edit, at: new Date().toISOString() };
}
