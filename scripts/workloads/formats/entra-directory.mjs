/**
 * Entra ID user exports: the portal "Download users" CSV, Graph `/users` and
 * `userRegistrationDetails`. Field names follow Microsoft's documentation and the real files
 * in ../shared/real-exports; entra-roles.mjs has roles and service principals.
 */
import { csvLine } from '../lib/out.mjs';
import { isoSeconds, usDateTime } from '../lib/time.mjs';

export const GRAPH = 'https://graph.microsoft.com/v1.0/$metadata';

/** The portal download's header, in the order the portal writes it. */
export const ENTRA_USERS_CSV_HEADER = [
  'userPrincipalName',
  'displayName',
  'surname',
  'mail',
  'givenName',
  'id',
  'userType',
  'jobTitle',
  'department',
  'accountEnabled',
  'usageLocation',
  'streetAddress',
  'state',
  'country',
  'officeLocation',
  'city',
  'postalCode',
  'telephoneNumber',
  'mobilePhone',
  'alternateEmailAddress',
  'ageGroup',
  'consentProvidedForMinor',
  'legalAgeGroupClassification',
  'companyName',
  'creationType',
  'directorySynced',
  'invitationState',
  'identityIssuer',
  'createdDateTime'
];

const tf = (b) => (b ? 'True' : 'False');

/** One row of the portal download: `True`/`False`, US dates with AM/PM, blanks for nulls. */
export function entraUserCsvRow(u, tenantDomain) {
  const guest = u.userType === 'Guest';
  return csvLine([
    u.upn,
    u.displayName,
    u.surname,
    u.mail,
    u.givenName,
    u.id,
    u.userType,
    u.jobTitle,
    u.department,
    tf(u.accountEnabled),
    u.usageLocation,
    '',
    u.state,
    u.country,
    u.officeLocation,
    u.city,
    '',
    '',
    u.mobilePhone,
    guest ? u.mail : '',
    '',
    '',
    '',
    u.companyName,
    guest ? 'Invitation' : '',
    u.onPrem ? 'True' : '',
    guest ? u.invitationState : '',
    guest ? 'ExternalAzureAD' : tenantDomain,
    usDateTime(u.created)
  ]);
}

/** The portal download as one text. */
export function entraUsersCsv(users, tenantDomain) {
  const lines = [csvLine(ENTRA_USERS_CSV_HEADER)];
  for (const u of users) lines.push(entraUserCsvRow(u, tenantDomain));
  return lines.join('\r\n') + '\r\n';
}

export const iso = (ms) => (ms === undefined || ms === null ? null : isoSeconds(ms));

/** One Graph `/users` item with `signInActivity` (absent for users Graph reports it for none). */
export function graphUser(u) {
  const item = {
    id: u.id,
    userPrincipalName: u.upn,
    displayName: u.displayName,
    givenName: u.givenName ?? null,
    surname: u.surname ?? null,
    mail: u.mail ?? null,
    userType: u.userType,
    accountEnabled: u.accountEnabled,
    createdDateTime: iso(u.created),
    jobTitle: u.jobTitle ?? null,
    department: u.department ?? null,
    companyName: u.companyName ?? null,
    officeLocation: u.officeLocation ?? null,
    city: u.city ?? null,
    country: u.country ?? null,
    usageLocation: u.usageLocation ?? null,
    mobilePhone: u.mobilePhone ?? null,
    creationType: u.userType === 'Guest' ? 'Invitation' : null,
    externalUserState: u.userType === 'Guest' ? u.invitationState : null,
    onPremisesSyncEnabled: u.onPrem ? true : null,
    onPremisesImmutableId: u.onPrem?.immutableId ?? null,
    onPremisesSamAccountName: u.onPrem?.sam ?? null,
    onPremisesSecurityIdentifier: u.onPrem?.sid ?? null,
    onPremisesDistinguishedName: u.onPrem?.dn ?? null,
    onPremisesLastSyncDateTime: u.onPrem ? iso(u.onPrem.lastSync) : null,
    proxyAddresses: u.proxyAddresses ?? [],
    lastPasswordChangeDateTime: iso(u.passwordChanged),
    passwordPolicies: u.passwordPolicies ?? null
  };
  if (u.signInReported !== false) {
    item.signInActivity = {
      lastSignInDateTime: iso(u.lastSignIn),
      lastSignInRequestId: u.lastSignIn ? u.lastSignInRequestId : null,
      lastNonInteractiveSignInDateTime: iso(u.lastNonInteractive),
      lastNonInteractiveSignInRequestId: u.lastNonInteractive
        ? u.lastNonInteractiveRequestId
        : null,
      lastSuccessfulSignInDateTime: iso(u.lastSuccess),
      lastSuccessfulSignInRequestId: u.lastSuccess ? u.lastSuccessRequestId : null
    };
  }
  return item;
}

/** `@odata.context` of a `/users?$select=…` answer, naming the selected properties. */
export function graphUsersContext() {
  const fields = Object.keys(graphUser({ userType: 'Member', id: '', upn: '' }));
  return `${GRAPH}#users(${fields.join(',')})`;
}

const MFA_METHODS = new Set([
  'fido2SecurityKey',
  'windowsHelloForBusiness',
  'passKeyDeviceBound',
  'passKeyDeviceBoundAuthenticator',
  'microsoftAuthenticatorPasswordless',
  'microsoftAuthenticatorPush',
  'softwareOneTimePasscode',
  'hardwareOneTimePasscode',
  'mobilePhone',
  'alternateMobilePhone',
  'officePhone'
]);
const PASSWORDLESS = new Set([
  'fido2SecurityKey',
  'windowsHelloForBusiness',
  'passKeyDeviceBound',
  'passKeyDeviceBoundAuthenticator',
  'microsoftAuthenticatorPasswordless'
]);

function preferredMethod(methods) {
  if (methods.includes('microsoftAuthenticatorPush')) return 'push';
  if (methods.includes('softwareOneTimePasscode') || methods.includes('hardwareOneTimePasscode')) {
    return 'oath';
  }
  if (methods.includes('mobilePhone')) return 'sms';
  if (methods.includes('officePhone')) return 'voiceOffice';
  return 'none';
}

/** One `userRegistrationDetails` item; `userType` is lower case here, unlike `/users`. */
export function registrationDetail(u, methods, isAdmin, lastUpdated) {
  const mfa = methods.some((m) => MFA_METHODS.has(m));
  const preferred = preferredMethod(methods);
  return {
    id: u.id,
    userPrincipalName: u.upn,
    userDisplayName: u.displayName,
    isAdmin,
    isSsprRegistered: methods.length >= 2,
    isSsprEnabled: u.userType !== 'Guest',
    isSsprCapable: methods.length >= 2 && u.userType !== 'Guest',
    isMfaRegistered: mfa,
    isMfaCapable: mfa,
    isPasswordlessCapable: methods.some((m) => PASSWORDLESS.has(m)),
    lastUpdatedDateTime: isoSeconds(lastUpdated),
    methodsRegistered: methods,
    isSystemPreferredAuthenticationMethodEnabled: true,
    systemPreferredAuthenticationMethods: preferred === 'none' ? [] : [preferred],
    userPreferredMethodForSecondaryAuthentication: preferred,
    userType: u.userType === 'Guest' ? 'guest' : 'member'
  };
}

export const REGISTRATION_CONTEXT = `${GRAPH}#reports/authenticationMethods/userRegistrationDetails`;
