/**
 * One demo Entra sign-in event, before formatting: the fields graphSignIn reads, with a
 * success filled in from the user's registered methods.
 */
import { ENTRA_APPS } from '../lib/reference.mjs';

export const MFA_NAME = {
  microsoftAuthenticatorPush: 'Mobile app notification',
  softwareOneTimePasscode: 'OATH verification code',
  mobilePhone: 'Text message',
  fido2SecurityKey: 'FIDO2 security key',
  windowsHelloForBusiness: 'Windows Hello for Business',
  passKeyDeviceBound: 'Passkey (device-bound)'
};

export const APPS = [
  ENTRA_APPS.teams,
  ENTRA_APPS.exchange,
  ENTRA_APPS.sharepoint,
  ENTRA_APPS.officeHome
];
export const ASN = {
  hamburg: 3320,
  rotterdam: 1136,
  manchester: 5089,
  athens: 6799,
  chicago: 7922
};

/** The fields every sign-in has, with fresh ids. */
export function baseEvent(r, user, time, place, ip, client, app) {
  return {
    id: r.uuid(),
    correlationId: r.uuid(),
    sessionId: r.uuid(),
    tokenId: r.alnum(22),
    time,
    user,
    app,
    resource: app,
    ip,
    place,
    client,
    clientApp:
      client.os.startsWith('Ios') || client.os.startsWith('Android')
        ? 'Mobile Apps and Desktop clients'
        : 'Browser',
    deviceId: '',
    compliant: false,
    managed: false,
    asn: 0,
    latency: r.int(40, 400),
    interactive: true
  };
}

/** The event as a success, with MFA when the user has a method that can do it. */
export function success(e, methods) {
  const mfaMethod = methods.find((m) => MFA_NAME[m]);
  return {
    ...e,
    result: 'success',
    errorCode: 0,
    authRequirement: mfaMethod ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    caStatus: mfaMethod ? 'success' : 'notApplied',
    mfa: mfaMethod
      ? {
          method: MFA_NAME[mfaMethod],
          succeeded: true,
          resultDetail: 'MFA successfully completed',
          detail: mfaMethod === 'mobilePhone' ? '+XX XXXXXXX89' : null
        }
      : null
  };
}
