/** The scored roadmap (SPEC §8): actions from questionnaire gaps and open findings. */
import type { Acceptance, Finding } from '../findings/types';
import type { Severity, Step } from '../model';

/** 1 low, 2 medium, 3 high. */
export type Effort = 1 | 2 | 3;
/** 1 low, 2 medium, 3 high. */
export type Impact = 1 | 2 | 3;
export const HORIZONS = ['0-30', '31-90', '91-180'] as const;
export type Horizon = (typeof HORIZONS)[number];
/** The last day of each horizon, counted from the as-of date. */
export const HORIZON_END_DAYS: Record<Horizon, number> = { '0-30': 30, '31-90': 90, '91-180': 180 };
export const HORIZON_START_DAYS: Record<Horizon, number> = { '0-30': 0, '31-90': 31, '91-180': 91 };

/** One question below its target, as the questionnaire reports it. */
export interface QuestionGap {
  questionId: string;
  /** What to do, in the questionnaire's words; absent: a sentence is made from the step. */
  action?: string;
  /** The answered stage, 1–4; null when not answered (N/A, don't know, blank). */
  current: number | null;
  target: number;
  effort?: Effort;
}

/**
 * The questionnaire's gap for one step (SPEC §8: gap = target − current). `questionIds` are
 * the questions below target; `questions` adds their detail when the questionnaire has it.
 */
export interface StepGap {
  step: Step;
  current: number | null;
  target: number;
  gap: number;
  questionIds: string[];
  questions?: QuestionGap[];
}

export interface RoadmapInput {
  findings: Finding[];
  gaps: StepGap[];
  /** ISO date; target dates are counted from it. */
  asOf: string;
  /** Accepted findings are not actions while their acceptance runs (expiry after as-of). */
  acceptances?: Acceptance[];
  /** Effort by rule id or question id; wins over the built-in table. */
  efforts?: Record<string, Effort>;
}

export interface RoadmapAction {
  /** `rule:<rule id>`, `question:<step>:<question id>`, `step:<step>` or a custom id. */
  id: string;
  origin: 'finding' | 'gap' | 'custom';
  title: string;
  /** Why the action exists: rule ids of the findings and ids of the questions behind it. */
  why: { findingIds: string[]; questionIds: string[] };
  /** Record ids of the identities (accounts, credentials…) the action touches. */
  affected: string[];
  affectedCount: number;
  severity: Severity;
  effort: Effort;
  impact: Impact;
  /** Severity weight × affected identities; orders actions within a step. */
  risk: number;
  owner: string;
  /** `YYYY-MM-DD`. */
  targetDate: string;
  notes: string;
  horizon: Horizon;
  quickWin: boolean;
  step: Step;
  /** Ids of actions merged into this one by the user. */
  mergedFrom: string[];
  /** Fields the user changed, so the screen can mark them. */
  edited: EditableField[];
}

export type EditableField = 'owner' | 'targetDate' | 'title' | 'notes' | 'horizon';

/** An action the user adds by hand. */
export interface CustomAction {
  id: string;
  title: string;
  step: Step;
  severity?: Severity;
  effort?: Effort;
  horizon?: Horizon;
  owner?: string;
  targetDate?: string;
  notes?: string;
}

/**
 * A change the user made, stored apart from the computed actions and re-applied after every
 * recomputation, so that new imports never wipe an owner or a date.
 */
export type RoadmapEdit =
  | {
      kind: 'update';
      actionId: string;
      owner?: string;
      targetDate?: string;
      title?: string;
      notes?: string;
      horizon?: Horizon;
    }
  /** `actionId` is folded into `intoId` and disappears from the list. */
  | { kind: 'merge'; actionId: string; intoId: string }
  | { kind: 'drop'; actionId: string; reason?: string }
  /** A manual order: listed actions keep this relative order; others keep computed places. */
  | { kind: 'order'; actionIds: string[] }
  | { kind: 'add'; action: CustomAction };

/** An edit whose action no longer exists, kept and shown rather than silently lost. */
export interface OrphanedEdit {
  edit: RoadmapEdit;
  /** The action ids the edit names that the recomputed roadmap lacks. */
  missing: string[];
}

export interface Roadmap {
  actions: RoadmapAction[];
  dropped: { action: RoadmapAction; reason: string }[];
  orphaned: OrphanedEdit[];
}
