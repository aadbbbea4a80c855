import { describe, expect, it } from 'vitest';
import {
  parseSharpHoundComputers,
  sharpHoundComputers
} from '$lib/core/importers/ad/sharphound-computers';
import { parseSharpHoundGroups, sharpHoundGroups } from '$lib/core/importers/ad/sharphound-groups';
import { readFixtureJson } from '../helpers';

const SID = 'S-1-5-21-1111111111-2222222222-3333333333';
const GROUPS = readFixtureJson('ad', 'sharphound-groups.json');
const COMPUTERS = readFixtureJson('ad', 'sharphound-computers.json');

describe('sharphound-groups', () => {
  it('sharpHoundGroups.detect(value) takes groups and leaves computers alone', () => {
    expect(sharpHoundGroups.detect(GROUPS)?.confidence).toBe(0.95);
    expect(sharpHoundGroups.detect(COMPUTERS)).toBeNull();
  });

  it('parseSharpHoundGroups(fixture) keys groups by CN and resolves nested groups by SID', () => {
    const out = parseSharpHoundGroups(GROUPS);
    const byId = Object.fromEntries(out.records.groups.map((g) => [g.id, g]));
    expect(Object.keys(byId)).toEqual([
      'ad:group:domain admins',
      'ad:group:tier0 admins',
      'ad:group:administrators',
      'ad:group:ομαδα πωλησεων'
    ]);
    expect(byId['ad:group:domain admins']).toMatchObject({
      name: 'DOMAIN ADMINS',
      memberIds: [`ad:user:${SID}-500`, 'ad:group:tier0 admins'],
      attrs: { sid: `${SID}-512`, adminCount: 1, highValue: true }
    });
    expect(byId['ad:group:tier0 admins'].memberIds).toEqual([
      `ad:user:${SID}-1109`,
      `ad:user:${SID}-4001`
    ]);
    // Authenticated Users is not in the file: kept under its SID.
    expect(byId['ad:group:administrators'].memberIds).toEqual([
      'ad:group:domain admins',
      'ad:group:corp.example-s-1-5-11'
    ]);
    expect(byId['ad:group:ομαδα πωλησεων'].name).toBe('ΟΜΑΔΑ ΠΩΛΗΣΕΩΝ');
    expect(out.warnings).toEqual([
      '1 nested group members are not in this file and are kept by SID.'
    ]);
    expect(out.scopeKey).toBe(`ad:${SID}`);
  });
});

describe('sharphound-computers', () => {
  const out = parseSharpHoundComputers(COMPUTERS);
  const [dc, app, old] = out.records.accounts;

  it('sharpHoundComputers.detect(value) takes computers only', () => {
    expect(sharpHoundComputers.detect(COMPUTERS)?.confidence).toBe(0.95);
    expect(sharpHoundComputers.detect(GROUPS)).toBeNull();
  });

  it('parseSharpHoundComputers(fixture) imports computers as service accounts marked computer', () => {
    expect(out.records.accounts).toHaveLength(3);
    expect(
      out.records.accounts.every((a) => a.kind === 'service' && a.attrs?.computer === true)
    ).toBe(true);
    expect(dc).toMatchObject({
      id: `ad:user:${SID}-1000`,
      name: 'DC01.CORP.EXAMPLE',
      login: 'DC01$',
      lastSignIn: '2023-11-29T18:55:09.000Z',
      passwordLastSet: '2023-11-01T01:08:30.000Z',
      created: '2020-09-13T12:26:40.000Z'
    });
  });

  it('parseSharpHoundComputers(fixture) tells a DC with unconstrained delegation from a server', () => {
    expect(dc.attrs).toMatchObject({
      domainController: true,
      unconstrainedDelegation: true,
      kerberoastable: false
    });
    expect(app.attrs).toMatchObject({
      domainController: false,
      unconstrainedDelegation: true,
      trustedForDelegation: true,
      hasLaps: true,
      allowedToDelegateCount: 1
    });
    expect(app.lastSignIn).toBe('2023-11-29T19:42:17.000Z');
  });

  it('parseSharpHoundComputers(fixture) reads lastlogontimestamp -1 as never', () => {
    expect(old).toMatchObject({
      enabled: false,
      lastSignIn: undefined,
      passwordLastSet: '2020-09-13T12:26:40.000Z'
    });
    expect(old.attrs?.operatingSystem).toBe('Windows 7 Professional');
  });
});
