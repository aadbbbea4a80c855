/**
 * One Entra sign-in, whichever export it came from (Sentinel `SigninLogs`, Graph
 * `/auditLogs/signIns`, diagnostic-settings records, the portal download), as a SignInEvent.
 * The readers of each format fill `SignInFields`; the rules live here once.
 */
import { readDate } from '../../decode/dates';
import { list, num, obj, prop, text } from '../../decode/values';
import type { SignInEvent } from '../../model';
import { recordId } from '../../model';
import { isGuid, objectKey, servicePrincipalId, userId } from './ids';

export interface SignInFields {
  id?: string;
  correlationId?: string;
  /** When the sign-in happened (createdDateTime); `loggedTime` when only that is known. */
  time?: unknown;
  loggedTime?: unknown;
  userId?: string;
  upn?: string;
  userName?: string;
  servicePrincipalId?: string;
  servicePrincipalName?: string;
  ip?: string;
  /** A Graph `location` / Sentinel `LocationDetails` object (or its JSON text). */
  location?: unknown;
  /** "City, State, CC" (portal) or a bare country code (Sentinel `Location`). */
  locationText?: string;
  latitude?: unknown;
  longitude?: unknown;
  errorCode?: unknown;
  /** Success / Failure / Interrupted, as the portal writes it. */
  statusText?: string;
  app?: string;
  clientApp?: string;
  protocol?: string;
  userAgent?: string;
  authenticationRequirement?: string;
  /** `authenticationDetails` steps (array, or its JSON text). */
  authenticationDetails?: unknown;
  /** `mfaDetail` object (or its JSON text). */
  mfaDetail?: unknown;
  /** The portal's "Multifactor authentication result" sentence. */
  mfaResultText?: string;
  operation?: string;
}

/**
 * Error codes of sign-ins Entra stops to ask for something (MFA, registration, "stay signed
 * in", a password change) rather than refuse: the portal shows them as "Interrupted".
 */
const INTERRUPTS = new Set([50074, 50076, 50072, 50079, 50125, 50140]);

/** A nested column: an object or array, or the JSON text Log Analytics CSVs hold instead. */
export function nested(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const t = value.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

function resultOf(f: SignInFields): { result?: SignInEvent['result']; code?: number } {
  const status = f.statusText?.toLowerCase();
  const code = num(f.errorCode);
  if (status === 'success' || status === 'failure' || status === 'interrupted') {
    return { result: status, code };
  }
  if (code === undefined) return {};
  if (code === 0) return { result: 'success', code };
  return { result: INTERRUPTS.has(code) ? 'interrupted' : 'failure', code };
}

/** What the MFA step did, from the words Entra writes, then from the requirement. */
export function mfaResultOf(
  f: SignInFields,
  result: SignInEvent['result']
): SignInEvent['mfaResult'] {
  const details = list<unknown>(nested(f.authenticationDetails));
  const words = [
    f.mfaResultText,
    ...details.map((d) => text(prop(d, 'authenticationStepResultDetail'))),
    text(prop(nested(f.mfaDetail), 'authDetail'))
  ]
    .filter((w): w is string => w !== undefined)
    .join(' ')
    .toLowerCase();
  if (/satisf|successfully completed|completed in the cloud/.test(words)) return 'satisfied';
  if (/denied|declined|fraud|rejected/.test(words)) return 'denied';
  if (/timed out|timeout|did not respond|no response/.test(words)) return 'timeout';
  const requirement = f.authenticationRequirement?.toLowerCase().replace(/[^a-z]/g, '');
  if (requirement === 'singlefactorauthentication') return 'not-required';
  if (requirement === 'multifactorauthentication')
    return result === 'success' ? 'satisfied' : 'unknown';
  return undefined;
}

function place(f: SignInFields): Pick<SignInEvent, 'country' | 'city' | 'lat' | 'lon'> {
  const details = obj(nested(f.location) ?? f.location);
  const out: Pick<SignInEvent, 'country' | 'city' | 'lat' | 'lon'> = {};
  const country = text(prop(details, 'countryOrRegion'));
  const city = text(prop(details, 'city'));
  const geo = obj(prop(details, 'geoCoordinates'));
  const lat = num(prop(geo, 'latitude')) ?? (details ? undefined : num(f.latitude));
  const lon = num(prop(geo, 'longitude')) ?? (details ? undefined : num(f.longitude));
  if (country) out.country = country;
  if (city) out.city = city;
  if (!country && f.locationText) {
    const parts = f.locationText
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length > 0) out.country = parts[parts.length - 1];
    if (parts.length > 1) out.city = parts[0];
  }
  if (lat !== undefined && lon !== undefined) Object.assign(out, { lat, lon });
  return out;
}

function actor(f: SignInFields): Pick<SignInEvent, 'actorId' | 'actorName'> {
  const out: Pick<SignInEvent, 'actorId' | 'actorName'> = {};
  if (f.userId && isGuid(f.userId)) out.actorId = userId(f.userId);
  else if (f.servicePrincipalId && isGuid(f.servicePrincipalId)) {
    out.actorId = servicePrincipalId(f.servicePrincipalId);
  }
  const name = f.upn ?? f.userName ?? f.servicePrincipalName;
  if (name) out.actorName = name;
  return out;
}

export type SignInResult =
  { event: SignInEvent } | { rejected: { column: string; reason: string } };

/** The SignInEvent of one record, or why it cannot be one. */
export function signInEvent(f: SignInFields): SignInResult {
  const when = readDate(f.time ?? f.loggedTime);
  if (!('iso' in when)) {
    return { rejected: { column: 'createdDateTime', reason: 'no readable sign-in time' } };
  }
  const native = f.id ?? (f.correlationId ? `${f.correlationId}@${when.iso}` : undefined);
  if (!native) return { rejected: { column: 'id', reason: 'no sign-in (request) id' } };
  const { result, code } = resultOf(f);
  if (!result) return { rejected: { column: 'ResultType', reason: 'no result or error code' } };

  const event: SignInEvent = {
    id: recordId('entra', 'signin', isGuid(native) ? objectKey(native) : native),
    system: 'entra',
    category: 'signin',
    time: when.iso,
    result,
    ...actor(f),
    ...place(f)
  };
  const mfa = mfaResultOf(f, result);
  if (mfa) event.mfaResult = mfa;
  if (code !== undefined) event.errorCode = String(code);
  if (f.ip) event.ip = f.ip;
  if (f.app) event.app = f.app;
  if (f.clientApp) event.clientApp = f.clientApp;
  if (f.protocol) event.protocol = f.protocol;
  if (f.userAgent) event.userAgent = f.userAgent;
  if (f.operation) event.operation = f.operation;
  return { event };
}

/** Joins two records of one sign-in (Log Analytics may hold a sign-in twice): first wins. */
export function mergeSignIns(first: SignInEvent, second: SignInEvent): SignInEvent {
  const merged = { ...second } as Record<string, unknown>;
  for (const [key, value] of Object.entries(first)) if (value !== undefined) merged[key] = value;
  return merged as SignInEvent;
}
