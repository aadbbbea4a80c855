/** All twelve KPIs of SPEC §5, in the order of KPI_IDS. */
import type { AnalysisInput } from '../findings/types';
import type { PrivilegeSummary } from '../privilege/types';
import { accountCount } from './account-count';
import { credentialCount } from './credential-count';
import { dormantAccounts } from './dormant-accounts';
import { escalationCount } from './escalation-count';
import { maturityScore } from './maturity-score';
import { mfaCoverage } from './mfa-coverage';
import { peopleCount } from './people-count';
import { phishingResistantCoverage } from './phishing-resistant-coverage';
import { privilegedCount } from './privileged-count';
import { privilegedMfaCoverage } from './privileged-mfa-coverage';
import { serviceAccountCount } from './service-account-count';
import { staleCredentials } from './stale-credentials';
import type { Kpi } from './types';

/**
 * Computes every KPI. The privilege summary comes from `extra`, else from `input.privilege`;
 * without one, the privilege KPIs are not assessed.
 */
export function computeKpis(
  input: AnalysisInput,
  extra: { privilege?: PrivilegeSummary; maturity?: number | null } = {}
): Kpi[] {
  const privilege = extra.privilege ?? input.privilege;
  return [
    accountCount(input),
    peopleCount(input),
    serviceAccountCount(input),
    credentialCount(input),
    privilegedCount(privilege),
    mfaCoverage(input),
    privilegedMfaCoverage(input, privilege),
    phishingResistantCoverage(input),
    dormantAccounts(input),
    staleCredentials(input),
    escalationCount(privilege),
    maturityScore(extra.maturity)
  ];
}
