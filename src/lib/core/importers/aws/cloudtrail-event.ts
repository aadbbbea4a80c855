/** One CloudTrail event (the `Records` item, or a LookupEvents `CloudTrailEvent`) as an event. */
import { isoOrUndefined } from '../../decode/dates';
import { list, obj, prop, text } from '../../decode/values';
import type { SignInEvent } from '../../model';
import { recordId } from '../../model';
import { awsUserId } from './arn';
import { isIpAddress } from './ip';

/** Identity types whose ARN is the ARN the credential report gives the account. */
const ACCOUNT_IDENTITIES = new Set(['IAMUser', 'Root']);

/** What an IAM or STS call acted upon, for audit events (the user granted a policy…). */
function targetOf(raw: Record<string, unknown>): string | undefined {
  const request = obj(prop(raw, 'requestParameters'));
  for (const key of ['userName', 'roleName', 'groupName', 'policyArn', 'instanceProfileName']) {
    const value = text(prop(request, key));
    if (value) return value;
  }
  const resource = obj(list(prop(raw, 'resources'))[0]);
  return text(prop(resource, 'ARN'));
}

/** Failure as CloudTrail says it: an error code or message, or a failed console login. */
function failed(raw: Record<string, unknown>): boolean {
  if (text(prop(raw, 'errorCode')) || text(prop(raw, 'errorMessage'))) return true;
  return text(prop(prop(raw, 'responseElements'), 'ConsoleLogin')) === 'Failure';
}

/**
 * `MFAUsed` is the string `Yes` or `No` on console logins. A failed login that did not use MFA
 * may have failed at the password, before MFA was asked: unknown rather than not required.
 */
function mfaResultOf(raw: Record<string, unknown>, failure: boolean): SignInEvent['mfaResult'] {
  const used = text(prop(prop(raw, 'additionalEventData'), 'MFAUsed'))?.toLowerCase();
  if (used === 'yes') return 'satisfied';
  if (used === 'no') return failure ? 'unknown' : 'not-required';
  return undefined;
}

/** Maps one raw CloudTrail event, or says why it cannot. `fallback` fills a missing id. */
export function cloudTrailEvent(
  raw: Record<string, unknown>,
  fallback: string
): SignInEvent | { reason: string } {
  const time = isoOrUndefined(prop(raw, 'eventTime'));
  if (!time) return { reason: 'no readable eventTime' };
  const name = text(prop(raw, 'eventName'));
  const identity = obj(prop(raw, 'userIdentity'));
  const identityType = text(prop(identity, 'type'));
  const arn = text(prop(identity, 'arn'));
  const failure = failed(raw);
  const signin = name === 'ConsoleLogin';

  const event: SignInEvent = {
    id: recordId('aws', 'event', text(prop(raw, 'eventID')) ?? fallback),
    system: 'aws',
    category: signin ? 'signin' : 'audit',
    time,
    result: failure ? 'failure' : 'success'
  };
  if (arn && identityType && ACCOUNT_IDENTITIES.has(identityType)) event.actorId = awsUserId(arn);
  const actorName = text(prop(identity, 'userName')) ?? arn ?? text(prop(identity, 'invokedBy'));
  if (actorName) event.actorName = actorName;
  const source = text(prop(raw, 'sourceIPAddress'));
  if (source && isIpAddress(source)) event.ip = source;
  if (signin) event.mfaResult = mfaResultOf(raw, failure);
  const app = text(prop(raw, 'eventSource'));
  if (app) event.app = app;
  const userAgent = text(prop(raw, 'userAgent'));
  if (userAgent) event.userAgent = userAgent;
  if (name) event.operation = name;
  const errorCode =
    text(prop(raw, 'errorCode')) ?? (failure ? text(prop(raw, 'errorMessage')) : undefined);
  if (errorCode) event.errorCode = errorCode;
  const target = targetOf(raw);
  if (target) event.target = target;
  if (event.mfaResult === undefined) delete event.mfaResult;
  return event;
}
