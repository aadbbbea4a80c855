/** IAM conditions on a binding: only an expiry is read, other conditions are kept as notes. */
import { isoOrUndefined } from '../../decode/dates';

/**
 * The expiry of a condition expression such as `request.time < timestamp("2021-01-01T00:00:00Z")`
 * (the form the console writes for temporary access), or undefined when it has none.
 */
export function conditionExpiry(expression: string): string | undefined {
  const match = /request\.time\s*<=?\s*timestamp\(\s*["']([^"']+)["']\s*\)/.exec(expression);
  return match ? isoOrUndefined(match[1]) : undefined;
}
