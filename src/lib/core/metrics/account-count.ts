/** KPI `accounts`: every account of the four kinds, enabled or not, all sources. */
import type { AnalysisInput } from '../findings/types';
import { ACCOUNT_KINDS } from '../model';
import { countKpi, notAssessedKpi } from './kpi';
import type { KpiText } from './kpi';
import { NEEDS_ACCOUNTS } from './needs';
import type { Kpi } from './types';

const TEXT: KpiText = {
  id: 'accounts',
  label: 'Accounts',
  definition:
    'Accounts of kind human, guest, service or root in every imported system, enabled or ' +
    'not; the list shows them all.',
  unit: 'count'
};

/** Counts all accounts; not assessed when nothing imported holds an account. */
export function accountCount(input: AnalysisInput): Kpi {
  const accounts = input.records.accounts.filter((a) => ACCOUNT_KINDS.includes(a.kind));
  if (accounts.length === 0) return notAssessedKpi(TEXT, NEEDS_ACCOUNTS);
  return countKpi(
    TEXT,
    accounts.map((a) => a.id)
  );
}
