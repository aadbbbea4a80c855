/** How an action is weighed: risk, impact, quick win, horizon and target date (SPEC §8). */
import type { Severity, Step } from '../model';
import type { Effort, Horizon, Impact } from './types';
import { HORIZON_END_DAYS, HORIZONS } from './types';

/**
 * Weight of one affected identity by severity. Info findings weigh nothing: they explain, they
 * do not ask for work, so they sort last within their step.
 */
export const SEVERITY_WEIGHT: Record<Severity, number> = {
  critical: 10,
  high: 6,
  medium: 3,
  low: 1,
  info: 0
};

/** From this many identities a finding is broad enough to raise its impact by one level. */
export const BROAD_FINDING = 10;

/** Risk of an action: severity weight × affected identities (at least one: a gap or a fact). */
export function riskScore(severity: Severity, affectedCount: number): number {
  return SEVERITY_WEIGHT[severity] * Math.max(1, affectedCount);
}

/** Impact 1–3: critical is high; high is medium; breadth (10+ identities) adds one level. */
export function impactOf(severity: Severity, affectedCount: number): Impact {
  const base = severity === 'critical' ? 3 : severity === 'high' ? 2 : 1;
  return Math.min(3, base + (affectedCount >= BROAD_FINDING ? 1 : 0)) as Impact;
}

/** A quick win: high impact for low effort. */
export function isQuickWin(impact: Impact, effort: Effort): boolean {
  return impact === 3 && effort === 1;
}

/**
 * Steps set the default horizon, so visibility (1) and strong authentication (2) come first,
 * least privilege (3) and monitoring (4) next, automation (5) last.
 */
const STEP_HORIZON: Record<Step, number> = { 1: 0, 2: 0, 3: 1, 4: 1, 5: 2 };

/**
 * The horizon from step and risk: critical findings and quick wins go into the first 30 days,
 * high impact pulls an action one horizon earlier, a heavy low-impact action goes one later.
 */
export function horizonOf(step: Step, severity: Severity, impact: Impact, effort: Effort): Horizon {
  if (severity === 'critical' || isQuickWin(impact, effort)) return '0-30';
  let index = STEP_HORIZON[step];
  if (impact === 3) index -= 1;
  if (effort === 3 && impact === 1) index += 1;
  return HORIZONS[Math.min(2, Math.max(0, index))];
}

/** `YYYY-MM-DD` of the as-of date plus the horizon's last day. */
export function horizonDate(asOf: string, horizon: Horizon): string {
  return addDays(asOf, HORIZON_END_DAYS[horizon]);
}

/** `YYYY-MM-DD` of an ISO date plus whole days, counted in UTC so time zones never shift it. */
export function addDays(iso: string, days: number): string {
  const start = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(start)) throw new Error(`addDays: not an ISO date: ${iso}`);
  return new Date(start + days * 86_400_000).toISOString().slice(0, 10);
}

/** Severity of a questionnaire gap: two stages or more is high, one is medium, less is low. */
export function gapSeverity(gap: number): Severity {
  if (gap >= 2) return 'high';
  if (gap >= 1) return 'medium';
  return 'low';
}
