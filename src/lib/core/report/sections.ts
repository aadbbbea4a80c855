/** Report sections built from findings, KPIs, scores and the roadmap. */
import type { Finding } from '../findings/types';
import type { Kpi } from '../metrics/types';
import { SEVERITIES, STEP_TITLES, STEPS } from '../model';
import type { ScoreSummary } from '../compare/types';
import type { RoadmapAction } from '../roadmap/types';
import { kpiValue, oneDecimal, scoreText } from './format';
import type { Namer } from './names';
import type { FindingEntry, KpiTile, ReportModel, RoadmapRow } from './types';

/** Open findings are verdicts of `finding` without a running acceptance. */
export function isOpen(f: Finding): boolean {
  return f.status === 'finding' && !f.acceptance;
}

/** One finding as the report prints it, with a few named examples. */
export function findingEntry(f: Finding, names: Namer): FindingEntry {
  const entry: FindingEntry = {
    ruleId: f.id,
    title: f.title,
    severity: f.severity,
    step: f.step,
    affectedCount: new Set(f.affected).size,
    examples: names.examples(f.affected),
    why: f.why,
    remediation: f.remediation
  };
  if (f.acceptance) {
    entry.accepted = { reason: f.acceptance.reason, expires: f.acceptance.expires.slice(0, 10) };
  }
  return entry;
}

const bySeverityThenBreadth = (a: Finding, b: Finding) =>
  SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
  new Set(b.affected).size - new Set(a.affected).size ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Findings by severity (open ones), and the accepted ones, which stay visible (SPEC §7). */
export function findingsSection(
  findings: readonly Finding[],
  names: Namer
): ReportModel['findings'] {
  const open = findings.filter(isOpen).sort(bySeverityThenBreadth);
  return {
    bySeverity: SEVERITIES.map((severity) => ({
      severity,
      findings: open.filter((f) => f.severity === severity).map((f) => findingEntry(f, names))
    })).filter((group) => group.findings.length > 0),
    accepted: findings
      .filter((f) => f.status === 'finding' && f.acceptance)
      .sort(bySeverityThenBreadth)
      .map((f) => findingEntry(f, names))
  };
}

/** The five open findings with the worst severity, then the most identities. */
export function topRisks(findings: readonly Finding[], names: Namer): FindingEntry[] {
  return findings
    .filter(isOpen)
    .sort(bySeverityThenBreadth)
    .slice(0, 5)
    .map((f) => findingEntry(f, names));
}

/** Counts of open findings per severity, every severity listed. */
export function findingCounts(findings: readonly Finding[]) {
  return SEVERITIES.map((severity) => ({
    severity,
    count: findings.filter((f) => isOpen(f) && f.severity === severity).length
  }));
}

/** The KPI tiles of the executive summary. */
export function kpiTiles(kpis: readonly Kpi[]): KpiTile[] {
  return kpis.map((k) => ({
    id: k.id,
    label: k.label,
    value: kpiValue(k.value, k.unit),
    detail:
      k.value !== null && k.numerator !== undefined && k.denominator !== undefined
        ? `${k.numerator} of ${k.denominator}`
        : k.value === null
          ? (k.notAssessed ?? '')
          : ''
  }));
}

/** Current, target and gap per step. */
export function maturitySteps(score: ScoreSummary): ReportModel['maturity']['steps'] {
  return STEPS.map((step) => {
    const s = score.steps.find((x) => x.step === step);
    const current = s?.current ?? null;
    const target = s?.target;
    const gap = current !== null && target !== undefined ? target - current : null;
    return {
      step,
      title: STEP_TITLES[step],
      current: scoreText(current),
      target: target === undefined ? '—' : oneDecimal(target),
      gap: gap === null ? '—' : oneDecimal(gap)
    };
  });
}

const LEVEL = ['', 'low', 'medium', 'high'];

/** The roadmap table rows, in the roadmap's order. */
export function roadmapRows(actions: readonly RoadmapAction[], names: Namer): RoadmapRow[] {
  return actions.map((a, i) => ({
    order: i + 1,
    id: a.id,
    title: a.title,
    step: a.step,
    horizon: a.horizon,
    targetDate: a.targetDate,
    owner: a.owner,
    severity: a.severity,
    effort: LEVEL[a.effort],
    impact: LEVEL[a.impact],
    quickWin: a.quickWin,
    affectedCount: a.affectedCount,
    examples: names.examples(a.affected, 3)
  }));
}
