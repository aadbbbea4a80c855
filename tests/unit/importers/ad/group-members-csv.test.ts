import { describe, expect, it } from 'vitest';
import {
  adGroupMembersCsv,
  detectAdGroupMembersCsv
} from '$lib/core/importers/ad/group-members-csv';
import { csvHeader, readFixture, runTable } from '../helpers';

const SID = 'S-1-5-21-1111111111-2222222222-3333333333';
const MEMBERS = readFixture('ad', 'group-members.csv');
const PREFIXED = readFixture('ad', 'group-members-prefixed.csv');
const NO_GROUP = readFixture('ad', 'group-members-no-group.csv');

describe('ad-group-members-csv', () => {
  it('detectAdGroupMembersCsv(header) recognises both script shapes, weakly the group-less one', () => {
    expect(detectAdGroupMembersCsv(csvHeader(MEMBERS))?.confidence).toBe(0.9);
    expect(detectAdGroupMembersCsv(csvHeader(PREFIXED))?.confidence).toBe(0.9);
    expect(detectAdGroupMembersCsv(csvHeader(NO_GROUP))?.confidence).toBe(0.6);
    expect(detectAdGroupMembersCsv(csvHeader(readFixture('ad', 'users-ps7.csv')))).toBeNull();
  });

  it('adGroupMembersCsv.start(members) lists nested groups and computers as members', () => {
    const out = runTable(adGroupMembersCsv, MEMBERS);
    expect(out.records.groups.map((g) => [g.id, g.memberIds])).toEqual([
      ['ad:group:domain admins', [`ad:user:${SID}-500`, 'ad:group:tier0 admins']],
      ['ad:group:tier0 admins', [`ad:user:${SID}-1109`, `ad:user:${SID}-4001`]],
      ['ad:group:backup operators', [`ad:user:${SID}-1110`]]
    ]);
    expect(out.rejected).toEqual([
      { line: 7, column: 'SID', reason: 'member has neither a SID nor a SamAccountName' }
    ]);
  });

  it('adGroupMembersCsv.start(members) names member accounts without claiming to describe them', () => {
    const out = runTable(adGroupMembersCsv, MEMBERS);
    expect(out.records.accounts.map((a) => [a.name, a.kind, a.primary])).toEqual([
      ['Administrator', 'human', false],
      ['Сергей Кузнецов', 'human', false],
      ['PAW01', 'service', false],
      ['Σταύρος Δημητρίου', 'human', false]
    ]);
    expect(out.records.accounts[2].attrs).toEqual({ computer: true });
  });

  it('adGroupMembersCsv.start(prefixed) reads GroupDN, GroupSID and Member* columns', () => {
    const out = runTable(adGroupMembersCsv, PREFIXED);
    expect(out.records.groups).toEqual([
      {
        id: 'ad:group:enterprise admins',
        system: 'ad',
        nativeId: 'enterprise admins',
        name: 'Enterprise Admins',
        memberIds: ['ad:group:domain admins', `ad:user:${SID}-1105`],
        attrs: {
          distinguishedName: 'CN=Enterprise Admins,CN=Users,DC=corp,DC=example',
          sid: `${SID}-519`
        }
      }
    ]);
  });

  it('adGroupMembersCsv.start(no group column) rejects rows with a reason a person can act on', () => {
    const out = runTable(adGroupMembersCsv, NO_GROUP);
    expect(out.records.groups).toEqual([]);
    expect(out.rejected).toEqual([
      {
        line: 3,
        column: 'Group',
        reason: 'the file has no column naming the group (Group, GroupName, GroupDN…)'
      }
    ]);
    expect(out.warnings.join(' ')).toMatch(/No column names the group/);
  });
});
