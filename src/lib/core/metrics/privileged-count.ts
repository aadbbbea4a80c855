/** KPI `privileged`: enabled accounts with a privileged role or admin-equivalent rights. */
import type { PrivilegeSummary } from '../privilege/types';
import { countKpi, notAssessedKpi } from './kpi';
import type { KpiText } from './kpi';
import { NEEDS_PRIVILEGE } from './needs';
import type { Kpi } from './types';

const TEXT: KpiText = {
  id: 'privileged',
  label: 'Privileged accounts',
  definition:
    'Enabled accounts holding a privileged role or admin-equivalent rights, permanent or ' +
    'eligible, as privilege analysis found them; the list shows those accounts.',
  unit: 'count'
};

/** Counts the privileged accounts of the privilege summary; not assessed without one. */
export function privilegedCount(privilege: PrivilegeSummary | undefined): Kpi {
  if (!privilege || privilege.assessedSystems.length === 0) {
    return notAssessedKpi(TEXT, NEEDS_PRIVILEGE);
  }
  return countKpi(TEXT, privilege.privileged);
}
