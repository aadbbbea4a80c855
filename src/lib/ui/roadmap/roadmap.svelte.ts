/**
 * The roadmap of the open assessment: actions computed from findings and questionnaire gaps,
 * with the consultant's edits re-applied (SPEC §8). Edits are stored one document each
 * (`roadmap-edit:<n>`, a sequence) so a recomputation never loses an owner or a date.
 */
import { buildRoadmap } from '$lib/core/roadmap';
import type { CustomAction, Roadmap, RoadmapEdit } from '$lib/core/roadmap';
import { describeStorageError } from '$lib/db/errors';
import { deleteDoc, getDocs, putDoc } from '$lib/db/docs';
import type { AssessmentState } from '../state/assessment.svelte';
import { EDIT_PREFIX, orderEdits, stamped } from './edits';
import type { StoredEdit, StoredEditValue } from './edits';
import { roadmapInput } from './input';

/** The fields an inline edit may change. */
export type UpdateFields = Omit<Extract<RoadmapEdit, { kind: 'update' }>, 'kind' | 'actionId'>;

export class RoadmapState {
  edits = $state.raw<StoredEdit[]>([]);
  loaded = $state(false);
  error = $state<string | null>(null);
  private nextSeq = 1;

  readonly roadmap: Roadmap | null = $derived.by(() => {
    const analysis = this.a.analysis;
    if (!analysis || !this.loaded) return null;
    return buildRoadmap(
      roadmapInput(analysis),
      this.edits.map((e) => e.edit)
    );
  });

  constructor(private readonly a: AssessmentState) {}

  /** Reads the stored edits; call once when the page opens. */
  async load(): Promise<void> {
    try {
      this.edits = orderEdits(await getDocs<StoredEditValue>(this.a.id, EDIT_PREFIX));
      this.nextSeq = Math.max(0, ...this.edits.map((e) => e.seq)) + 1;
      this.loaded = true;
    } catch (e) {
      this.error = describeStorageError(e, 'reading the roadmap edits');
    }
  }

  /** Appends one edit to the sequence. */
  private async save(edit: RoadmapEdit): Promise<void> {
    // Taken before the await, so two quick edits never share a number.
    const seq = this.nextSeq++;
    const key = `${EDIT_PREFIX}${String(seq).padStart(6, '0')}`;
    const value = stamped(edit);
    try {
      await putDoc(this.a.id, key, value);
      this.edits = [...this.edits, { seq, key, edit: value }];
      this.error = null;
    } catch (e) {
      this.error = describeStorageError(e, 'saving the roadmap change');
    }
  }

  private async remove(keep: (e: StoredEdit) => boolean): Promise<void> {
    const gone = this.edits.filter((e) => !keep(e));
    try {
      for (const e of gone) await deleteDoc(this.a.id, e.key);
      this.edits = this.edits.filter(keep);
      this.error = null;
    } catch (e) {
      this.error = describeStorageError(e, 'saving the roadmap change');
    }
  }

  update(actionId: string, fields: UpdateFields): Promise<void> {
    return this.save({ kind: 'update', actionId, ...fields });
  }

  merge(actionId: string, intoId: string): Promise<void> {
    return this.save({ kind: 'merge', actionId, intoId });
  }

  drop(actionId: string, reason: string): Promise<void> {
    return this.save({ kind: 'drop', actionId, reason: reason.trim() || undefined });
  }

  add(action: Omit<CustomAction, 'id'>): Promise<void> {
    const id = `custom:${crypto.randomUUID()}`;
    return this.save({ kind: 'add', action: { ...action, id } });
  }

  /** Brings a dropped action back by forgetting every drop of it. */
  restore(actionId: string): Promise<void> {
    return this.remove((e) => !(e.edit.kind === 'drop' && e.edit.actionId === actionId));
  }

  /** Takes a merged action out again. */
  unmerge(actionId: string): Promise<void> {
    return this.remove((e) => !(e.edit.kind === 'merge' && e.edit.actionId === actionId));
  }

  /** Forgets an edit, such as an orphaned one the consultant has read. */
  discard(edit: RoadmapEdit): Promise<void> {
    return this.remove((e) => e.edit !== edit);
  }

  /**
   * Moves an action one place up (-1) or down (+1). The whole current order is stored as one
   * edit and replaces earlier order edits, so the list never grows with every click.
   */
  async move(actionId: string, delta: -1 | 1): Promise<void> {
    const ids = this.roadmap?.actions.map((x) => x.id) ?? [];
    const at = ids.indexOf(actionId);
    const to = at + delta;
    if (at < 0 || to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to], ids[at]];
    const earlier = this.edits.filter((e) => e.edit.kind === 'order');
    await this.save({ kind: 'order', actionIds: ids });
    if (!this.error) await this.remove((e) => !earlier.includes(e));
  }

  /** When the newest edit was made, for the report date. */
  lastEditAt(): string | undefined {
    return this.edits.reduce<string | undefined>(
      (t, e) => (e.edit.at && (!t || e.edit.at > t) ? e.edit.at : t),
      undefined
    );
  }
}
