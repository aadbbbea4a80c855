import { describe, expect, it } from 'vitest';
import { oktaImporters } from '$lib/core/importers/okta';
import { detectorsAccepting, realExports } from '../helpers';

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
