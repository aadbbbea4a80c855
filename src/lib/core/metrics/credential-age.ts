/** The age of a credential: since it was last rotated, or created when never rotated. */
import { daysBetween } from '../decode/dates';
import type { Credential } from '../model';

/** Whole days from `rotated ?? created` to the as-of date; undefined when neither is known. */
export function credentialAgeDays(credential: Credential, asOf: string): number | undefined {
  const since = credential.rotated ?? credential.created;
  return since ? daysBetween(since, asOf) : undefined;
}
