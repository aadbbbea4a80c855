/** Column names of `Get-ADUser … | Export-Csv` (the cmdlet's properties and LDAP names). */
export const AD_USER_COLUMNS = {
  sam: ['SamAccountName'],
  upn: ['UserPrincipalName'],
  dn: ['DistinguishedName'],
  name: ['DisplayName', 'Name', 'CN'],
  enabled: ['Enabled'],
  uac: ['userAccountControl'],
  created: ['whenCreated', 'Created', 'createTimeStamp'],
  lastLogonTimestamp: ['lastLogonTimestamp'],
  lastLogon: ['lastLogon'],
  lastLogonDate: ['LastLogonDate'],
  pwdLastSet: ['pwdLastSet'],
  passwordLastSet: ['PasswordLastSet'],
  passwordNeverExpires: ['PasswordNeverExpires'],
  passwordNotRequired: ['PasswordNotRequired'],
  trustedForDelegation: ['TrustedForDelegation'],
  doesNotRequirePreAuth: ['DoesNotRequirePreAuth'],
  smartcardRequired: ['SmartcardLogonRequired'],
  notDelegated: ['AccountNotDelegated'],
  adminCount: ['adminCount'],
  memberOf: ['MemberOf'],
  primaryGroup: ['PrimaryGroup'],
  spn: ['ServicePrincipalNames', 'servicePrincipalName'],
  sid: ['SID', 'objectSid'],
  guid: ['ObjectGUID'],
  mail: ['mail', 'EmailAddress'],
  objectClass: ['ObjectClass']
} as const;

export type AdUserColumn = keyof typeof AD_USER_COLUMNS;

/** Columns that name a group: a header with one is a group-member export, not users. */
export const GROUP_COLUMNS = [
  'Group',
  'GroupName',
  'ADGroupName',
  'ADGroup',
  'ParentGroup',
  'GroupSam',
  'GroupSamAccountName',
  'GroupDN',
  'GroupDistinguishedName',
  'GroupSID'
];

/**
 * What `Export-Csv` writes for a multi-valued property it was not told to join: the
 * collection's type name instead of the values.
 */
export const UNEXPANDED_COLLECTION =
  /^Microsoft\.ActiveDirectory\.Management\.ADPropertyValueCollection$/;
