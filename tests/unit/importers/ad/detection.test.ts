import { describe, expect, it } from 'vitest';
import { adImporters } from '$lib/core/importers/ad';
import { detectorsAccepting, realExports } from '../helpers';

const EXPECTED: Record<string, string[]> = {
  'bloodhound_v6_all_users.json': ['sharphound-users']
};

describe('ad detectors across every real export', () => {
  for (const real of realExports()) {
    const expected = EXPECTED[real.file] ?? [];
    it(`detect(${real.folder}/${real.file}) is accepted by [${expected.join(', ')}] only`, () => {
      expect(detectorsAccepting(adImporters, real)).toEqual(expected);
    });
  }
});
