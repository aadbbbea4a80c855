/** KPI `escalation`: principals that can climb to admin-equivalent rights. */
import type { PrivilegeSummary } from '../privilege/types';
import { countKpi, notAssessedKpi } from './kpi';
import type { KpiText } from './kpi';
import { NEEDS_ESCALATION } from './needs';
import type { Kpi } from './types';

const TEXT: KpiText = {
  id: 'escalation',
  label: 'Escalation paths',
  definition:
    'Principals that are not admin-equivalent but can reach admin-equivalent rights by an ' +
    'escalation path; the list shows those principals.',
  unit: 'count'
};

/** Counts principals with an escalation path; not assessed when no path could be shown. */
export function escalationCount(privilege: PrivilegeSummary | undefined): Kpi {
  if (!privilege || privilege.escalation === null) return notAssessedKpi(TEXT, NEEDS_ESCALATION);
  return countKpi(TEXT, privilege.escalation);
}
