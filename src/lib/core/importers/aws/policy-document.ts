/** IAM policy documents as the exports hold them. */

/**
 * A policy document as an object. The IAM API returns documents URL-encoded (RFC 3986) inside
 * strings; the CLI and SDKs usually decode them, but saved raw responses and some tools keep
 * the string. Returns undefined when the text is not a JSON document, encoded or not.
 */
export function decodePolicyDocument(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  // Plain JSON starts with a brace; anything else is tried URL-decoded first, which spares a
  // failing JSON.parse on every encoded document of a large account.
  const attempts = [text];
  if (!text.startsWith('{') && /%[0-9a-f]{2}/i.test(text)) {
    try {
      attempts.unshift(decodeURIComponent(text));
    } catch {
      // Malformed escapes: only the text as it is can be tried.
    }
  }
  for (const attempt of attempts) {
    try {
      const parsed: unknown = JSON.parse(attempt);
      if (parsed !== null && typeof parsed === 'object') return parsed;
    } catch {
      // Not JSON in this form; try the next.
    }
  }
  return undefined;
}
