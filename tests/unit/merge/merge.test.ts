import { describe, expect, it } from 'vitest';
import { mergeAccount, mergeRecordSets } from '../../../src/lib/core/merge';
import { emptyRecordSet, type Account } from '../../../src/lib/core/model';

describe('mergeRecordSets', () => {
  it('mergeRecordSets(sets) keeps the primary record, fills gaps, joins MFA methods and keeps the newest sign-in', () => {
    const users = emptyRecordSet();
    users.accounts.push({
      id: 'entra:user:1',
      system: 'entra',
      nativeId: '1',
      name: 'Alice',
      kind: 'human',
      enabled: true,
      lastSignIn: '2026-01-02T00:00:00.000Z'
    } as Account);
    const mfa = emptyRecordSet();
    mfa.accounts.push({
      id: 'entra:user:1',
      system: 'entra',
      nativeId: '1',
      name: 'alice@x',
      kind: 'human',
      primary: false,
      mfaRegistered: true,
      mfaMethods: ['fido2'],
      lastSignIn: '2026-02-01T00:00:00.000Z'
    } as Account);
    const [merged] = mergeRecordSets([mfa, users]).accounts;
    expect(merged.name).toBe('Alice');
    expect(merged.enabled).toBe(true);
    expect(merged.mfaRegistered).toBe(true);
    expect(merged.mfaMethods).toEqual(['fido2']);
    expect(merged.lastSignIn).toBe('2026-02-01T00:00:00.000Z');
  });

  it('mergeRecordSets(sets) unions the members of a group seen in two exports', () => {
    const a = emptyRecordSet();
    a.groups.push({
      id: 'ad:group:domain admins',
      system: 'ad',
      nativeId: 'x',
      name: 'Domain Admins',
      memberIds: ['u1', 'u2']
    });
    const b = emptyRecordSet();
    b.groups.push({
      id: 'ad:group:domain admins',
      system: 'ad',
      nativeId: 'x',
      name: 'Domain Admins',
      memberIds: ['u2', 'g1']
    });
    expect(mergeRecordSets([a, b]).groups[0].memberIds).toEqual(['u1', 'u2', 'g1']);
  });

  it('mergeAccount(a, b) lets no undefined value erase one, keeps key order and lists methods once', () => {
    const primary = {
      id: 'okta:user:1',
      system: 'okta',
      nativeId: '1',
      name: 'Dan',
      kind: 'human',
      email: undefined,
      mfaMethods: ['sms', 'totp', 'sms']
    } as Account;
    const extra = {
      id: 'okta:user:1',
      system: 'okta',
      nativeId: '1',
      name: 'dan@x',
      email: 'dan@x',
      kind: 'human',
      primary: false,
      mfaMethods: ['push', 'totp'],
      attrs: { factorCount: 2 }
    } as Account;
    const merged = mergeAccount(extra, primary);
    expect(merged).toEqual({
      id: 'okta:user:1',
      system: 'okta',
      nativeId: '1',
      name: 'Dan',
      email: 'dan@x',
      kind: 'human',
      primary: true,
      mfaMethods: ['push', 'totp', 'sms'],
      attrs: { factorCount: 2 },
      lastSignIn: undefined
    });
    expect(Object.keys(merged)).toEqual([
      'id',
      'system',
      'nativeId',
      'name',
      'email',
      'kind',
      'primary',
      'mfaMethods',
      'attrs',
      'lastSignIn'
    ]);
  });
});
