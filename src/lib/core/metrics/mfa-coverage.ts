/** KPI `mfa-coverage`: the share of enabled human and guest accounts that have MFA. */
import type { AnalysisInput } from '../findings/types';
import type { Account } from '../model';
import { isEnabled, isHumanOrGuest } from './account-state';
import { ratioKpi } from './kpi';
import type { KpiText } from './kpi';
import { hasMfa, reportsMfaState } from './mfa-state';
import { NEEDS_MFA_STATE } from './needs';
import type { Kpi } from './types';

const TEXT: KpiText = {
  id: 'mfa-coverage',
  label: 'MFA coverage',
  definition:
    'Among enabled human and guest accounts whose source reports MFA state, the percentage ' +
    'with at least one MFA method (email and security questions do not count); the list ' +
    'shows the accounts without MFA.',
  unit: 'percent'
};

/** The accounts an MFA ratio is measured over: enabled humans and guests with known state. */
export function mfaDenominator(accounts: readonly Account[]): Account[] {
  return accounts.filter((a) => isEnabled(a) && isHumanOrGuest(a) && reportsMfaState(a));
}

/** MFA coverage over all enabled human and guest accounts with known MFA state. */
export function mfaCoverage(input: AnalysisInput): Kpi {
  const measured = mfaDenominator(input.records.accounts);
  return ratioKpi(
    TEXT,
    measured.map((a) => a.id),
    measured.filter((a) => !hasMfa(a)).map((a) => a.id),
    NEEDS_MFA_STATE
  );
}
