/** Base64 to text without Node's Buffer: core also runs in a browser worker. */

/**
 * Decodes base64 (whitespace allowed) to UTF-8 text, or undefined when the input is not
 * base64. `atob` exists in browsers, workers and Node ≥ 16. `partial` tolerates a character
 * cut in half at the end, for a detector that decodes only the start.
 */
export function decodeBase64Text(encoded: string, partial = false): string | undefined {
  const compact = encoded.replace(/\s+/g, '');
  if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined;
  let binary: string;
  try {
    binary = atob(compact);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  try {
    return new TextDecoder('utf-8', { fatal: !partial }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}
