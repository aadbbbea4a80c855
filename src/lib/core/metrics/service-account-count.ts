/** KPI `service-accounts`: accounts of kind service. */
import type { AnalysisInput } from '../findings/types';
import { countKpi, notAssessedKpi } from './kpi';
import type { KpiText } from './kpi';
import { NEEDS_ACCOUNTS } from './needs';
import type { Kpi } from './types';

const TEXT: KpiText = {
  id: 'service-accounts',
  label: 'Service accounts',
  definition:
    'Accounts of kind service, enabled or not: Entra service principals, GCP service ' +
    'accounts, AWS IAM users used only by access keys and the like; the list shows them.',
  unit: 'count'
};

/** Counts service accounts; zero is a real answer once any account has been imported. */
export function serviceAccountCount(input: AnalysisInput): Kpi {
  if (input.records.accounts.length === 0) return notAssessedKpi(TEXT, NEEDS_ACCOUNTS);
  return countKpi(
    TEXT,
    input.records.accounts.filter((a) => a.kind === 'service').map((a) => a.id)
  );
}
