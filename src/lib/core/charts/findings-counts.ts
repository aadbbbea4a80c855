/** Findings counted by severity and by roadmap step, for the dashboard and the report. */
import type { Finding } from '../findings/types';
import type { Severity, Step } from '../model';
import { SEVERITIES, STEP_TITLES, STEPS } from '../model';
import { horizontalBars } from './horizontal-bars';
import type { Chart } from './types';

/** Rules that raised a finding (accepted ones included: they stay visible), per severity. */
export function findingsBySeverity(
  findings: readonly Finding[]
): { severity: Severity; count: number }[] {
  return SEVERITIES.map((severity) => ({
    severity,
    count: findings.filter((f) => f.status === 'finding' && f.severity === severity).length
  }));
}

/** Rules that raised a finding, per roadmap step. */
export function findingsByStep(
  findings: readonly Finding[]
): { step: Step; title: string; count: number }[] {
  return STEPS.map((step) => ({
    step,
    title: STEP_TITLES[step],
    count: findings.filter((f) => f.status === 'finding' && f.step === step).length
  }));
}

const SEVERITY_LABELS: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info'
};

/** Horizontal bars of findings per severity. */
export function findingsBySeverityChart(findings: readonly Finding[], width?: number): Chart {
  return horizontalBars({
    title: 'Findings by severity',
    desc: 'Number of finding rules that raised a finding, per severity, accepted ones included.',
    width,
    bars: findingsBySeverity(findings).map((r) => ({
      label: SEVERITY_LABELS[r.severity],
      value: r.count
    }))
  });
}

/** Horizontal bars of findings per roadmap step. */
export function findingsByStepChart(findings: readonly Finding[], width?: number): Chart {
  return horizontalBars({
    title: 'Findings by roadmap step',
    desc: 'Number of finding rules that raised a finding, per roadmap step, accepted ones included.',
    width,
    bars: findingsByStep(findings).map((r) => ({ label: `${r.step} ${r.title}`, value: r.count }))
  });
}
