/**
 * Permanent or eligible, and for how long, for the several Graph shapes of a role assignment.
 * An assignment schedule always carries `assignmentType`; eligibility objects never do.
 */
import { isoOrUndefined } from '../../decode/dates';
import { obj, prop, text } from '../../decode/values';
import type { Assignment } from '../../model';

/**
 * `Activated` is an eligible assignment switched on for a while through PIM: the standing
 * privilege is the eligibility, so it counts as eligible, not as a permanent holding.
 */
export function assignmentType(item: Record<string, unknown>, context: string): Assignment['type'] {
  const declared = text(prop(item, 'assignmentType'))?.toLowerCase();
  if (declared === 'activated') return 'eligible';
  if (declared === 'assigned') return 'permanent';
  const odataType = text(prop(item, '@odata.type'))?.toLowerCase() ?? '';
  if (odataType.includes('eligibility') || context.includes('roleeligibility')) return 'eligible';
  if (prop(item, 'roleEligibilityScheduleId') !== undefined) return 'eligible';
  // PIM objects without an assignmentType are eligibilities (a bare array has no context).
  if (prop(item, 'memberType') !== undefined || prop(item, 'scheduleInfo') !== undefined) {
    return 'eligible';
  }
  return 'permanent';
}

/** Start and end of an assignment: instances carry them flat, schedules in `scheduleInfo`. */
export function assignmentWindow(item: Record<string, unknown>): Pick<Assignment, 'start' | 'end'> {
  const schedule = obj(prop(item, 'scheduleInfo'));
  const start = isoOrUndefined(prop(item, 'startDateTime') ?? prop(schedule, 'startDateTime'));
  const end = isoOrUndefined(
    prop(item, 'endDateTime') ?? prop(obj(prop(schedule, 'expiration')), 'endDateTime')
  );
  const span: Pick<Assignment, 'start' | 'end'> = {};
  if (start) span.start = start;
  if (end) span.end = end;
  return span;
}
