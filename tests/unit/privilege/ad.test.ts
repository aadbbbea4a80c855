/**
 * Active Directory privilege. The real SharpHound users file (14 users), read by hand:
 * no enabled account has an SPN (only krbtgt, disabled), none has dontreqpreauth or
 * unconstraineddelegation; admincount is true for krbtgt (disabled) and Researcher (enabled,
 * pwdneverexpires, pwdlastset 1668103669 = 2022-11-10).
 */
import { describe, expect, it } from 'vitest';
import { sharpHoundUsers } from '$lib/core/importers/ad/sharphound-users';
import type { Account, Group, RecordSet } from '$lib/core/model';
import { emptyRecordSet } from '$lib/core/model';
import { buildMembership } from '$lib/core/privilege/membership';
import { analyse, importReal, inputOf } from './helpers';
import { privilegeRules } from '$lib/core/findings/rules/privilege';

const users = importReal(sharpHoundUsers, '08_active_directory', 'bloodhound_v6_all_users.json');
const login = (id: string) => users.accounts.find((a) => a.id === id)?.login ?? id;

describe('analysePrivilege on the SharpHound v6 users file', () => {
  const a = analyse(users, '2023-12-01T00:00:00Z');

  it('analysePrivilege(sharphound users) makes Researcher the one privileged account: adminCount=1 and enabled (krbtgt has adminCount but is disabled)', () => {
    expect(a.privileged.map(login)).toEqual(['Researcher']);
    expect(a.ad.adminCount.map(login)).toEqual(['Researcher']);
  });

  it("analysePrivilege(sharphound users) finds nobody kerberoastable (krbtgt's SPN does not count), AS-REP roastable or with unconstrained delegation", () => {
    expect(a.ad.flagsReported).toBe(true);
    expect(a.ad.kerberoastable).toEqual([]);
    expect(a.ad.asrepRoastable).toEqual([]);
    expect(a.ad.unconstrainedDelegation).toEqual([]);
  });

  it('privilegeRules on the users file flag Researcher for a never-expiring password and one set 385 whole days before 2023-12-01 (2022-11-10 18:07 UTC)', () => {
    const input = inputOf(users, '2023-12-01T00:00:00Z');
    const never = privilegeRules.find((r) => r.id === 'ZTW-PRIV-004')!.evaluate(input);
    const old = privilegeRules.find((r) => r.id === 'ZTW-PRIV-005')!.evaluate(input);
    expect(never.status === 'finding' && never.affected.map(login)).toEqual(['Researcher']);
    expect(old.status === 'finding' && old.evidence[0]).toContain('385 days');
  });
});

function account(name: string, attrs: Account['attrs'] = {}, enabled = true): Account {
  return {
    id: `ad:user:${name}`,
    system: 'ad',
    nativeId: name,
    name,
    login: name,
    kind: 'human',
    enabled,
    attrs
  };
}
function group(name: string, memberIds: string[], sid?: string): Group {
  return {
    id: `ad:group:${name}`,
    system: 'ad',
    nativeId: name,
    name,
    memberIds,
    attrs: sid ? { sid } : undefined
  };
}

/** Domain Admins ← tier2 ← tier1 ← alice (three levels); loop-a ↔ loop-b with bob; a cycle through Backup Operators. */
function nested(): RecordSet {
  const r = emptyRecordSet();
  r.accounts = [
    account('alice'),
    account('bob'),
    account('carol'),
    account('dave', {}, false),
    account('svc_sql', { hasSpn: true, spn: 'MSSQLSvc/db1:1433' }),
    account('legacy', { userAccountControl: 0x400000 | 0x200 }),
    account('web01$', { trustedForDelegation: true, computer: true }),
    account('dc01$', { unconstrainedDelegation: true, computer: true, domainController: true })
  ];
  r.groups = [
    group('Domain Admins', ['ad:group:tier2'], 'S-1-5-21-1-2-3-512'),
    group('tier2', ['ad:group:tier1']),
    group('tier1', ['ad:user:alice', 'ad:user:dave']),
    group('loop-a', ['ad:group:loop-b', 'ad:user:bob']),
    group('loop-b', ['ad:group:loop-a']),
    group('BACKUP OPERATORS@CORP.LOCAL', ['ad:group:loop-b']),
    group('helpdesk', ['ad:user:carol'])
  ];
  return r;
}

describe('analysePrivilege on nested AD groups', () => {
  const a = analyse(nested());

  it('analysePrivilege(nested) reaches alice three levels down from Domain Admins (SID -512) and records the chain tier1 → tier2', () => {
    const h = a.holdings.find((x) => x.accountId === 'ad:user:alice');
    expect(h).toMatchObject({
      roleName: 'Domain Admins',
      via: ['ad:group:tier1', 'ad:group:tier2']
    });
  });

  it('analysePrivilege(nested) survives a nesting cycle (loop-a ↔ loop-b) and finds bob in Backup Operators (matched by name)', () => {
    expect(a.holdings.find((x) => x.accountId === 'ad:user:bob')?.roleName).toBe(
      'BACKUP OPERATORS@CORP.LOCAL'
    );
  });

  it('analysePrivilege(nested) counts alice and bob privileged, not disabled dave, not helpdesk carol', () => {
    expect(a.privileged.sort()).toEqual(['ad:user:alice', 'ad:user:bob']);
  });

  it('analysePrivilege(nested) finds svc_sql kerberoastable, legacy AS-REP roastable (UAC 0x400000), web01$ with unconstrained delegation (domain controller dc01$ left out)', () => {
    expect(a.ad.kerberoastable).toEqual(['ad:user:svc_sql']);
    expect(a.ad.asrepRoastable).toEqual(['ad:user:legacy']);
    expect(a.ad.unconstrainedDelegation).toEqual(['ad:user:web01$']);
  });

  it('buildMembership(groups).groupsOf(member) returns each group once despite the cycle', () => {
    const m = buildMembership(nested().groups);
    expect(m.groupsOf('ad:user:bob').sort()).toEqual([
      'ad:group:BACKUP OPERATORS@CORP.LOCAL',
      'ad:group:loop-a',
      'ad:group:loop-b'
    ]);
    expect(m.membersOf('ad:group:loop-a').sort()).toEqual(['ad:group:loop-b', 'ad:user:bob']);
  });
});
