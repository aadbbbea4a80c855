/** MFA state and method strength of one account (SPEC §5 and the classes of model.ts). */
import type { Account, AuthMethod } from '../model';
import { APP_BASED, NOT_MFA, PHISHING_RESISTANT, WEAK_MFA } from '../model';

/** The strength classes of the MFA charts, strongest first. */
export const MFA_STRENGTHS = [
  'phishing-resistant',
  'app-based',
  'weak',
  'unknown-type',
  'none'
] as const;
export type MfaStrength = (typeof MFA_STRENGTHS)[number];

/** The account's source reports whether it has MFA (`mfaRegistered` is set). */
export function reportsMfaState(account: Account): boolean {
  return account.mfaRegistered !== undefined;
}

/** Second factors only: recovery channels and bootstrap passes are not MFA (SPEC §5). */
export function mfaMethodsOf(account: Account): AuthMethod[] {
  return (account.mfaMethods ?? []).filter((m) => !NOT_MFA.includes(m));
}

/**
 * Has at least one MFA method. A registration flag whose method list holds only recovery
 * methods (email, security questions) does not count: those are not MFA (SPEC §5).
 */
export function hasMfa(account: Account): boolean {
  if (account.mfaRegistered !== true) return false;
  const methods = account.mfaMethods;
  if (methods === undefined || methods.length === 0) return true;
  // mfaMethodsOf(account).length > 0, without building the list: this runs per account often.
  return methods.some((m) => !NOT_MFA.includes(m));
}

/**
 * The source reports method types. A list holding only the untyped `mfa` (AWS `mfa_active`,
 * Google 2SV) says nothing about type, so such accounts stay out of the phishing-resistant
 * ratio as SPEC §5 wants for sources that do not report types.
 */
export function reportsMethodTypes(account: Account): boolean {
  const methods = account.mfaMethods;
  if (methods === undefined) return false;
  return methods.length === 0 || methods.some((m) => m !== 'mfa');
}

/** Has FIDO2/passkey, Windows Hello for Business or certificate/PIV. */
export function hasPhishingResistant(account: Account): boolean {
  return (account.mfaMethods ?? []).some((m) => PHISHING_RESISTANT.includes(m));
}

/**
 * The strongest MFA the account has; undefined when its source reports neither MFA state nor
 * method types. Where both are reported, the state decides whether there is MFA at all (as
 * in the coverage ratio) and the methods decide how strong it is.
 */
export function mfaStrength(account: Account): MfaStrength | undefined {
  if (!reportsMfaState(account) && account.mfaMethods === undefined) return undefined;
  if (reportsMfaState(account) && !hasMfa(account)) return 'none';
  const methods = mfaMethodsOf(account);
  if (methods.some((m) => PHISHING_RESISTANT.includes(m))) return 'phishing-resistant';
  if (methods.some((m) => APP_BASED.includes(m))) return 'app-based';
  if (methods.some((m) => WEAK_MFA.includes(m))) return 'weak';
  return methods.length > 0 || hasMfa(account) ? 'unknown-type' : 'none';
}
