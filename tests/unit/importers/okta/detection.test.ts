import { describe, expect, it } from 'vitest';
import { readJson } from '$lib/core/import/json';
import { oktaImporters } from '$lib/core/importers/okta';
import { IMPORTERS } from '$lib/core/importers/registry';
import { detectorsAccepting, readFixture, realExports } from '../helpers';

const EXPECTED: Record<string, string[]> = {
  'tfokta_TestAccDataSourceOktaUsers_read_classic-00_id12_api_v1_users.json': ['okta-users-json'],
  'tfokta_TestAccDataSourceOktaUsers_read_oie-00_id13_api_v1_users.json': ['okta-users-json'],
  'tfokta_TestAccResourceOktaUserAdminRoles_crud_classic-00_id11_api_v1_users_roles.json': [
    'okta-admin-roles'
  ]
};

describe('okta detectors across every real export', () => {
  for (const real of realExports()) {
    const expected = EXPECTED[real.file] ?? [];
    it(`detect(${real.folder}/${real.file}) is accepted by [${expected.join(', ')}] only`, () => {
      expect(detectorsAccepting(oktaImporters, real)).toEqual(expected);
    });
  }
});

describe('every detector on the Okta System Log fixtures', () => {
  for (const file of ['system-log.json', 'system-log.ndjson']) {
    it(`detect(okta/${file}) is accepted by [okta-system-log] only`, () => {
      const read = readJson(readFixture('okta', file));
      if (!read.ok) throw new Error(`${file} is unreadable at line ${read.line}`);
      const accepting = IMPORTERS.filter(
        (imp) => imp.input === 'json' && imp.detect(read.value) !== null
      ).map((imp) => imp.id);
      expect(accepting).toEqual(['okta-system-log']);
    });
  }
});
