/**
 * One Entra directory audit record (Graph `directoryAudit`, a diagnostic-settings `AuditLogs`
 * record's `properties`, or a Sentinel `AuditLogs` row saved as JSON) as an audit event.
 */
import { readDate } from '../../decode/dates';
import { obj, prop, text } from '../../decode/values';
import type { SignInEvent } from '../../model';
import { recordId } from '../../model';
import { isIpAddress } from '../aws/ip';
import { auditTargetOf } from './audit-target';
import { isGuid, objectKey, servicePrincipalId, userId } from './ids';
import { nested } from './signin-event';

export type AuditRead =
  | { event: SignInEvent }
  | { rejected: { column: string; reason: string } }
  /** A readable record whose result says neither success nor failure (unknownFutureValue). */
  | { noResult: string };

/** The parts of a record: the audit fields, and the diagnostic envelope around them if any. */
export interface AuditRecord {
  audit: Record<string, unknown>;
  envelope?: Record<string, unknown>;
}

function str(value: unknown, ...names: string[]): string | undefined {
  return text(prop(value, ...names));
}

/**
 * `result` as Graph documents it (success, failure, timeout, unknownFutureValue); the envelope's
 * `resultType` (Success, Failure) when the properties have none. A timeout did not complete the
 * change, so it counts as a failure.
 */
function resultOf(r: AuditRecord): { result?: SignInEvent['result']; stated?: string } {
  const stated = str(r.audit, 'result') ?? str(r.envelope, 'resultType');
  switch (stated?.toLowerCase()) {
    case 'success':
      return { result: 'success', stated };
    case 'failure':
    case 'timeout':
      return { result: 'failure', stated };
    default:
      return { stated };
  }
}

/** Who did it: a user (linked to the users import by object id) or an app. */
function actorOf(initiatedBy: unknown): Pick<SignInEvent, 'actorId' | 'actorName' | 'ip'> {
  const out: Pick<SignInEvent, 'actorId' | 'actorName' | 'ip'> = {};
  const user = obj(prop(initiatedBy, 'user'));
  const app = obj(prop(initiatedBy, 'app'));
  const id = str(user, 'id');
  const spId = str(app, 'servicePrincipalId');
  if (id && isGuid(id)) out.actorId = userId(id);
  else if (spId && isGuid(spId)) out.actorId = servicePrincipalId(spId);
  const name =
    str(user, 'userPrincipalName') ??
    str(user, 'displayName') ??
    str(app, 'displayName') ??
    str(app, 'servicePrincipalName') ??
    str(app, 'appId');
  if (name) out.actorName = name;
  const ip = str(user, 'ipAddress') ?? str(app, 'ipAddress');
  if (ip && isIpAddress(ip)) out.ip = ip;
  return out;
}

/** The native id: `id`, else the correlation id, activity and time together. */
function nativeIdOf(r: AuditRecord, iso: string, activity: string): string | undefined {
  const id = str(r.audit, 'id');
  if (id) return isGuid(id) ? objectKey(id) : id;
  const correlation = str(r.audit, 'correlationId') ?? str(r.envelope, 'correlationId');
  return correlation ? `${objectKey(correlation)}|${activity}@${iso}` : undefined;
}

/** Reads one audit record, or says why it cannot be an event. */
export function entraAuditEvent(r: AuditRecord): AuditRead {
  const when = readDate(prop(r.audit, 'activityDateTime') ?? prop(r.envelope, 'time'));
  if (!('iso' in when)) {
    return { rejected: { column: 'activityDateTime', reason: 'no readable activityDateTime' } };
  }
  const activity = str(r.audit, 'activityDisplayName') ?? str(r.envelope, 'operationName');
  if (!activity) {
    return { rejected: { column: 'activityDisplayName', reason: 'no activityDisplayName' } };
  }
  const native = nativeIdOf(r, when.iso, activity);
  if (!native) return { rejected: { column: 'id', reason: 'no id or correlationId' } };
  const { result, stated } = resultOf(r);
  if (!result) {
    if (stated) return { noResult: stated };
    return { rejected: { column: 'result', reason: 'no result' } };
  }

  // Sentinel JSON may hold the nested columns as their JSON text.
  const initiatedBy = nested(prop(r.audit, 'initiatedBy'));
  const event: SignInEvent = {
    id: recordId('entra', 'audit', native),
    system: 'entra',
    category: 'audit',
    time: when.iso,
    result,
    operation: activity,
    ...actorOf(initiatedBy)
  };
  if (!event.ip) {
    const caller = str(r.envelope, 'callerIpAddress');
    if (caller && isIpAddress(caller)) event.ip = caller;
  }
  // Core Directory, PIM, Self-service Password Management…: the service that logged it.
  const service = str(r.audit, 'loggedByService');
  if (service) event.app = service;
  if (result !== 'success') {
    const reason =
      str(r.audit, 'resultReason') ?? str(r.envelope, 'resultDescription') ?? stated?.toLowerCase();
    if (reason) event.errorCode = reason;
  }
  const target = auditTargetOf(activity, nested(prop(r.audit, 'targetResources')));
  if (target) event.target = target;
  return { event };
}
