/**
 * What an Okta System Log event says about a sign-in: whether it is one, how it ended, and what
 * the MFA step did. Okta names the meaning in `eventType`; `outcome.result` says how it went.
 */
import type { SignInEvent } from '../../model';

/** Event types that are a step of someone signing in (the rest are audit events). */
const SIGN_IN_TYPES = new Set([
  'user.session.start',
  'user.mfa.okta_verify.deny_push',
  'user.mfa.attempt_bypass',
  'system.push.send_factor_verify_push',
  'policy.evaluate_sign_on'
]);

/** `user.authentication.*` is signing in, except single logout. */
export function isSignInType(eventType: string): boolean {
  if (SIGN_IN_TYPES.has(eventType)) return true;
  return eventType.startsWith('user.authentication.') && eventType !== 'user.authentication.slo';
}

/**
 * `outcome.result` as a result. SKIPPED and UNKNOWN say neither success nor failure, so they
 * have no result: the importer counts and skips those events rather than guess.
 */
export function resultOf(outcome: string | undefined): SignInEvent['result'] | undefined {
  switch (outcome?.toUpperCase()) {
    case 'SUCCESS':
    case 'ALLOW':
      return 'success';
    case 'FAILURE':
    case 'DENY':
      return 'failure';
    // A sign-on policy that asks for another factor: the sign-in waits, as Entra's "interrupted".
    case 'CHALLENGE':
      return 'interrupted';
    default:
      return undefined;
  }
}

/** Words of a failed factor check that mean the person refused it. */
const DENIED = /deny|denied|reject|fraud/i;
/** Words that mean nobody answered in time. */
const TIMED_OUT = /time.?out|timed out|expired|time_window_exceeded|no response/i;

/** What a factor check that did not succeed means, from its reason and debug data. */
function failedFactor(words: string): SignInEvent['mfaResult'] {
  if (DENIED.test(words)) return 'denied';
  if (TIMED_OUT.test(words)) return 'timeout';
  return 'unknown';
}

export interface FactorFacts {
  eventType: string;
  result: SignInEvent['result'];
  /** `outcome.reason` and the debug data that describe a push answer, joined. */
  words: string;
  /** `debugContext.debugData.factor`, e.g. `OKTA_VERIFY_PUSH`. */
  factor?: string;
  /** `authenticationContext.credentialType`, e.g. `PASSWORD`, `OTP`, `SMS`. */
  credentialType?: string;
}

/**
 * The MFA result of a sign-in step, or undefined when the step is not about a second factor
 * (a password check, an SSO hand-off: MFA may have happened in another event of the session).
 */
export function mfaResultOf(f: FactorFacts): SignInEvent['mfaResult'] {
  // The event type itself says the push was refused, whatever outcome Okta recorded for it.
  if (f.eventType === 'user.mfa.okta_verify.deny_push') return 'denied';
  // A push was sent: its answer comes in a later event.
  if (f.eventType === 'system.push.send_factor_verify_push') return 'unknown';
  if (f.eventType === 'user.mfa.attempt_bypass') return failedFactor(f.words);
  const factorStep =
    f.eventType === 'user.authentication.auth_via_mfa' ||
    (f.eventType === 'user.authentication.verify' && isSecondFactor(f));
  if (!factorStep) return undefined;
  if (f.result === 'success') return 'satisfied';
  if (f.result === 'interrupted') return 'unknown';
  return failedFactor(f.words);
}

/** Identity Engine logs every authenticator check as `verify`: the password is not MFA. */
function isSecondFactor(f: FactorFacts): boolean {
  const factor = f.factor?.toUpperCase();
  if (factor) return !factor.includes('PASSWORD');
  const credential = f.credentialType?.toUpperCase();
  return credential !== undefined && credential !== 'PASSWORD';
}
