/** The KPIs of SPEC §5: one number each, with its definition and the records behind it. */

export const KPI_IDS = [
  'accounts',
  'people',
  'service-accounts',
  'credentials',
  'privileged',
  'mfa-coverage',
  'mfa-privileged',
  'phishing-resistant',
  'dormant',
  'stale-credentials',
  'escalation',
  'maturity'
] as const;
export type KpiId = (typeof KPI_IDS)[number];

export interface Kpi {
  id: KpiId;
  label: string;
  /** One sentence, shown on hover and in the report's metric definitions. */
  definition: string;
  /** null: not assessed (inputs missing). Percentages 0–100 with one decimal. */
  value: number | null;
  unit: 'count' | 'percent' | 'score';
  numerator?: number;
  denominator?: number;
  /**
   * The drill-down: ids of the records behind the number (accounts, persons, credentials).
   * For counts, the counted records; for ratios, the records in the denominator that lack
   * the property (the actionable list). Each KPI's `definition` says which.
   */
  recordIds: string[];
  /** For ratios and assessable subsets: every record the number was measured over. */
  denominatorIds?: string[];
  /** When value is null: the export that would answer it ("an Entra registration details export"). */
  notAssessed?: string;
}
