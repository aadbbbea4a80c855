/** MFA coverage per source system: the `mfa-coverage` KPI split by system. */
import type { AnalysisInput } from '../findings/types';
import { mfaDenominator } from '../metrics/mfa-coverage';
import { hasMfa } from '../metrics/mfa-state';
import { roundPercent } from '../metrics/round';
import type { System } from '../model';
import { SYSTEM_LABELS, SYSTEMS } from '../model';
import { horizontalBars } from './horizontal-bars';
import type { Chart } from './types';

export interface SourceCoverage {
  system: System;
  label: string;
  withMfa: number;
  total: number;
  /** 0–100, one decimal, rounded half away from zero. */
  percent: number;
  /** The accounts of this system without MFA: the drill-down. */
  withoutMfa: string[];
}

/**
 * Per system, among enabled human and guest accounts whose source reports MFA state, how many
 * have MFA. Systems with no such account are left out.
 */
export function mfaBySource(input: AnalysisInput): SourceCoverage[] {
  const measured = mfaDenominator(input.records.accounts);
  return SYSTEMS.flatMap((system) => {
    const accounts = measured.filter((a) => a.system === system);
    if (accounts.length === 0) return [];
    const withoutMfa = accounts.filter((a) => !hasMfa(a)).map((a) => a.id);
    const withMfa = accounts.length - withoutMfa.length;
    const percent = roundPercent(withMfa, accounts.length) ?? 0;
    return [
      { system, label: SYSTEM_LABELS[system], withMfa, total: accounts.length, percent, withoutMfa }
    ];
  });
}

/** Horizontal bars of MFA coverage per source, each labelled "66.7% (4 of 6)". */
export function mfaBySourceChart(input: AnalysisInput, width?: number): Chart {
  const rows = mfaBySource(input);
  return horizontalBars({
    title: 'MFA coverage by source',
    desc:
      'Share of enabled human and guest accounts with at least one MFA method, per source ' +
      'system; only accounts whose source reports MFA state are counted.',
    width,
    domainMax: 100,
    tickSuffix: '%',
    bars: rows.map((r) => ({
      label: r.label,
      value: r.percent,
      display: `${r.percent.toFixed(1)}% (${r.withMfa} of ${r.total})`
    }))
  });
}
