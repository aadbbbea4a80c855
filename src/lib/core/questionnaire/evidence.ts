/**
 * Evidence from the imported data for a question (SPEC §8): reads the KPI or finding the bank
 * names and maps the figure to a suggested stage through the bank's bands.
 */
import type { Finding } from '../findings/types';
import type { Kpi, KpiId } from '../metrics/types';
import { roundPercent } from '../metrics/round';
import type { Band, EvidenceRule, Question, Stage } from './schema';

/** What the questionnaire can read from the analysis. */
export interface Evidence {
  kpis: Kpi[];
  findings: Finding[];
}

export interface Suggestion {
  stage: Stage;
  /** The figure the bands were applied to (percentages 0–100, one decimal). */
  value: number;
  kpiId?: KpiId;
  ruleId?: string;
  /** For a count of monitoring rules that could run: the rule id prefix counted. */
  rulePrefix?: string;
  /** One or two sentences a workshop can read aloud. */
  explanation: string;
}

/** Names of the CISA ZTMM stages, for explanations. */
export const STAGE_NAMES: Record<Stage, string> = {
  1: 'Traditional',
  2: 'Initial',
  3: 'Advanced',
  4: 'Optimal'
};

interface Measured {
  value: number;
  detail: string;
}

/** The stage the data suggests for a question; null without a rule or when it is not assessed. */
export function suggestStage(question: Question, evidence: Evidence): Suggestion | null {
  const rule = question.evidence;
  if (!rule) return null;
  const measured = measure(rule, evidence);
  if (!measured) return null;

  const { stage, band } = stageFor(measured.value, rule);
  const shown = formatValue(measured.value, rule.unit);
  const source = rule.source;
  const explanation =
    `${capitalise(rule.label)}: ${shown} (${measured.detail}). ` +
    `The bank maps ${describeBand(band, rule)} to stage ${stage} (${STAGE_NAMES[stage]}).`;
  return {
    stage,
    value: measured.value,
    ...(source.kind === 'kpi' ? { kpiId: source.kpiId } : {}),
    ...(source.kind === 'finding' ? { ruleId: source.ruleId } : {}),
    ...(source.kind === 'rules-assessed' ? { rulePrefix: source.rulePrefix } : {}),
    explanation
  };
}

function measure(rule: EvidenceRule, evidence: Evidence): Measured | null {
  const source = rule.source;
  if (source.kind === 'rules-assessed') {
    const ran = new Set(
      evidence.findings
        .filter((f) => f.id.startsWith(source.rulePrefix) && f.status !== 'not-assessed')
        .map((f) => f.id)
    );
    // No detection could run: the logs were not handed over, which says nothing about the client.
    if (ran.size === 0) return null;
    return { value: ran.size, detail: `${source.rulePrefix}* rules that could run` };
  }

  let count: number;
  let what: string;
  if (source.kind === 'kpi') {
    const kpi = evidence.kpis.find((k) => k.id === source.kpiId);
    if (!kpi || kpi.value === null) return null;
    count = kpi.value;
    what = `KPI ${source.kpiId}`;
  } else {
    const matching = evidence.findings.filter((f) => f.id === source.ruleId);
    const judged = matching.filter((f) => f.status !== 'not-assessed');
    if (judged.length === 0) return null;
    const affected = new Set(
      judged.filter((f) => f.status === 'finding').flatMap((f) => f.affected)
    );
    count = affected.size;
    what = `finding ${source.ruleId}`;
  }
  if (!source.per) return { value: count, detail: `from ${what}` };

  const per = evidence.kpis.find((k) => k.id === source.per);
  // A share of nothing is not a figure: an empty or unassessed denominator is not assessed.
  if (!per || per.value === null || per.value === 0) return null;
  return {
    value: roundPercent(count, per.value) ?? 0,
    detail: `${count} by ${what} of ${per.value} by KPI ${source.per}`
  };
}

function stageFor(value: number, rule: EvidenceRule): { stage: Stage; band: Band | null } {
  for (const band of rule.bands) {
    const inside = 'below' in band ? value < band.below : value <= band.atMost;
    if (inside) return { stage: band.stage, band };
  }
  return { stage: rule.otherwise, band: null };
}

function describeBand(band: Band | null, rule: EvidenceRule): string {
  const unit = rule.unit === 'percent' ? '%' : '';
  if (band) return 'below' in band ? `below ${band.below}${unit}` : `${band.atMost}${unit} or less`;
  const last = rule.bands[rule.bands.length - 1];
  return 'below' in last ? `${last.below}${unit} or more` : `more than ${last.atMost}${unit}`;
}

function formatValue(value: number, unit: EvidenceRule['unit']): string {
  return unit === 'percent' ? `${value}%` : String(value);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
