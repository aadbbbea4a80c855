/** Storage failures a user must hear about in words. */

/** True when the browser refused a write because the disk or the origin's quota is full. */
export function isQuotaError(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && depth < 4; depth++) {
    const name = (e as { name?: string }).name;
    if (name === 'QuotaExceededError') return true;
    if (/quota/i.test((e as { message?: string }).message ?? '')) return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

/** A sentence for a failed storage operation; never a stack trace. */
export function describeStorageError(error: unknown, action: string): string {
  if (isQuotaError(error)) {
    return `The browser's storage is full, so ${action} did not happen and nothing was changed. Delete old assessments or free disk space, then try again.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `${action[0].toUpperCase()}${action.slice(1)} failed and nothing was changed (${message}).`;
}
