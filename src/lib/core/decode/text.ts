/**
 * Bytes to text. Real exports arrive as UTF-8 with or without a BOM, UTF-16 (Windows
 * PowerShell 5.1's `Export-Csv` default is UTF-16 LE in some setups), or Windows-1252 from
 * spreadsheets re-saved on Windows.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Guesses the encoding from the BOM, NUL-byte patterns, then UTF-8 validity. */
export function sniffEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';

  // UTF-16 without a BOM: ASCII text has a NUL in every other byte.
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const half = sample.length / 2;
  if (oddNul > half * 0.4 && evenNul < half * 0.05) return 'utf-16le';
  if (evenNul > half * 0.4 && oddNul < half * 0.05) return 'utf-16be';

  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decodes a file's bytes to a string without its BOM. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  // Plain UTF-8 is by far the most common: one strict decode both checks and converts it.
  if (bytes[0] !== 0xff && bytes[0] !== 0xfe && !(bytes[0] === 0 || bytes[1] === 0)) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
    } catch {
      // Not UTF-8: sniff below.
    }
  }
  const encoding = sniffEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}

/** True when the bytes look like binary data rather than text (NULs outside UTF-16). */
export function looksBinary(bytes: Uint8Array, encoding: Encoding): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.05;
}
