/**
 * Entra ID sign-in logs: Graph `auditLogs/signIns` items and rows of the admin center's
 * "Download CSV" of interactive sign-ins. The CSV header is the portal's, quirks included: a
 * trailing space in "Application ID " and "Resource ID ", two spaces in "Autonomous system
 * number", and "Incoming token type" twice.
 */
import { cell } from '../lib/out.mjs';
import { isoSeconds } from '../lib/time.mjs';

/** Microsoft's own tenant, owner of the first-party applications. */
export const MICROSOFT_TENANT_ID = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

export const ENTRA_SIGNINS_CSV_HEADER = [
  'Date (UTC)',
  'Request ID',
  'User agent',
  'Correlation ID',
  'User ID',
  'User',
  'Username',
  'User type',
  'Cross tenant access type',
  'Incoming token type',
  'Authentication Protocol',
  'Unique token identifier',
  'Original transfer method',
  'Client credential type',
  'Token Protection - Sign In Session',
  'Token Protection - Sign In Session StatusCode',
  'Application',
  'Application ID ',
  'App owner tenant ID',
  'Resource',
  'Resource ID ',
  'Resource tenant ID',
  'Resource owner tenant ID',
  'Home tenant ID',
  'Home tenant name',
  'IP address',
  'Location',
  'Status',
  'Sign-in error code',
  'Failure reason',
  'Client app',
  'Device ID',
  'Browser',
  'Operating System',
  'Compliant',
  'Managed',
  'Join Type',
  'Multifactor authentication result',
  'Multifactor authentication auth method',
  'Multifactor authentication auth detail',
  'Authentication requirement',
  'Sign-in identifier',
  'Session ID',
  'IP address (seen by resource)',
  'Through Global Secure Access',
  'Global Secure Access IP address',
  'Autonomous system  number',
  'Flagged for review',
  'Token issuer type',
  'Incoming token type',
  'Token issuer name',
  'Latency',
  'Conditional Access',
  'Associated Resource Id',
  'Federated Token Id',
  'Federated Token Issuer'
];

const STATUS_TEXT = { success: 'Success', failure: 'Failure', interrupted: 'Interrupted' };
const REQUIREMENT_TEXT = {
  singleFactorAuthentication: 'Single-factor authentication',
  multiFactorAuthentication: 'Multifactor authentication'
};
const CA_TEXT = { success: 'Success', failure: 'Failure', notApplied: 'Not Applied' };
const tf = (b) => (b ? 'True' : 'False');

// Free-text cells repeat endlessly (user agents, places, names): quote each distinct one once.
const quoted = new Map();
function text(value) {
  if (value === undefined || value === null || value === '') return '';
  let out = quoted.get(value);
  if (out === undefined) {
    out = cell(value);
    if (quoted.size < 200_000) quoted.set(value, out);
  }
  return out;
}

/**
 * One row of the portal CSV for one sign-in event (see `graphSignIn` for the fields). Ids,
 * codes and numbers never need quotes; free text goes through `text`.
 */
export function entraSignInCsvRow(e, tenantId) {
  const u = e.user;
  const guest = u.userType === 'Guest';
  return [
    isoSeconds(e.time),
    e.id,
    text(e.client.ua),
    e.correlationId,
    u.id,
    text(u.displayName),
    text(u.upn),
    u.userType,
    guest ? 'b2bCollaboration' : 'none',
    'none',
    e.protocol ?? 'none',
    e.tokenId,
    'none',
    'none',
    '',
    '',
    text(e.app.name),
    e.app.id,
    MICROSOFT_TENANT_ID,
    text(e.resource.name),
    e.resource.id,
    tenantId,
    MICROSOFT_TENANT_ID,
    u.homeTenantId ?? tenantId,
    '',
    e.ip,
    text(`${e.place.city}, ${e.place.state}, ${e.place.cc}`),
    STATUS_TEXT[e.result],
    e.errorCode,
    text(e.failureReason),
    text(e.clientApp),
    e.deviceId ?? '',
    text(e.client.browser),
    text(e.client.os),
    tf(e.compliant),
    tf(e.managed),
    text(e.joinType),
    text(e.mfa?.resultDetail),
    text(e.mfa?.method),
    text(e.mfa?.detail),
    REQUIREMENT_TEXT[e.authRequirement],
    text(u.upn),
    e.sessionId,
    '',
    'No',
    '',
    e.asn,
    'No',
    'AzureAD',
    'none',
    '',
    e.latency,
    CA_TEXT[e.caStatus],
    '',
    '',
    ''
  ].join(',');
}

