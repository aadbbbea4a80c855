/** How roadmap values read on screen. */
import type { RoadmapAction, RoadmapEdit } from '$lib/core/roadmap';

/** Effort and impact levels, 1–3. */
export const LEVEL: Record<number, string> = { 1: 'low', 2: 'medium', 3: 'high' };

export const HORIZON_LABEL: Record<RoadmapAction['horizon'], string> = {
  '0-30': '0–30 days',
  '31-90': '31–90 days',
  '91-180': '91–180 days'
};

/** One sentence saying what an edit did, for the list of orphaned edits. */
export function describeEdit(edit: RoadmapEdit): string {
  switch (edit.kind) {
    case 'update': {
      const parts = [
        edit.owner !== undefined ? `owner “${edit.owner}”` : '',
        edit.targetDate !== undefined ? `target date ${edit.targetDate}` : '',
        edit.horizon !== undefined ? `horizon ${edit.horizon} days` : '',
        edit.title !== undefined ? `title “${edit.title}”` : '',
        edit.notes !== undefined ? 'notes' : ''
      ].filter(Boolean);
      return `Set ${parts.join(', ') || 'nothing'} on ${edit.actionId}`;
    }
    case 'merge':
      return `Merge ${edit.actionId} into ${edit.intoId}`;
    case 'drop':
      return `Drop ${edit.actionId}${edit.reason ? ` (${edit.reason})` : ''}`;
    case 'order':
      return `Manual order of ${edit.actionIds.length} actions`;
    case 'add':
      return `Add “${edit.action.title}”`;
  }
}

/** The link target for a finding: the dashboard lists every finding by rule. */
export function findingHref(assessmentId: string): string {
  return `#/a/${assessmentId}`;
}

export function questionnaireHref(assessmentId: string): string {
  return `#/a/${assessmentId}/questionnaire`;
}
