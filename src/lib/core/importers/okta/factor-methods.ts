/** Okta factor types (`factorType` of `/api/v1/users/{id}/factors`) as typed methods. */
import type { AuthMethod } from '../../model';

const BY_FACTOR_TYPE: Record<string, AuthMethod> = {
  push: 'push',
  'token:software:totp': 'totp',
  // Custom HOTP factors are one-time codes from an app or token the org configures.
  'token:hotp': 'totp',
  hotp: 'totp',
  // RSA SecurID, Symantec VIP and YubiKey OTP: codes from a separate token.
  token: 'hardware-otp',
  'token:hardware': 'hardware-otp',
  sms: 'sms',
  call: 'voice',
  email: 'email',
  question: 'security-question',
  webauthn: 'fido2',
  u2f: 'fido2',
  // Okta FastPass signs a server nonce with a device-bound key and checks the origin, which
  // Okta documents as phishing-resistant: the nearest typed method is a passkey.
  signed_nonce: 'passkey'
};

/**
 * The method of a factor type; `mfa` (a second factor of unknown type) for types this table
 * does not know, such as Duo's `web`, so they count for coverage but not for strength.
 */
export function factorMethod(factorType: string): { method: AuthMethod; known: boolean } {
  const method = BY_FACTOR_TYPE[factorType.trim().toLowerCase()];
  return method ? { method, known: true } : { method: 'mfa', known: false };
}
