/** KPI `credentials`: active credentials the customer holds. */
import type { AnalysisInput } from '../findings/types';
import { isCountedCredential } from './account-state';
import { credentialsReported } from './credential-formats';
import { countKpi, notAssessedKpi } from './kpi';
import type { KpiText } from './kpi';
import { NEEDS_CREDENTIALS } from './needs';
import type { Kpi } from './types';

const TEXT: KpiText = {
  id: 'credentials',
  label: 'Credentials',
  definition:
    'Active credentials held by the customer (access keys, client secrets, certificates, ' +
    'service-account keys, API tokens); provider-managed and inactive keys are not counted. ' +
    'The list shows the credentials.',
  unit: 'count'
};

/** Counts active customer-managed credentials. */
export function credentialCount(input: AnalysisInput): Kpi {
  if (!credentialsReported(input)) return notAssessedKpi(TEXT, NEEDS_CREDENTIALS);
  return countKpi(
    TEXT,
    input.records.credentials.filter(isCountedCredential).map((c) => c.id)
  );
}
