/**
 * The report as plain data (SPEC §9): everything the PDF prints, already worded and formatted,
 * so that the PDF layout code only lays out, and tests can read the content without a PDF.
 */
import type { Assessment, Source } from '../assessment';
import type { AssessmentSnapshot, DeltaVerdict, ScoreSummary } from '../compare/types';
import type { IdentityRef } from '../export/directory';
import type { Finding } from '../findings/types';
import type { Kpi } from '../metrics/types';
import type { RecordSet, Severity, Step } from '../model';
import type { Horizon, RoadmapAction } from '../roadmap/types';

/** A chart drawn elsewhere (`core/charts`), with its text alternative. */
export interface ChartSvg {
  svg: string;
  text: string;
}

export interface ReportInput {
  assessment: Pick<Assessment, 'client' | 'assessor' | 'scope'>;
  /** ISO date every age in the report is measured against. */
  asOf: string;
  /** ISO date of generation: printed on the cover and stored in the PDF metadata. */
  generatedAt: string;
  /** Printed on the cover and on every page; a default names the client. */
  confidentiality?: string;
  kpis: Kpi[];
  findings: Finding[];
  score: ScoreSummary;
  roadmap: RoadmapAction[];
  sources: Source[];
  /** Records that give the affected ids their names. */
  records: Partial<RecordSet>;
  charts?: { radar?: ChartSvg; stepBars?: ChartSvg };
  /** An earlier assessment of the same client to compare with. */
  baseline?: { label: string; snapshot: AssessmentSnapshot };
  /** Replace identity names by stable aliases (see `pseudonymise`). */
  pseudonymise?: { salt: string };
  /** Answers that depart from the stage the data suggested, with the assessor's reason. */
  overrides?: AnswerOverride[];
}

export interface AnswerOverride {
  questionId: string;
  question: string;
  /** "2 (Initial)". */
  stage: string;
  reason: string;
}

export interface KpiTile {
  id: string;
  label: string;
  /** Formatted: "87.5%", "1,204", "2.3", or "not assessed". */
  value: string;
  /** Numerator and denominator in words ("42 of 48"), when the KPI has them. */
  detail: string;
}

export interface FindingEntry {
  ruleId: string;
  title: string;
  severity: Severity;
  step: Step;
  affectedCount: number;
  /** Names of the first few affected identities. */
  examples: string[];
  why: string;
  remediation: string;
  accepted?: { reason: string; expires: string };
}

export interface RoadmapRow {
  order: number;
  id: string;
  title: string;
  step: Step;
  horizon: Horizon;
  targetDate: string;
  owner: string;
  severity: Severity;
  effort: string;
  impact: string;
  quickWin: boolean;
  affectedCount: number;
  examples: string[];
}

export interface SourceRow {
  fileName: string;
  format: string;
  system: string;
  exportedAt: string;
  accepted: number;
  rejected: number;
  warnings: number;
}

export interface ComparisonSection {
  baselineLabel: string;
  kpis: {
    label: string;
    baseline: string;
    current: string;
    delta: string;
    verdict: DeltaVerdict;
  }[];
  score: { label: string; baseline: string; current: string; delta: string }[];
  newFindings: { ruleId: string; title: string; severity: Severity; count: number }[];
  resolved: { ruleId: string; title: string; severity: Severity; count: number }[];
  persisting: {
    ruleId: string;
    title: string;
    severity: Severity;
    count: number;
    added: string[];
    removed: string[];
  }[];
}

export interface ReportModel {
  meta: {
    title: string;
    client: string;
    assessor: string;
    scope: string;
    /** `YYYY-MM-DD`. */
    asOf: string;
    /** ISO date-time, as given. */
    generatedAt: string;
    confidentiality: string;
    pseudonymised: boolean;
  };
  summary: {
    /** False while the questionnaire has no answer: there is no score to print. */
    answered: boolean;
    overall: string;
    overallStage: string;
    findingCounts: { severity: Severity; count: number }[];
    topRisks: FindingEntry[];
    kpiTiles: KpiTile[];
  };
  maturity: {
    steps: { step: Step; title: string; current: string; target: string; gap: string }[];
    overrides: AnswerOverride[];
    radar?: ChartSvg;
    bars?: ChartSvg;
  };
  findings: {
    bySeverity: { severity: Severity; findings: FindingEntry[] }[];
    accepted: FindingEntry[];
  };
  roadmap: { timeline: ChartSvg; rows: RoadmapRow[] };
  metrics: { id: string; label: string; value: string; definition: string }[];
  methodology: {
    paragraphs: string[];
    sources: SourceRow[];
    notAssessedKpis: { label: string; needs: string }[];
    notAssessedRules: { ruleId: string; title: string; needs: string }[];
  };
  comparison?: ComparisonSection;
  /** Every identity the model names, so that `pseudonymise` can find them all. */
  identities: IdentityRef[];
}
