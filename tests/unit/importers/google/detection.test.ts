import { describe, expect, it } from 'vitest';
import { googleImporters } from '$lib/core/importers/google';
import { detectorsAccepting, realExports } from '../helpers';

describe('google detectors across every real export', () => {
  for (const real of realExports()) {
    it(`detect(${real.folder}/${real.file}) is accepted by no Google importer`, () => {
      expect(detectorsAccepting(googleImporters, real)).toEqual([]);
    });
  }
});
