/** MFA method strength per source: phishing-resistant, app-based, weak, untyped, none. */
import type { AnalysisInput } from '../findings/types';
import { isEnabled, isHumanOrGuest } from '../metrics/account-state';
import { MFA_STRENGTHS, mfaStrength } from '../metrics/mfa-state';
import type { MfaStrength } from '../metrics/mfa-state';
import type { System } from '../model';
import { SYSTEM_LABELS, SYSTEMS } from '../model';
import { stackedBars } from './stacked-bars';
import type { Chart, Series } from './types';

export interface StrengthBySource {
  system: System;
  label: string;
  counts: Record<MfaStrength, number>;
  total: number;
}

/**
 * Per system, the enabled human and guest accounts by their strongest MFA method. Accounts
 * whose source reports MFA but not its type (AWS `mfa_active`) are `unknown-type`.
 */
export function mfaByStrength(input: AnalysisInput): StrengthBySource[] {
  // One pass over the accounts, counted per system, then the systems in their usual order.
  const bySystem = new Map<System, StrengthBySource>();
  for (const account of input.records.accounts) {
    if (!isEnabled(account) || !isHumanOrGuest(account)) continue;
    const strength = mfaStrength(account);
    if (strength === undefined) continue;
    let row = bySystem.get(account.system);
    if (!row) {
      const counts = Object.fromEntries(MFA_STRENGTHS.map((s) => [s, 0])) as Record<
        MfaStrength,
        number
      >;
      row = { system: account.system, label: SYSTEM_LABELS[account.system], counts, total: 0 };
      bySystem.set(account.system, row);
    }
    row.counts[strength] += 1;
    row.total += 1;
  }
  return SYSTEMS.flatMap((system) => bySystem.get(system) ?? []);
}

/** Fills whose greys differ in print, with hatches on the two pale-to-mid ones. */
export const STRENGTH_SERIES: Series[] = [
  { key: 'phishing-resistant', label: 'Phishing-resistant', fill: '#1b5e20', ink: '#ffffff' },
  { key: 'app-based', label: 'App-based', fill: '#66bb6a', ink: '#000000' },
  { key: 'weak', label: 'SMS or voice only', fill: '#fff176', ink: '#000000' },
  {
    key: 'unknown-type',
    label: 'MFA, type not reported',
    fill: '#ffffff',
    ink: '#000000',
    hatch: '#9e9e9e'
  },
  { key: 'none', label: 'No MFA', fill: '#e57373', ink: '#000000', hatch: '#7f0000' }
];

/** Stacked bars of MFA strength per source, every segment labelled with its count. */
export function mfaByStrengthChart(input: AnalysisInput, width?: number): Chart {
  const rows = mfaByStrength(input);
  return stackedBars({
    title: 'MFA method strength by source',
    desc:
      'Enabled human and guest accounts of each source system by their strongest MFA ' +
      'method, as a share of the accounts whose source reports MFA.',
    width,
    series: STRENGTH_SERIES,
    rows: rows.map((r) => ({ label: r.label, values: r.counts }))
  });
}
