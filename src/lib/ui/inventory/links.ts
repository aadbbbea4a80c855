/**
 * Addresses inside the inventory. A person is addressed through one of its accounts, because a
 * person's own id follows its first account and changes when accounts are linked or unlinked.
 * Account ids hold `/`, `#`, `?` and any script; the hash router decodes `%2F` back to `/` on
 * reload, so the id travels as base64url, which has none of those characters.
 */

/** An account id as a path segment the hash router keeps intact. */
export function encodeKey(id: string): string {
  const bytes = new TextEncoder().encode(id);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The account id a path segment carries, or undefined when it is not one of ours. */
export function decodeKey(key: string): string | undefined {
  try {
    const binary = atob(key.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The person view of the person an account belongs to. */
export function personHref(assessmentId: string, accountId: string): string {
  return `#/a/${assessmentId}/inventory/person/${encodeKey(accountId)}`;
}

/** The inventory's own pages, for its sub-navigation. */
export function inventoryHref(assessmentId: string, page: '' | 'people' | 'non-human'): string {
  return `#/a/${assessmentId}/inventory${page ? '/' + page : ''}`;
}
