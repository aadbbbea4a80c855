/** KPI deltas, finding changes and score changes between two assessments (SPEC §9). */
import type { Finding } from '../findings/types';
import type { Kpi, KpiId } from '../metrics/types';
import { SEVERITIES, STEPS } from '../model';
import type {
  AssessmentSnapshot,
  Comparison,
  DeltaVerdict,
  FindingChange,
  KpiDelta,
  KpiDirection,
  ScoreDelta,
  ScoreSummary
} from './types';

/**
 * Coverage and maturity should rise; exposure should fall. Sizes of the estate (accounts,
 * people, credentials) are neither good nor bad in themselves.
 */
export const KPI_DIRECTION: Record<KpiId, KpiDirection> = {
  accounts: 'neutral',
  people: 'neutral',
  'service-accounts': 'neutral',
  credentials: 'neutral',
  privileged: 'lower-better',
  'mfa-coverage': 'higher-better',
  'mfa-privileged': 'higher-better',
  'phishing-resistant': 'higher-better',
  dormant: 'lower-better',
  'stale-credentials': 'lower-better',
  escalation: 'lower-better',
  maturity: 'higher-better'
};

/** One decimal, half away from zero, so that 0.1 + 0.2 reads 0.3 and −0.05 reads −0.1. */
function oneDecimal(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9)) / 10;
}

function verdictOf(delta: number | null, direction: KpiDirection): DeltaVerdict {
  if (delta === null) return 'not-comparable';
  if (delta === 0) return 'unchanged';
  if (direction === 'neutral') return 'neutral';
  return delta > 0 === (direction === 'higher-better') ? 'better' : 'worse';
}

function kpiDelta(id: KpiId, current?: Kpi, baseline?: Kpi): KpiDelta {
  const now = current?.value ?? null;
  const then = baseline?.value ?? null;
  const delta = now === null || then === null ? null : oneDecimal(now - then);
  const direction = KPI_DIRECTION[id] ?? 'neutral';
  return {
    id,
    label: current?.label ?? baseline?.label ?? id,
    unit: current?.unit ?? baseline?.unit ?? 'count',
    current: now,
    baseline: then,
    delta,
    direction,
    verdict: verdictOf(delta, direction)
  };
}

function kpiDeltas(current: Kpi[], baseline: Kpi[]): KpiDelta[] {
  const now = new Map(current.map((k) => [k.id, k]));
  const then = new Map(baseline.map((k) => [k.id, k]));
  const ids = [...new Set([...now.keys(), ...then.keys()])];
  return ids.map((id) => kpiDelta(id, now.get(id), then.get(id)));
}

function changeOf(now?: Finding, then?: Finding): FindingChange['change'] {
  const a = now?.status ?? 'absent';
  const b = then?.status ?? 'absent';
  if (a === 'finding' && b === 'finding') return 'persisting';
  if (a === 'finding' && b !== 'finding') return 'new';
  if (b === 'finding' && a === 'pass') return 'resolved';
  // A finding that is now not assessed (or gone from the catalogue) is not known to be fixed.
  return 'not-comparable';
}

function findingChange(ruleId: string, now?: Finding, then?: Finding): FindingChange {
  const meta = (now ?? then) as Finding;
  const current = now?.status === 'finding' ? [...new Set(now.affected)].sort() : [];
  const baseline = then?.status === 'finding' ? [...new Set(then.affected)].sort() : [];
  const before = new Set(baseline);
  const after = new Set(current);
  return {
    ruleId,
    title: meta.title,
    severity: meta.severity,
    step: meta.step,
    change: changeOf(now, then),
    currentStatus: now?.status ?? 'absent',
    baselineStatus: then?.status ?? 'absent',
    current,
    baseline,
    added: current.filter((id) => !before.has(id)),
    removed: baseline.filter((id) => !after.has(id))
  };
}

function findingChanges(current: Finding[], baseline: Finding[]): Comparison['findings'] {
  const now = new Map(current.map((f) => [f.id, f]));
  const then = new Map(baseline.map((f) => [f.id, f]));
  const out: Comparison['findings'] = { new: [], resolved: [], persisting: [], notComparable: [] };
  const ids = [...new Set([...now.keys(), ...then.keys()])].sort();
  const bySeverity = (a: FindingChange, b: FindingChange) =>
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    (a.ruleId < b.ruleId ? -1 : 1);
  for (const id of ids) {
    const now1 = now.get(id);
    const then1 = then.get(id);
    // Rules that never found anything on either side are not news.
    if (now1?.status !== 'finding' && then1?.status !== 'finding') continue;
    const c = findingChange(id, now1, then1);
    const key = c.change === 'not-comparable' ? 'notComparable' : c.change;
    out[key].push(c);
  }
  for (const list of Object.values(out)) list.sort(bySeverity);
  return out;
}

function scoreDelta(current: number | null, baseline: number | null): ScoreDelta {
  const delta = current === null || baseline === null ? null : oneDecimal(current - baseline);
  return { current, baseline, delta, verdict: verdictOf(delta, 'higher-better') };
}

function scoreDeltas(current: ScoreSummary, baseline: ScoreSummary): Comparison['score'] {
  const stepOf = (s: ScoreSummary, step: number) =>
    s.steps.find((x) => x.step === step)?.current ?? null;
  return {
    overall: scoreDelta(current.overall, baseline.overall),
    steps: STEPS.map((step) => ({
      step,
      ...scoreDelta(stepOf(current, step), stepOf(baseline, step))
    }))
  };
}

/** Compares an assessment with a baseline: KPI deltas, new/resolved/persisting findings, scores. */
export function compareAssessments(
  current: AssessmentSnapshot,
  baseline: AssessmentSnapshot
): Comparison {
  return {
    kpis: kpiDeltas(current.kpis, baseline.kpis),
    findings: findingChanges(current.findings, baseline.findings),
    score: scoreDeltas(current.score, baseline.score)
  };
}
