/** Global Administrator counts and holder kinds, on small record sets built for each case. */
import { describe, expect, it } from 'vitest';
import { privilegeRules } from '$lib/core/findings/rules/privilege';
import type { Account, Assignment, RecordSet } from '$lib/core/model';
import { emptyRecordSet } from '$lib/core/model';
import { analyse, inputOf } from './helpers';

const GA = 'entra:role:62e90394-69f5-4237-9190-012177145e10';

function user(n: number, extra: Partial<Account> = {}): Account {
  return {
    id: `entra:user:u${n}`,
    system: 'entra',
    nativeId: `u${n}`,
    name: `user ${n}`,
    kind: 'human',
    ...extra
  };
}
function grant(
  principalId: string,
  type: Assignment['type'] = 'permanent',
  roleId = GA
): Assignment {
  return { id: `a:${principalId}:${roleId}`, system: 'entra', principalId, roleId, type };
}
function tenant(users: Account[], assignments: Assignment[]): RecordSet {
  const r = emptyRecordSet();
  r.accounts = users;
  r.roles = [
    {
      id: GA,
      system: 'entra',
      nativeId: '62e90394-69f5-4237-9190-012177145e10',
      name: 'Global Administrator',
      privileged: true
    },
    {
      id: 'entra:role:reader',
      system: 'entra',
      nativeId: 'reader',
      name: 'Reports Reader',
      privileged: false
    }
  ];
  r.assignments = assignments;
  return r;
}

describe('Global Administrator counts', () => {
  it('analysePrivilege counts eligible and group-held Global Administrators, but not disabled ones: 6 here, so ZTW-PRIV-006 fires', () => {
    const users = [1, 2, 3, 4, 5, 6, 7].map((n) => user(n, n === 7 ? { enabled: false } : {}));
    const r = tenant(users, [
      grant('entra:user:u1'),
      grant('entra:user:u2', 'eligible'),
      grant('entra:user:u3'),
      grant('entra:user:u4'),
      grant('entra:user:u7'),
      grant('entra:group:admins')
    ]);
    r.groups = [
      {
        id: 'entra:group:admins',
        system: 'entra',
        nativeId: 'admins',
        name: 'admins',
        memberIds: ['entra:user:u5', 'entra:user:u6']
      }
    ];
    expect(analyse(r).entra.globalAdmins.sort()).toEqual([
      'entra:user:u1',
      'entra:user:u2',
      'entra:user:u3',
      'entra:user:u4',
      'entra:user:u5',
      'entra:user:u6'
    ]);
    expect(privilegeRules.find((x) => x.id === 'ZTW-PRIV-006')!.evaluate(inputOf(r)).status).toBe(
      'finding'
    );
  });

  it('analysePrivilege with one Global Administrator makes ZTW-PRIV-007 fire; five pass both count rules', () => {
    const one = tenant([user(1)], [grant('entra:user:u1')]);
    expect(privilegeRules.find((x) => x.id === 'ZTW-PRIV-007')!.evaluate(inputOf(one)).status).toBe(
      'finding'
    );
    const five = tenant(
      [1, 2, 3, 4, 5].map((n) => user(n)),
      [1, 2, 3, 4, 5].map((n) => grant(`entra:user:u${n}`))
    );
    expect(
      privilegeRules.find((x) => x.id === 'ZTW-PRIV-006')!.evaluate(inputOf(five)).status
    ).toBe('pass');
    expect(
      privilegeRules.find((x) => x.id === 'ZTW-PRIV-007')!.evaluate(inputOf(five)).status
    ).toBe('pass');
  });

  it('analysePrivilege marks an account eligible-only when every privileged holding is eligible, and ignores non-privileged roles', () => {
    const r = tenant(
      [user(1), user(2)],
      [grant('entra:user:u1', 'eligible'), grant('entra:user:u2', 'permanent', 'entra:role:reader')]
    );
    const a = analyse(r);
    expect(a.eligibleOnly).toEqual(['entra:user:u1']);
    expect(a.privileged).toEqual(['entra:user:u1']);
  });

  it('analysePrivilege finds synced holders by onPremImmutableId or onPremisesSyncEnabled, and guests by kind', () => {
    const r = tenant(
      [
        user(1, { link: { onPremImmutableId: 'abc=' } }),
        user(2, { attrs: { onPremisesSyncEnabled: true } }),
        user(3, { kind: 'guest' })
      ],
      [grant('entra:user:u1'), grant('entra:user:u2'), grant('entra:user:u3')]
    );
    const a = analyse(r);
    expect(a.entra.synced.map((h) => h.accountId).sort()).toEqual([
      'entra:user:u1',
      'entra:user:u2'
    ]);
    expect(a.entra.guests.map((h) => h.accountId)).toEqual(['entra:user:u3']);
  });
});
