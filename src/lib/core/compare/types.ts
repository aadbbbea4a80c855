/** Comparison of an assessment with an earlier one of the same client (SPEC §9). */
import type { Finding } from '../findings/types';
import type { Kpi, KpiId } from '../metrics/types';
import type { Severity, Step } from '../model';

/** Questionnaire scores: overall and per step, 0.0–4.0, null when not answered. */
export interface ScoreSummary {
  overall: number | null;
  steps: { step: Step; current: number | null; target?: number }[];
}

/** What a comparison needs from each assessment. */
export interface AssessmentSnapshot {
  kpis: Kpi[];
  findings: Finding[];
  score: ScoreSummary;
}

/** Whether a rise of a KPI is good news, bad news, or neither (a size, not a quality). */
export type KpiDirection = 'higher-better' | 'lower-better' | 'neutral';

export type DeltaVerdict = 'better' | 'worse' | 'unchanged' | 'neutral' | 'not-comparable';

export interface KpiDelta {
  id: KpiId;
  label: string;
  unit: Kpi['unit'];
  current: number | null;
  baseline: number | null;
  /** current − baseline, one decimal; null when either side was not assessed. */
  delta: number | null;
  direction: KpiDirection;
  verdict: DeltaVerdict;
}

/**
 * What happened to one rule between the two assessments. `not-comparable`: one side did not
 * assess it (inputs missing, or the rule did not exist), so neither new nor resolved is true.
 */
export type FindingChangeKind = 'new' | 'resolved' | 'persisting' | 'not-comparable';

export interface FindingChange {
  ruleId: string;
  title: string;
  severity: Severity;
  step: Step;
  change: FindingChangeKind;
  currentStatus: Finding['status'] | 'absent';
  baselineStatus: Finding['status'] | 'absent';
  /** Affected record ids now and before. */
  current: string[];
  baseline: string[];
  /** Newly affected and no longer affected ids (persisting findings). */
  added: string[];
  removed: string[];
}

export interface ScoreDelta {
  step?: Step;
  current: number | null;
  baseline: number | null;
  delta: number | null;
  verdict: DeltaVerdict;
}

export interface Comparison {
  kpis: KpiDelta[];
  findings: {
    new: FindingChange[];
    resolved: FindingChange[];
    persisting: FindingChange[];
    notComparable: FindingChange[];
  };
  score: { overall: ScoreDelta; steps: ScoreDelta[] };
}
