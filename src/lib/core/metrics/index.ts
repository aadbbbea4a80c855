/** The metrics of SPEC §5: the KPI set and the shared notions it rests on. */
export { computeKpis } from './compute-kpis';
export { effectiveLastSignIn, lastCredentialUse } from './last-sign-in';
export { dormancyOfAccounts } from './dormancy';
export type { Dormancy, DormancyStatus } from './dormancy';
export { roundPercent, roundHalfAwayFromZero } from './round';
export { passwordlessAdoption } from './passwordless';
export type { PasswordlessFigure } from './passwordless';
export { isEnabled, isHumanOrGuest, isCountedCredential, accountLabel } from './account-state';
export {
  hasMfa,
  hasPhishingResistant,
  mfaStrength,
  MFA_STRENGTHS,
  reportsMethodTypes,
  reportsMfaState
} from './mfa-state';
export type { MfaStrength } from './mfa-state';
export { KPI_IDS } from './types';
export type { Kpi, KpiId } from './types';
