import { describe, expect, it } from 'vitest';
import { detectOktaUsersCsv, oktaUsersCsv } from '$lib/core/importers/okta/users-csv';
import { csvHeader, readFixture, runTable } from '../helpers';

const HEALTH = readFixture('okta', 'users-password-health.csv');
const API = readFixture('okta', 'users-api.csv');

describe('okta-users-csv', () => {
  it('detectOktaUsersCsv(header) scores the password health report and the API-shaped CSV', () => {
    expect(detectOktaUsersCsv(csvHeader(HEALTH))?.confidence).toBe(0.95);
    expect(detectOktaUsersCsv(csvHeader(API))?.confidence).toBe(0.9);
    expect(detectOktaUsersCsv(['Username', 'Status'])).toBeNull();
  });

  it('oktaUsersCsv.start(report) keys users by login and warns that they will not merge', () => {
    const out = runTable(oktaUsersCsv, HEALTH);
    const [ivan, giorgos, ada, nobody] = out.records.accounts;
    expect(out.records.accounts).toHaveLength(4);
    expect(ivan).toMatchObject({
      id: 'okta:user:ivan.petrov@example.org',
      name: 'Иван Петров',
      enabled: true,
      lastSignIn: '2024-05-02T07:45:10.000Z',
      passwordLastSet: '2024-01-15T12:00:00.000Z'
    });
    expect(ivan.attrs).toMatchObject({
      authenticationSource: 'OKTA',
      activated: '2023-01-10T08:00:00.000Z'
    });
    expect(giorgos).toMatchObject({ name: 'Γιώργος Παπαδόπουλος', enabled: false });
    expect(ada).toMatchObject({ enabled: true, lastSignIn: undefined });
    expect(ada.attrs?.status).toBe('PROVISIONED');
    expect(nobody).toMatchObject({ name: 'nobody', login: 'nobody' });
    expect(out.rejected).toEqual([
      { line: 6, column: 'login', reason: 'row has neither a user id nor a login' }
    ]);
    expect(out.warnings.join(' ')).toMatch(/no Okta user id/);
  });

  it('oktaUsersCsv.start(api csv) maps statuses, user types and placeholder strings', () => {
    const out = runTable(oktaUsersCsv, API);
    const [olga, eleni, svc, staged, odd] = out.records.accounts;
    expect(olga).toMatchObject({
      id: 'okta:user:00u1cyrillic0000000x7',
      name: 'Ольга Иванова',
      kind: 'human',
      enabled: true,
      lastSignIn: '2024-06-30T21:15:00.000Z'
    });
    expect(eleni).toMatchObject({
      name: 'Ελένη Κωνσταντίνου',
      enabled: false,
      lastSignIn: undefined
    });
    expect(svc).toMatchObject({ kind: 'service', email: undefined, passwordLastSet: undefined });
    // STAGED: the lastLogin cell is ignored, the user has not finished activation.
    expect(staged).toMatchObject({ enabled: true, lastSignIn: undefined });
    expect(odd.enabled).toBeUndefined();
    expect(out.warnings.join(' ')).toMatch(/Unknown Okta status ARCHIVED/);
    expect(out.warnings.join(' ')).not.toMatch(/no Okta user id/);
  });
});
