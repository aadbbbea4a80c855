/** KPI `dormant`: enabled accounts idle for longer than the threshold, or never used. */
import type { AnalysisInput } from '../findings/types';
import { dormancyOfAccounts } from './dormancy';
import { countKpi, notAssessedKpi } from './kpi';
import type { KpiText } from './kpi';
import { NEEDS_SIGN_IN } from './needs';
import type { Kpi } from './types';

function text(days: number): KpiText {
  return {
    id: 'dormant',
    label: 'Dormant accounts',
    definition:
      `Enabled accounts whose last sign-in (for service accounts, last credential use if ` +
      `later) is more than ${days} days before the as-of date, or that never signed in and ` +
      `were created more than ${days} days before it. Accounts whose export does not report ` +
      'a state count as enabled. Accounts with neither a creation date nor any sign-in, and ' +
      'never-seen accounts in exports that do not report sign-ins, cannot be judged and are ' +
      'left out. The list shows the dormant accounts.',
    unit: 'count'
  };
}

/** Counts dormant enabled accounts, measured over those that can be judged. */
export function dormantAccounts(input: AnalysisInput): Kpi {
  const judged = dormancyOfAccounts(input).filter((d) => d.status !== 'not-assessable');
  if (judged.length === 0) return notAssessedKpi(text(input.settings.dormantDays), NEEDS_SIGN_IN);
  const dormant = judged.filter((d) => d.status === 'dormant' || d.status === 'never-used');
  return countKpi(
    text(input.settings.dormantDays),
    dormant.map((d) => d.account.id),
    judged.map((d) => d.account.id)
  );
}
