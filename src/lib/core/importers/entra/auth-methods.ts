/**
 * Entra's method names (userRegistrationDetails `methodsRegistered`, and the older
 * registrationAuthMethod / usageAuthMethod enums) typed to AUTH_METHODS. Names are compared
 * case-insensitively because portal downloads and PowerShell exports vary the case.
 */
import type { AuthMethod } from '../../model';

const METHODS: Record<string, AuthMethod> = {
  // Phishing-resistant.
  fido2securitykey: 'fido2',
  fido2: 'fido2',
  fido: 'fido2',
  passkeydevicebound: 'passkey',
  passkeydeviceboundauthenticator: 'passkey',
  passkeydeviceboundwindowshello: 'passkey',
  passkeysynced: 'passkey',
  // A device-bound key in the Mac's Secure Enclave (Platform SSO): the model has no platform-
  // credential type, and a device-bound passkey is the closest in strength and kind.
  macossecureenclavekey: 'passkey',
  windowshelloforbusiness: 'windows-hello',
  x509certificate: 'certificate',
  x509certificatesinglefactor: 'certificate',
  x509certificatemultifactor: 'certificate',
  certificatebasedauthentication: 'certificate',

  // App-based. Phone sign-in ("passwordless") is still an Authenticator push with number
  // matching, so it is not phishing-resistant.
  microsoftauthenticatorpush: 'push',
  microsoftauthenticatorpasswordless: 'push',
  appnotification: 'push',
  softwareonetimepasscode: 'totp',
  appcode: 'totp',
  hardwareonetimepasscode: 'hardware-otp',
  // An external MFA provider, or a one-time passcode of unstated kind: MFA of unknown type.
  externalauthmethod: 'mfa',
  onetimepasscode: 'mfa',

  // Telephony. The primary mobile number takes SMS (and calls); Microsoft allows only calls
  // to the alternate mobile and office numbers.
  mobilephone: 'sms',
  sms: 'sms',
  mobilesms: 'sms',
  alternatemobilephone: 'voice',
  officephone: 'voice',
  mobilecall: 'voice',
  alternatemobilecall: 'voice',
  voicemobile: 'voice',
  voicealternatemobile: 'voice',
  voiceoffice: 'voice',

  // Not MFA (SPEC §5): recovery channels, the bootstrap pass, app passwords.
  email: 'email',
  securityquestion: 'security-question',
  temporaryaccesspass: 'temporary-access-pass',
  apppassword: 'password'
};

/** The typed method for one Entra method name, or undefined when the name is unknown. */
export function authMethodOf(name: string): AuthMethod | undefined {
  return METHODS[
    name
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
  ];
}

/**
 * Types a list of method names: known ones become AUTH_METHODS (each once), unknown names are
 * returned so the importer can warn about them. Empty strings and nulls mean "no method".
 */
export function typeMethods(names: readonly unknown[]): {
  methods: AuthMethod[];
  unknown: string[];
} {
  const methods = new Set<AuthMethod>();
  const unknown: string[] = [];
  for (const raw of names) {
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const method = authMethodOf(raw);
    if (method) methods.add(method);
    else unknown.push(raw.trim());
  }
  return { methods: [...methods], unknown };
}