/** The `authenticationDetails` steps Graph lists for one sign-in. */
function authenticationDetails(e) {
  const steps = [];
  // A token reused from an earlier sign-in needs no password step.
  if (e.mfa?.method !== 'Previously satisfied') {
    steps.push({
      authenticationStepDateTime: isoSeconds(e.time),
      authenticationMethod: 'Password',
      authenticationMethodDetail: 'Password Hash Sync',
      succeeded: e.errorCode !== 50126,
      authenticationStepResultDetail:
        e.errorCode === 50126 ? 'Invalid username or password.' : 'Correct password',
      authenticationStepRequirement: 'Primary authentication'
    });
  }
  if (e.mfa) {
    steps.push({
      authenticationStepDateTime: isoSeconds(e.time),
      authenticationMethod: e.mfa.method,
      authenticationMethodDetail: e.mfa.detail ?? null,
      succeeded: e.mfa.succeeded,
      authenticationStepResultDetail: e.mfa.resultDetail,
      authenticationStepRequirement: 'Multifactor authentication'
    });
  }
  return steps;
}

/**
 * One Graph `signIn`. The event model: time, id, correlationId, user {id, upn, displayName,
 * userType}, app and resource {id, name}, ip, place (a CITIES entry), result, errorCode,
 * failureReason, additionalDetails, clientApp, client (a CLIENTS entry), deviceId, compliant,
 * managed, joinType, authRequirement, mfa {method, detail, succeeded, resultDetail} or null,
 * caStatus, interactive, risk {level, types} or undefined.
 */
export function graphSignIn(e) {
  return {
    id: e.id,
    createdDateTime: isoSeconds(e.time),
    userDisplayName: e.user.displayName,
    userPrincipalName: e.user.upn,
    userId: e.user.id,
    appId: e.app.id,
    appDisplayName: e.app.name,
    ipAddress: e.ip,
    clientAppUsed: e.clientApp,
    correlationId: e.correlationId,
    conditionalAccessStatus: e.caStatus,
    isInteractive: e.interactive !== false,
    riskDetail: 'none',
    riskLevelAggregated: e.risk?.level ?? 'none',
    riskLevelDuringSignIn: e.risk?.level ?? 'none',
    riskState: e.risk ? 'atRisk' : 'none',
    riskEventTypes_v2: e.risk?.types ?? [],
    resourceDisplayName: e.resource.name,
    resourceId: e.resource.id,
    authenticationRequirement: e.authRequirement,
    status: {
      errorCode: e.errorCode,
      failureReason: e.result === 'success' ? 'Other.' : e.failureReason,
      additionalDetails: e.additionalDetails ?? null
    },
    deviceDetail: {
      deviceId: e.deviceId ?? '',
      displayName: e.deviceName ?? '',
      operatingSystem: e.client.os,
      browser: e.client.browser,
      isCompliant: e.compliant,
      isManaged: e.managed,
      trustType: e.joinType ?? ''
    },
    location: {
      city: e.place.city,
      state: e.place.state,
      countryOrRegion: e.place.cc,
      geoCoordinates: { altitude: null, latitude: e.place.lat, longitude: e.place.lon }
    },
    appliedConditionalAccessPolicies: [],
    authenticationDetails: authenticationDetails(e)
  };
}

export const SIGNINS_CONTEXT = 'https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns';
