/** Re-applies the user's roadmap edits to freshly computed actions (SPEC §8: owners and dates). */
import { SEVERITIES } from '../model';
import type { Severity } from '../model';
import { compareActions } from './actions';
import { horizonDate, horizonOf, impactOf, isQuickWin, riskScore } from './score';
import { HORIZONS } from './types';
import type {
  CustomAction,
  Effort,
  OrphanedEdit,
  Roadmap,
  RoadmapAction,
  RoadmapEdit
} from './types';

function customAction(c: CustomAction, asOf: string): RoadmapAction {
  const severity = c.severity ?? 'medium';
  const effort = c.effort ?? 2;
  const impact = impactOf(severity, 0);
  const horizon = c.horizon ?? horizonOf(c.step, severity, impact, effort);
  return {
    id: c.id,
    origin: 'custom',
    title: c.title,
    why: { findingIds: [], questionIds: [] },
    affected: [],
    affectedCount: 0,
    severity,
    effort,
    impact,
    risk: riskScore(severity, 0),
    owner: c.owner ?? '',
    targetDate: c.targetDate ?? horizonDate(asOf, horizon),
    notes: c.notes ?? '',
    horizon,
    quickWin: isQuickWin(impact, effort),
    step: c.step,
    mergedFrom: [],
    edited: []
  };
}

function worse(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

/** Folds `from` into `into`: evidence and identities join, the worse severity and effort win. */
function merge(into: RoadmapAction, from: RoadmapAction, asOf: string): RoadmapAction {
  const severity = worse(into.severity, from.severity);
  const affected = union(into.affected, from.affected);
  const effort = Math.max(into.effort, from.effort) as Effort;
  const impact = impactOf(severity, affected.length);
  const earlier =
    HORIZONS[Math.min(HORIZONS.indexOf(into.horizon), HORIZONS.indexOf(from.horizon))];
  const horizon = into.edited.includes('horizon') ? into.horizon : earlier;
  return {
    ...into,
    why: {
      findingIds: union(into.why.findingIds, from.why.findingIds),
      questionIds: union(into.why.questionIds, from.why.questionIds)
    },
    affected,
    affectedCount: affected.length,
    severity,
    effort,
    impact,
    risk: riskScore(severity, affected.length),
    horizon,
    targetDate: into.edited.includes('targetDate') ? into.targetDate : horizonDate(asOf, horizon),
    quickWin: isQuickWin(impact, effort),
    step: Math.min(into.step, from.step) as RoadmapAction['step'],
    mergedFrom: union(into.mergedFrom, [from.id, ...from.mergedFrom])
  };
}

function update(a: RoadmapAction, e: Extract<RoadmapEdit, { kind: 'update' }>, asOf: string) {
  const next = { ...a, edited: [...a.edited] };
  const mark = (field: RoadmapAction['edited'][number]) => {
    if (!next.edited.includes(field)) next.edited.push(field);
  };
  if (e.owner !== undefined) {
    next.owner = e.owner;
    mark('owner');
  }
  if (e.title !== undefined) {
    next.title = e.title;
    mark('title');
  }
  if (e.notes !== undefined) {
    next.notes = e.notes;
    mark('notes');
  }
  if (e.horizon !== undefined) {
    next.horizon = e.horizon;
    mark('horizon');
    if (!next.edited.includes('targetDate')) next.targetDate = horizonDate(asOf, e.horizon);
  }
  if (e.targetDate !== undefined) {
    next.targetDate = e.targetDate;
    mark('targetDate');
  }
  return next;
}

/** Listed actions take the places the listed ones occupy, in the listed order; others stay. */
function reorder(actions: RoadmapAction[], ids: string[]): RoadmapAction[] {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const listed = actions.filter((a) => rank.has(a.id));
  listed.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  let next = 0;
  return actions.map((a) => (rank.has(a.id) ? listed[next++] : a));
}

/**
 * Applies edits to computed actions: adds first, then updates, merges, drops and manual order.
 * An edit naming an action that no longer exists is returned in `orphaned`, never dropped.
 */
export function applyEdits(computed: RoadmapAction[], edits: RoadmapEdit[], asOf: string): Roadmap {
  const byId = new Map(computed.map((a) => [a.id, a]));
  const orphaned: OrphanedEdit[] = [];
  const dropped: Roadmap['dropped'] = [];
  // Actions merged away or dropped: later edits naming them are not orphans.
  const gone = new Set<string>();
  const mergedInto = new Map<string, string>();
  const resolve = (id: string): string => {
    let at = id;
    for (let hops = 0; mergedInto.has(at) && hops < 100; hops++) at = mergedInto.get(at) ?? at;
    return at;
  };
  const missingOf = (ids: string[]) => ids.filter((id) => !byId.has(id) && !gone.has(id));

  for (const e of edits) {
    if (e.kind === 'add' && !byId.has(e.action.id))
      byId.set(e.action.id, customAction(e.action, asOf));
  }
  for (const e of edits) {
    if (e.kind !== 'update') continue;
    const a = byId.get(e.actionId);
    if (a) byId.set(a.id, update(a, e, asOf));
    else orphaned.push({ edit: e, missing: [e.actionId] });
  }
  for (const e of edits) {
    if (e.kind !== 'merge') continue;
    const missing = missingOf([e.intoId, e.actionId]);
    // A chain (B into A, then A into C) lands everything in C.
    const into = byId.get(resolve(e.intoId));
    const from = byId.get(resolve(e.actionId));
    if (missing.length > 0 || !into || !from || into === from) {
      if (missing.length > 0) orphaned.push({ edit: e, missing });
      continue;
    }
    byId.set(into.id, merge(into, from, asOf));
    byId.delete(from.id);
    gone.add(from.id);
    mergedInto.set(from.id, into.id);
  }
  for (const e of edits) {
    if (e.kind !== 'drop') continue;
    const a = byId.get(e.actionId);
    if (!a) {
      const missing = missingOf([e.actionId]);
      if (missing.length > 0) orphaned.push({ edit: e, missing });
      continue;
    }
    dropped.push({ action: a, reason: e.reason ?? '' });
    byId.delete(a.id);
    gone.add(a.id);
  }

  let actions = [...byId.values()].sort(compareActions);
  for (const e of edits) {
    if (e.kind !== 'order') continue;
    const missing = missingOf(e.actionIds);
    if (missing.length > 0) orphaned.push({ edit: e, missing });
    actions = reorder(actions, e.actionIds);
  }
  return { actions, dropped, orphaned };
}
