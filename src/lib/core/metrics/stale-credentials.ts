/** KPI `stale-credentials`: active credentials not rotated within the threshold. */
import type { AnalysisInput } from '../findings/types';
import { isCountedCredential } from './account-state';
import { credentialAgeDays } from './credential-age';
import { credentialsReported } from './credential-formats';
import { countKpi, notAssessedKpi } from './kpi';
import type { KpiText } from './kpi';
import { NEEDS_CREDENTIALS } from './needs';
import type { Kpi } from './types';

function text(days: number): KpiText {
  return {
    id: 'stale-credentials',
    label: 'Stale credentials',
    definition:
      `Active customer-held credentials created or last rotated more than ${days} days ` +
      'before the as-of date; credentials with neither date are left out. The list shows ' +
      'the stale credentials.',
    unit: 'count'
  };
}

/** Counts active customer credentials older than `settings.staleCredentialDays`. */
export function staleCredentials(input: AnalysisInput): Kpi {
  const threshold = input.settings.staleCredentialDays;
  const counted = input.records.credentials.filter(isCountedCredential);
  const dated = counted.filter((c) => credentialAgeDays(c, input.asOf) !== undefined);
  if (!credentialsReported(input) || (counted.length > 0 && dated.length === 0)) {
    return notAssessedKpi(text(threshold), NEEDS_CREDENTIALS);
  }
  const stale = dated.filter((c) => (credentialAgeDays(c, input.asOf) ?? 0) > threshold);
  return countKpi(
    text(threshold),
    stale.map((c) => c.id),
    dated.map((c) => c.id)
  );
}
