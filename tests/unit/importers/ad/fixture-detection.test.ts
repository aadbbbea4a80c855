import { describe, expect, it } from 'vitest';
import { adImporters } from '$lib/core/importers/ad';
import { googleImporters } from '$lib/core/importers/google';
import { oktaImporters } from '$lib/core/importers/okta';
import { csvHeader, detectorsAccepting, readFixture } from '../helpers';

const MINE = [...oktaImporters, ...googleImporters, ...adImporters];

/** Each fixture of the Okta, Google and AD areas, and the one importer meant to take it. */
const FIXTURES: [string, string, string][] = [
  ['okta', 'users-password-health.csv', 'okta-users-csv'],
  ['okta', 'users-api.csv', 'okta-users-csv'],
  ['okta', 'factors-single.json', 'okta-factors'],
  ['okta', 'factors-no-links.json', 'okta-factors'],
  ['okta', 'factors-wrapped.json', 'okta-factors'],
  ['okta', 'factors-by-user.json', 'okta-factors'],
  ['okta', 'roles-mixed.json', 'okta-admin-roles'],
  ['google', 'users-download.csv', 'google-users-csv'],
  ['google', 'users-download-2025.csv', 'google-users-csv'],
  ['google', 'users-list.json', 'google-users-json'],
  ['ad', 'users-ps51.csv', 'ad-users-csv'],
  ['ad', 'users-ps7.csv', 'ad-users-csv'],
  ['ad', 'group-members.csv', 'ad-group-members-csv'],
  ['ad', 'group-members-prefixed.csv', 'ad-group-members-csv'],
  ['ad', 'group-members-no-group.csv', 'ad-group-members-csv'],
  ['ad', 'sharphound-groups.json', 'sharphound-groups'],
  ['ad', 'sharphound-computers.json', 'sharphound-computers'],
  ['ad', 'sharphound-users-roast.json', 'sharphound-users']
];

describe('detectors of the Okta, Google and AD importers on each other’s fixtures', () => {
  for (const [area, file, id] of FIXTURES) {
    it(`detect(${area}/${file}) is accepted by ${id} only`, () => {
      const text = readFixture(area, file);
      const real = file.endsWith('.csv')
        ? { folder: area, file, header: csvHeader(text) }
        : { folder: area, file, json: JSON.parse(text) as unknown };
      expect(detectorsAccepting(MINE, real)).toEqual([id]);
    });
  }
});
