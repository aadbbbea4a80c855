/** KPI `mfa-privileged`: MFA coverage over privileged accounts only. */
import type { AnalysisInput } from '../findings/types';
import type { PrivilegeSummary } from '../privilege/types';
import { notAssessedKpi, ratioKpi } from './kpi';
import type { KpiText } from './kpi';
import { mfaDenominator } from './mfa-coverage';
import { hasMfa } from './mfa-state';
import { NEEDS_MFA_STATE, NEEDS_PRIVILEGE } from './needs';
import type { Kpi } from './types';

const TEXT: KpiText = {
  id: 'mfa-privileged',
  label: 'MFA on privileged accounts',
  definition:
    'Among privileged enabled human and guest accounts whose source reports MFA state, the ' +
    'percentage with at least one MFA method; the list shows the privileged accounts ' +
    'without MFA. The AWS root user has its own finding.',
  unit: 'percent'
};

/** MFA coverage restricted to the privileged accounts of the privilege summary. */
export function privilegedMfaCoverage(
  input: AnalysisInput,
  privilege: PrivilegeSummary | undefined
): Kpi {
  if (!privilege || privilege.assessedSystems.length === 0) {
    return notAssessedKpi(TEXT, NEEDS_PRIVILEGE);
  }
  const privileged = new Set(privilege.privileged);
  const measured = mfaDenominator(input.records.accounts).filter((a) => privileged.has(a.id));
  return ratioKpi(
    TEXT,
    measured.map((a) => a.id),
    measured.filter((a) => !hasMfa(a)).map((a) => a.id),
    `${NEEDS_MFA_STATE} for the privileged human and guest accounts`
  );
}
