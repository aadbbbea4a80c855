import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES, prepareFile } from '../../../src/lib/core/import/prepare';

const csv = (rows: number) =>
  new TextEncoder().encode(
    'id,userPrincipalName\n' +
      Array.from({ length: rows }, (_, i) => `id${i},u${i}@corp.example`).join('\n')
  );

describe('prepareFile size limit', () => {
  it('MAX_TEXT_BYTES stays under the 2^29 - 24 characters a browser string can hold', () => {
    expect(MAX_TEXT_BYTES).toBeLessThan(2 ** 29 - 24);
  });

  it('prepareFile(name, bytes over the limit) refuses the file with its size, not as "empty"', () => {
    const bytes = csv(100);
    const [result] = prepareFile('signins.csv', bytes, undefined, bytes.length - 1);
    expect(result).toEqual({
      ok: false,
      name: 'signins.csv',
      message: expect.stringMatching(
        /^signins\.csv is 0 MB, more than this version can read in one piece \(0 MB\).*Split the export/
      )
    });
  });

  it('prepareFile(name, bytes at the limit) reads the file', () => {
    const bytes = csv(100);
    expect(prepareFile('users.csv', bytes, undefined, bytes.length)[0].ok).toBe(true);
  });
});
