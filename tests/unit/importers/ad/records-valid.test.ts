import { describe, expect, it } from 'vitest';
import { adImporters } from '$lib/core/importers/ad';
import { googleImporters } from '$lib/core/importers/google';
import { oktaImporters } from '$lib/core/importers/okta';
import type { ImportOutput, Importer } from '$lib/core/importers/types';
import { RECORD_KINDS, RECORD_SCHEMAS } from '$lib/core/model';
import { readFixture, readRealExport, runJson, runTable } from '../helpers';

const MINE = [...oktaImporters, ...googleImporters, ...adImporters];
const byId = (id: string) => MINE.find((i) => i.id === id) as Importer;

const FILES: [string, string, string][] = [
  [
    'real:06_okta_users',
    'tfokta_TestAccDataSourceOktaUsers_read_classic-00_id12_api_v1_users.json',
    'okta-users-json'
  ],
  [
    'real:06_okta_users',
    'tfokta_TestAccResourceOktaUserAdminRoles_crud_classic-00_id11_api_v1_users_roles.json',
    'okta-admin-roles'
  ],
  ['real:08_active_directory', 'bloodhound_v6_all_users.json', 'sharphound-users'],
  ['okta', 'users-password-health.csv', 'okta-users-csv'],
  ['okta', 'users-api.csv', 'okta-users-csv'],
  ['okta', 'factors-wrapped.json', 'okta-factors'],
  ['okta', 'roles-mixed.json', 'okta-admin-roles'],
  ['google', 'users-download.csv', 'google-users-csv'],
  ['google', 'users-list.json', 'google-users-json'],
  ['ad', 'users-ps51.csv', 'ad-users-csv'],
  ['ad', 'users-ps7.csv', 'ad-users-csv'],
  ['ad', 'group-members.csv', 'ad-group-members-csv'],
  ['ad', 'sharphound-groups.json', 'sharphound-groups'],
  ['ad', 'sharphound-computers.json', 'sharphound-computers'],
  ['ad', 'sharphound-users-roast.json', 'sharphound-users']
];

function run(where: string, file: string, importer: Importer): ImportOutput {
  const text = where.startsWith('real:')
    ? readRealExport(where.slice(5), file)
    : readFixture(where, file);
  return importer.input === 'table'
    ? runTable(importer, text)
    : runJson(importer, JSON.parse(text) as unknown);
}

describe('every record the Okta, Google and AD importers produce passes the model schemas', () => {
  for (const [where, file, id] of FILES) {
    it(`${id}.parse(${where}/${file}) yields only valid records`, () => {
      const out = run(where, file, byId(id));
      const problems: string[] = [];
      for (const kind of RECORD_KINDS) {
        for (const record of out.records[kind] as unknown[]) {
          const result = RECORD_SCHEMAS[kind].safeParse(record);
          if (!result.success) problems.push(`${kind}: ${result.error.issues[0].message}`);
        }
      }
      expect(problems).toEqual([]);
      expect(RECORD_KINDS.some((k) => out.records[k].length > 0)).toBe(true);
    });
  }
});
