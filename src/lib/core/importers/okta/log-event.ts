/** One Okta System Log `LogEvent` (`GET /api/v1/logs`) as an event record. */
import { readDate } from '../../decode/dates';
import { list, num, obj, text } from '../../decode/values';
import type { SignInEvent } from '../../model';
import { recordId } from '../../model';
import { isIpAddress } from '../aws/ip';
import { isSignInType, mfaResultOf, resultOf } from './log-outcome';
import { oktaUserId } from './user-account';

/** Okta user ids start with `00u`; failed sign-ins of unknown logins carry the id `unknown`. */
const OKTA_USER_ID = /^00u[0-9A-Za-z]+$/;

/** Debug data keys that describe how a push was answered (`OV_RESPONSE_DENY`…). */
const PUSH_ANSWER_KEYS = ['pushOnlyResponseType', 'pushWithNumberChallengeResponseType'];

export type LogEventRead =
  | { event: SignInEvent }
  | { rejected: { column: string; reason: string } }
  /** A readable event whose outcome says neither success nor failure (SKIPPED, UNKNOWN). */
  | { noResult: string };

/**
 * The value at a path of keys (`client`, `userAgent`, `rawUserAgent`). Okta writes its keys in
 * one spelling, so they are read as written: `prop`'s case-insensitive search of absent keys
 * (most debug data keys are absent) would cost more than the rest of the event. The detector
 * reads the same spelling, so a file with other casing is not half read.
 */
function at(value: unknown, ...path: string[]): unknown {
  let v = value;
  for (const key of path) v = obj(v)?.[key];
  return v;
}

function str(value: unknown, ...path: string[]): string | undefined {
  return text(at(value, ...path));
}

function actorOf(raw: unknown): Pick<SignInEvent, 'actorId' | 'actorName'> {
  const actor = obj(at(raw, 'actor'));
  const out: Pick<SignInEvent, 'actorId' | 'actorName'> = {};
  const id = str(actor, 'id');
  if (str(actor, 'type') === 'User' && id && OKTA_USER_ID.test(id)) out.actorId = oktaUserId(id);
  // For users `alternateId` is the login, the name the rest of the workbook knows them by.
  const alternate = str(actor, 'alternateId');
  const name = alternate && alternate !== 'unknown' ? alternate : str(actor, 'displayName');
  if (name) out.actorName = name;
  return out;
}

/** The caller's address: `client.ipAddress`, else the first hop of `request.ipChain`. */
function ipOf(raw: unknown): string | undefined {
  const candidates = [
    str(raw, 'client', 'ipAddress'),
    str(obj(list(at(raw, 'request', 'ipChain'))[0]), 'ip')
  ];
  return candidates.find((ip): ip is string => ip !== undefined && isIpAddress(ip));
}

function placeOf(raw: unknown): Pick<SignInEvent, 'country' | 'city' | 'lat' | 'lon'> {
  const geo = obj(at(raw, 'client', 'geographicalContext'));
  const out: Pick<SignInEvent, 'country' | 'city' | 'lat' | 'lon'> = {};
  const country = str(geo, 'country');
  const city = str(geo, 'city');
  if (country) out.country = country;
  if (city) out.city = city;
  const lat = num(at(geo, 'geolocation', 'lat'));
  const lon = num(at(geo, 'geolocation', 'lon'));
  if (lat !== undefined && lon !== undefined) Object.assign(out, { lat, lon });
  return out;
}

function targetsOf(raw: unknown): Record<string, unknown>[] {
  return list(at(raw, 'target'))
    .map((t) => obj(t))
    .filter((t): t is Record<string, unknown> => t !== undefined);
}

function nameOf(target: Record<string, unknown>): string | undefined {
  const alternate = str(target, 'alternateId');
  return alternate && alternate !== 'unknown' ? alternate : str(target, 'displayName');
}

/**
 * What an audit event acted upon: the user or group it names first, with the privilege granted
 * when the event says which (`detailEntry.privilegeGranted`, or the same key in debug data).
 */
function targetOf(targets: Record<string, unknown>[], debug: unknown): string | undefined {
  const main =
    targets.find((t) => ['User', 'UserGroup'].includes(str(t, 'type') ?? '')) ?? targets[0];
  const name = main ? nameOf(main) : undefined;
  const privilege = str(main, 'detailEntry', 'privilegeGranted') ?? str(debug, 'privilegeGranted');
  if (name && privilege) return `${name} (${privilege})`;
  return name;
}

/** The app of a sign-in: the `AppInstance` target of an SSO event. */
function appOf(targets: Record<string, unknown>[]): string | undefined {
  const app = targets.find((t) => str(t, 'type') === 'AppInstance');
  return app ? (str(app, 'displayName') ?? str(app, 'alternateId')) : undefined;
}

/** Reads one LogEvent; `fallbackId` keys an event without `uuid` (never seen in real logs). */
export function oktaLogEvent(raw: Record<string, unknown>, fallbackId: string): LogEventRead {
  const when = readDate(raw.published);
  if (!('iso' in when)) {
    return { rejected: { column: 'published', reason: 'no readable published time' } };
  }
  const eventType = str(raw, 'eventType');
  if (!eventType) return { rejected: { column: 'eventType', reason: 'no eventType' } };
  const outcome = str(raw, 'outcome', 'result');
  const stated = resultOf(outcome);
  // A refused push is a failed step of the sign-in, whatever outcome Okta wrote for it.
  const result = eventType === 'user.mfa.okta_verify.deny_push' ? 'failure' : stated;
  if (!result) {
    if (outcome) return { noResult: outcome.toUpperCase() };
    return { rejected: { column: 'outcome.result', reason: 'no outcome.result' } };
  }

  const signin = isSignInType(eventType);
  const debug = obj(at(raw, 'debugContext', 'debugData'));
  const reason = str(raw, 'outcome', 'reason');
  const targets = targetsOf(raw);
  const event: SignInEvent = {
    id: recordId('okta', 'event', str(raw, 'uuid') ?? fallbackId),
    system: 'okta',
    category: signin ? 'signin' : 'audit',
    time: when.iso,
    result,
    operation: eventType,
    ...actorOf(raw),
    ...placeOf(raw)
  };

  const credentialType = str(raw, 'authenticationContext', 'credentialType');
  const words = [reason, ...PUSH_ANSWER_KEYS.map((k) => str(debug, k))].filter(Boolean).join(' ');
  const mfa = signin
    ? mfaResultOf({ eventType, result, words, factor: str(debug, 'factor'), credentialType })
    : undefined;
  if (mfa) event.mfaResult = mfa;
  if (reason && result !== 'success') event.errorCode = reason;
  const ip = ipOf(raw);
  if (ip) event.ip = ip;
  const userAgent = str(raw, 'client', 'userAgent', 'rawUserAgent');
  if (userAgent && userAgent.toUpperCase() !== 'UNKNOWN') event.userAgent = userAgent;
  // `interface` names a non-browser client (Outlook, Office365, IMAP): the legacy-auth signal.
  const clientApp = str(raw, 'authenticationContext', 'interface');
  if (clientApp) event.clientApp = clientApp;
  // PASSWORD, OTP, SMS, ASSERTION (SAML), IWA, OAUTH2…: how the actor proved who they were.
  if (credentialType) event.protocol = credentialType;
  const app = appOf(targets);
  if (app) event.app = app;
  if (!signin) {
    const target = targetOf(targets, debug);
    if (target) event.target = target;
  }
  return { event };
}
