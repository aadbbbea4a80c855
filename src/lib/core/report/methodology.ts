/** The methodology and data-sources section, and the comparison section (SPEC §9). */
import type { Source } from '../assessment';
import type { Comparison } from '../compare/types';
import type { Finding } from '../findings/types';
import type { Kpi } from '../metrics/types';
import { day, kpiValue, scoreText, signed } from './format';
import type { Namer } from './names';
import type { ComparisonSection, ReportModel } from './types';

/** Said in the methodology of a pseudonymised report. */
export const PSEUDONYM_NOTE =
  'Identity names in this report are replaced by stable pseudonyms (for example "User-7F3A"). The same identity has the same pseudonym throughout; the key that links pseudonyms to names stays with the assessor.';

/** How the assessment was made, in plain sentences; the as-of date is filled in. */
export function methodologyParagraphs(asOf: string): string[] {
  return [
    'The client exported the identity data listed below from its own systems. The files were read and analysed entirely on the assessor’s computer, in the browser, without sending any of their content elsewhere.',
    `Every age in this report (dormant accounts, old keys, expiring secrets) is measured against the as-of date, ${day(asOf)}, not against the day the report was printed, so the same files always give the same figures.`,
    'Accounts from different systems were linked to the people behind them by normalised email and user principal name, on-premises attributes and logins, and by the assessor’s manual links.',
    'Each finding is raised by a rule with a stable identifier. A rule whose inputs were not imported reports "not assessed" instead of passing; those rules and the metrics without inputs are listed at the end of this section.',
    'The questionnaire scores each of the five steps against the CISA Zero Trust Maturity Model stages (1 Traditional, 2 Initial, 3 Advanced, 4 Optimal). A step score is the mean of its answered questions; "not applicable" and "don’t know" answers are left out. The overall score is the mean of the step scores.',
    'The roadmap turns the gaps between current and target stages, and the open findings, into actions. Actions are ordered by step (visibility before enforcement), then by risk (severity weight times the number of affected identities), then by effort, and placed in 30, 90 and 180-day horizons.'
  ];
}

/** The imported files, as rows. */
export function sourceRows(sources: readonly Source[]): ReportModel['methodology']['sources'] {
  return [...sources]
    .sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0))
    .map((s) => ({
      fileName: s.fileName,
      format: s.formatLabel,
      system: s.system,
      exportedAt: s.exportedAt
        ? day(s.exportedAt)
        : s.newestTimestamp
          ? `not stated; newest record ${day(s.newestTimestamp)}`
          : 'not stated',
      accepted: s.accepted,
      rejected: s.rejected,
      warnings: s.warnings.length
    }));
}

/** What could not be assessed: KPIs without inputs and rules that lacked their export. */
export function notAssessed(kpis: readonly Kpi[], findings: readonly Finding[]) {
  return {
    notAssessedKpis: kpis
      .filter((k) => k.value === null)
      .map((k) => ({ label: k.label, needs: k.notAssessed ?? 'its inputs were not imported' })),
    notAssessedRules: findings
      .filter((f) => f.status === 'not-assessed')
      .map((f) => ({ ruleId: f.id, title: f.title, needs: f.needs }))
  };
}

/** The comparison with a baseline, worded for print. */
export function comparisonSection(
  label: string,
  c: Comparison,
  kpis: readonly Kpi[],
  names: Namer
): ComparisonSection {
  const unitOf = new Map(kpis.map((k) => [k.id, k.unit]));
  return {
    baselineLabel: label,
    kpis: c.kpis.map((k) => ({
      label: k.label,
      baseline: kpiValue(k.baseline, unitOf.get(k.id) ?? k.unit),
      current: kpiValue(k.current, unitOf.get(k.id) ?? k.unit),
      delta: signed(k.delta),
      verdict: k.verdict
    })),
    score: [
      { label: 'Overall', ...c.score.overall },
      ...c.score.steps.map((s) => ({ label: `Step ${s.step}`, ...s }))
    ].map((s) => ({
      label: s.label,
      baseline: scoreText(s.baseline),
      current: scoreText(s.current),
      delta: signed(s.delta)
    })),
    newFindings: c.findings.new.map((f) => ({
      ruleId: f.ruleId,
      title: f.title,
      severity: f.severity,
      count: f.current.length
    })),
    resolved: c.findings.resolved.map((f) => ({
      ruleId: f.ruleId,
      title: f.title,
      severity: f.severity,
      count: f.baseline.length
    })),
    persisting: c.findings.persisting.map((f) => ({
      ruleId: f.ruleId,
      title: f.title,
      severity: f.severity,
      count: f.current.length,
      added: names.examples(f.added, 3),
      removed: names.examples(f.removed, 3)
    }))
  };
}
