/**
 * `userAccountControl` bits (Microsoft, ADS_USER_FLAG_ENUM / the User-Account-Control
 * attribute) that matter for an assessment.
 */
export const UAC = {
  ACCOUNTDISABLE: 0x2,
  PASSWD_NOTREQD: 0x20,
  WORKSTATION_TRUST_ACCOUNT: 0x1000,
  SERVER_TRUST_ACCOUNT: 0x2000,
  DONT_EXPIRE_PASSWORD: 0x10000,
  SMARTCARD_REQUIRED: 0x40000,
  TRUSTED_FOR_DELEGATION: 0x80000,
  NOT_DELEGATED: 0x100000,
  DONT_REQ_PREAUTH: 0x400000,
  TRUSTED_TO_AUTH_FOR_DELEGATION: 0x1000000
} as const;

export interface UacFlags {
  disabled: boolean;
  passwordNotRequired: boolean;
  computer: boolean;
  passwordNeverExpires: boolean;
  smartcardRequired: boolean;
  trustedForDelegation: boolean;
  notDelegated: boolean;
  dontRequirePreauth: boolean;
  trustedToAuthForDelegation: boolean;
}

/** Decodes a `userAccountControl` value (a decimal number) into named flags. */
export function decodeUac(value: number): UacFlags {
  const has = (bit: number) => (value & bit) !== 0;
  return {
    disabled: has(UAC.ACCOUNTDISABLE),
    passwordNotRequired: has(UAC.PASSWD_NOTREQD),
    computer: has(UAC.WORKSTATION_TRUST_ACCOUNT) || has(UAC.SERVER_TRUST_ACCOUNT),
    passwordNeverExpires: has(UAC.DONT_EXPIRE_PASSWORD),
    smartcardRequired: has(UAC.SMARTCARD_REQUIRED),
    trustedForDelegation: has(UAC.TRUSTED_FOR_DELEGATION),
    notDelegated: has(UAC.NOT_DELEGATED),
    dontRequirePreauth: has(UAC.DONT_REQ_PREAUTH),
    trustedToAuthForDelegation: has(UAC.TRUSTED_TO_AUTH_FOR_DELEGATION)
  };
}
