/** KPI `phishing-resistant`: the share of humans and guests with a phishing-resistant method. */
import type { AnalysisInput } from '../findings/types';
import { isEnabled, isHumanOrGuest } from './account-state';
import { ratioKpi } from './kpi';
import type { KpiText } from './kpi';
import { hasPhishingResistant, reportsMethodTypes } from './mfa-state';
import { NEEDS_METHOD_TYPES } from './needs';
import type { Kpi } from './types';

const TEXT: KpiText = {
  id: 'phishing-resistant',
  label: 'Phishing-resistant MFA',
  definition:
    'Among enabled human and guest accounts whose source reports method types, the ' +
    'percentage with a phishing-resistant method (FIDO2 or passkey, Windows Hello for ' +
    'Business, certificate or PIV); the list shows the accounts without one.',
  unit: 'percent'
};

/** Phishing-resistant coverage over accounts whose methods are typed. */
export function phishingResistantCoverage(input: AnalysisInput): Kpi {
  const measured = input.records.accounts.filter(
    (a) => isEnabled(a) && isHumanOrGuest(a) && reportsMethodTypes(a)
  );
  return ratioKpi(
    TEXT,
    measured.map((a) => a.id),
    measured.filter((a) => !hasPhishingResistant(a)).map((a) => a.id),
    NEEDS_METHOD_TYPES
  );
}
