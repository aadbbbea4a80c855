/** How a KPI is written on its tile and in the test hook (SPEC §5, §10). */
import type { Kpi, KpiId } from '$lib/core/metrics/types';

/** The `data-value` hook: a plain decimal, percentages 0–100 with one decimal, "" when not assessed. */
export function kpiDataValue(kpi: Kpi): string {
  if (kpi.value === null) return '';
  return kpi.unit === 'count' ? String(kpi.value) : kpi.value.toFixed(1);
}

/** The figure as the tile shows it: "50.0%", "2.4 of 4", "1,204". */
export function kpiDisplay(kpi: Kpi): string {
  if (kpi.value === null) return 'not assessed';
  if (kpi.unit === 'percent') return `${kpi.value.toFixed(1)}%`;
  if (kpi.unit === 'score') return `${kpi.value.toFixed(1)} of 4`;
  return kpi.value.toLocaleString('en');
}

/** "9 of 18" under a ratio, or undefined when the KPI has no denominator. */
export function kpiRatio(kpi: Kpi): string | undefined {
  if (kpi.value === null || kpi.numerator === undefined || kpi.denominator === undefined) {
    return undefined;
  }
  return `${kpi.numerator.toLocaleString('en')} of ${kpi.denominator.toLocaleString('en')}`;
}

/** What the drill-down lists for each KPI: one, many. */
const NOUNS: Record<KpiId, [string, string]> = {
  accounts: ['account', 'accounts'],
  people: ['person', 'people'],
  'service-accounts': ['service account', 'service accounts'],
  credentials: ['credential', 'credentials'],
  privileged: ['privileged account', 'privileged accounts'],
  'mfa-coverage': ['account', 'accounts'],
  'mfa-privileged': ['privileged account', 'privileged accounts'],
  'phishing-resistant': ['account', 'accounts'],
  dormant: ['account', 'accounts'],
  'stale-credentials': ['credential', 'credentials'],
  escalation: ['principal', 'principals'],
  maturity: ['answer', 'answers']
};

/** For ratio and subset KPIs: what the records in `recordIds` have wrong. */
const PROBLEMS: Partial<Record<KpiId, string>> = {
  'mfa-coverage': 'without MFA',
  'mfa-privileged': 'without MFA',
  'phishing-resistant': 'without a phishing-resistant method',
  dormant: 'dormant',
  'stale-credentials': 'stale'
};

export interface KpiList {
  /** Visible button text. */
  text: string;
  /** Dialog title, also the button's accessible name. */
  title: string;
  ids: string[];
}

/** The lists a tile offers: the records behind the figure, and for ratios the whole base. */
export function kpiLists(kpi: Kpi): KpiList[] {
  if (kpi.value === null || kpi.id === 'maturity') return [];
  const n = (k: number) => k.toLocaleString('en');
  const counted = (k: number) => `${n(k)} ${NOUNS[kpi.id][k === 1 ? 0 : 1]}`;
  if (!kpi.denominatorIds) {
    const what = counted(kpi.recordIds.length);
    return [{ text: `Show the ${what}`, title: `${kpi.label}: ${what}`, ids: kpi.recordIds }];
  }
  const problem = PROBLEMS[kpi.id] ?? 'behind the figure';
  return [
    {
      text: `${n(kpi.recordIds.length)} ${problem}`,
      title: `${kpi.label}: ${counted(kpi.recordIds.length)} ${problem}`,
      ids: kpi.recordIds
    },
    {
      text: `All ${n(kpi.denominatorIds.length)} measured`,
      title: `${kpi.label}: all ${counted(kpi.denominatorIds.length)} measured`,
      ids: kpi.denominatorIds
    }
  ];
}
