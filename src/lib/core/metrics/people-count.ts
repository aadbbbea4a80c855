/** KPI `people`: the persons identity resolution found behind the human accounts. */
import type { AnalysisInput } from '../findings/types';
import { countKpi, notAssessedKpi } from './kpi';
import type { KpiText } from './kpi';
import { NEEDS_HUMAN_ACCOUNTS } from './needs';
import type { Kpi } from './types';

const TEXT: KpiText = {
  id: 'people',
  label: 'People',
  definition:
    'Persons after identity resolution: the humans behind the human and guest accounts of ' +
    'all systems, each counted once; the list shows the persons.',
  unit: 'count'
};

/** Counts persons; not assessed when there are none to count (no human accounts imported). */
export function peopleCount(input: AnalysisInput): Kpi {
  if (input.persons.length === 0) return notAssessedKpi(TEXT, NEEDS_HUMAN_ACCOUNTS);
  return countKpi(
    TEXT,
    input.persons.map((p) => p.id)
  );
}
