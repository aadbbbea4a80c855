import { describe, expect, it } from 'vitest';
import { guestHomeAddress, guidToImmutableId, linkKeys } from '../../../src/lib/core/identity/keys';
import { resolvePersons } from '../../../src/lib/core/identity/resolve';
import type { Account } from '../../../src/lib/core/model';

function account(partial: Partial<Account> & Pick<Account, 'id' | 'system'>): Account {
  return { nativeId: partial.id, name: partial.id, kind: 'human', ...partial };
}

describe('resolvePersons', () => {
  const entra = account({
    id: 'entra:user:1',
    system: 'entra',
    upn: 'Alice@Corp.com',
    name: 'Alice',
    link: { sid: 'S-1-5-21-1-1001' }
  });
  const ad = account({
    id: 'ad:user:S-1-5-21-1-1001',
    system: 'ad',
    login: 'alice',
    link: { sid: 'S-1-5-21-1-1001' }
  });
  const okta = account({ id: 'okta:user:00u1', system: 'okta', login: 'alice@corp.com' });
  const aws = account({ id: 'aws:user:arn:aws:iam::1:user/bob', system: 'aws', name: 'bob' });
  const svc = account({
    id: 'entra:servicePrincipal:9',
    system: 'entra',
    kind: 'service',
    upn: 'alice@corp.com'
  });

  it('resolvePersons(accounts) links by case-insensitive UPN/login and by SID, with reasons', () => {
    const persons = resolvePersons([entra, ad, okta, aws, svc]);
    expect(persons).toHaveLength(2);
    const alice = persons.find((p) => p.accountIds.includes(entra.id))!;
    expect(alice.accountIds.sort()).toEqual([ad.id, entra.id, okta.id].sort());
    expect(alice.name).toBe('Alice');
    expect(alice.reasons.map((r) => r.rule).sort()).toEqual(['okta-login', 'sid']);
    expect(alice.orphan).toBe(false);
  });

  it('resolvePersons(accounts) marks a person with no account in the authoritative directory as orphan', () => {
    const bob = resolvePersons([entra, aws]).find((p) => p.accountIds.includes(aws.id))!;
    expect(bob.orphan).toBe(true);
  });

  it('resolvePersons(accounts) leaves service accounts out of persons', () => {
    const persons = resolvePersons([svc]);
    expect(persons).toEqual([]);
  });

  it('resolvePersons(accounts, manual) honours an unlink over a matching key, and a manual link', () => {
    const split = resolvePersons([entra, okta], [{ action: 'unlink', a: entra.id, b: okta.id }]);
    expect(split).toHaveLength(2);
    const joined = resolvePersons([entra, aws], [{ action: 'link', a: entra.id, b: aws.id }]);
    expect(joined).toHaveLength(1);
    expect(joined[0].reasons[0].rule).toBe('manual');
  });

  it('resolvePersons(accounts) joins a guest to its home address', () => {
    const guest = account({
      id: 'entra:user:2',
      system: 'entra',
      kind: 'guest',
      upn: 'carol_partner.org#EXT#@corp.onmicrosoft.com'
    });
    const google = account({
      id: 'google:user:carol@partner.org',
      system: 'google',
      email: 'carol@partner.org'
    });
    expect(resolvePersons([guest, google])).toHaveLength(1);
  });

  it('resolvePersons(accounts) joins chains of keys into one person, in first-seen order', () => {
    const a = account({ id: 'okta:user:b', system: 'okta', login: 'dan@corp.com' });
    const b = account({
      id: 'entra:user:z',
      system: 'entra',
      upn: 'dan@corp.com',
      link: { sid: 'S-9' }
    });
    const c = account({ id: 'ad:user:a', system: 'ad', login: 'dan', link: { sid: 'S-9' } });
    const d = account({ id: 'aws:user:x', system: 'aws', name: 'erin' });
    const persons = resolvePersons([d, a, b, c]);
    expect(persons.map((p) => p.accountIds)).toEqual([[d.id], [c.id, b.id, a.id]]);
    expect(persons[1].id).toBe('person:ad:user:a');
    expect(persons[1].reasons.map((r) => [r.accountId, r.rule])).toEqual([
      [c.id, 'sid'],
      [b.id, 'upn']
    ]);
  });

  it('resolvePersons(accounts) keeps two records of one id together, each listed', () => {
    const again = { ...entra, upn: undefined, email: 'alice@corp.com' };
    const persons = resolvePersons([entra, okta, again]);
    expect(persons).toHaveLength(1);
    expect(persons[0].accountIds).toEqual([entra.id, entra.id, okta.id]);
    expect(persons[0].reasons.map((r) => [r.accountId, r.rule])).toEqual([[okta.id, 'okta-login']]);
  });

  it('resolvePersons(accounts, manual) ignores an unlink or link naming a non-person account', () => {
    const persons = resolvePersons(
      [entra, okta, svc],
      [
        { action: 'unlink', a: svc.id, b: okta.id },
        { action: 'link', a: svc.id, b: entra.id }
      ]
    );
    expect(persons.map((p) => p.accountIds)).toEqual([[entra.id, okta.id]]);
  });
});

describe('identity keys', () => {
  it('linkKeys(account) lists every key, trimmed and lower-cased, in rule order', () => {
    const ad = account({
      id: 'ad:user:1',
      system: 'ad',
      email: ' Dan@Corp.com ',
      login: 'DAN',
      attrs: { objectGUID: '00112233-4455-6677-8899-aabbccddeeff' },
      link: { sid: 'S-1-5-21-9', proxyAddresses: ['SMTP:dan@corp.com', 'x500:/o=corp'] }
    });
    expect(linkKeys(ad)).toEqual([
      { rule: 'email', key: 'email:dan@corp.com' },
      { rule: 'proxy-address', key: 'email:dan@corp.com' },
      { rule: 'sid', key: 'sid:s-1-5-21-9' },
      { rule: 'immutable-id', key: 'immutable-id:myirafved2aimaq7zn3u/w==' },
      { rule: 'sam-account-name', key: 'sam:dan' }
    ]);
  });

  it('guestHomeAddress(upn) restores the last underscore as @', () => {
    expect(guestHomeAddress('first_last_example.co.uk#EXT#@t.onmicrosoft.com')).toBe(
      'first_last@example.co.uk'
    );
    expect(guestHomeAddress('alice@corp.com')).toBeUndefined();
  });

  it('guidToImmutableId(guid) encodes the GUID bytes little-endian like Entra Connect', () => {
    // GUID 00112233-4455-6677-8899-aabbccddeeff → bytes 33 22 11 00 55 44 77 66 88 99 aa bb cc dd ee ff
    expect(guidToImmutableId('00112233-4455-6677-8899-aabbccddeeff')).toBe(
      'MyIRAFVEd2aImaq7zN3u/w=='
    );
    expect(guidToImmutableId('{00112233-4455-6677-8899-AABBCCDDEEFF}')).toBe(
      'MyIRAFVEd2aImaq7zN3u/w=='
    );
    expect(guidToImmutableId('00112233-4455-6677-8899-aabbccddeefg')).toBeUndefined();
  });
});
