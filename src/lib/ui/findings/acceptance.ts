/** Accepting a finding and withdrawing the acceptance: one document per rule (SPEC §7). */
import type { Acceptance } from '$lib/core/findings/types';
import { deleteDoc, putDoc } from '$lib/db/docs';

const key = (ruleId: string) => `accept:${ruleId}`;

/** The day after `iso`, as YYYY-MM-DD: the earliest expiry an acceptance may have. */
export function dayAfter(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Why an acceptance cannot be saved, or null when it can. The expiry must fall after the
 * as-of date, because the analysis ignores acceptances that lapsed before it.
 */
export function acceptanceProblem(reason: string, expires: string, asOf: string): string | null {
  if (reason.trim() === '') return 'Give the reason the risk is accepted.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(expires)) return 'Choose the date the acceptance expires.';
  if (expires <= asOf.slice(0, 10)) {
    return `The expiry must be after the as-of date (${asOf.slice(0, 10)}).`;
  }
  return null;
}

/** Saves the acceptance of a rule's finding, valid through the end of day `expires` (UTC). */
export async function acceptFinding(
  assessmentId: string,
  ruleId: string,
  reason: string,
  expires: string
): Promise<void> {
  const value: Acceptance = {
    ruleId,
    reason: reason.trim(),
    expires: `${expires}T23:59:59.000Z`,
    acceptedAt: new Date().toISOString()
  };
  await putDoc(assessmentId, key(ruleId), value);
}

/** Removes the acceptance of a rule's finding. */
export async function withdrawAcceptance(assessmentId: string, ruleId: string): Promise<void> {
  await deleteDoc(assessmentId, key(ruleId));
}
