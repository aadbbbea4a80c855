/** Building KPIs the same way everywhere: counts, ratios and "not assessed". */
import type { Kpi } from './types';
import { roundPercent } from './round';

/** What a KPI says about itself, independent of the data. */
export type KpiText = Pick<Kpi, 'id' | 'label' | 'definition' | 'unit'>;

/** A KPI whose inputs are missing: no number, and the export that would answer it. */
export function notAssessedKpi(text: KpiText, needs: string): Kpi {
  return { ...text, value: null, recordIds: [], notAssessed: needs };
}

/** A count: the number of distinct records, which are also the drill-down. */
export function countKpi(text: KpiText, recordIds: Iterable<string>, measuredIds?: string[]): Kpi {
  const ids = [...new Set(recordIds)];
  const kpi: Kpi = { ...text, value: ids.length, recordIds: ids };
  if (measuredIds) {
    kpi.numerator = ids.length;
    kpi.denominator = measuredIds.length;
    kpi.denominatorIds = measuredIds;
  }
  return kpi;
}

/**
 * A percentage of `denominatorIds` that have the property; `lackingIds` (a subset) are those
 * that do not, and are the drill-down. An empty denominator is not assessed.
 */
export function ratioKpi(
  text: KpiText,
  denominatorIds: string[],
  lackingIds: string[],
  needs: string
): Kpi {
  const value = roundPercent(denominatorIds.length - lackingIds.length, denominatorIds.length);
  if (value === null) return notAssessedKpi(text, needs);
  return {
    ...text,
    value,
    numerator: denominatorIds.length - lackingIds.length,
    denominator: denominatorIds.length,
    recordIds: lackingIds,
    denominatorIds
  };
}
