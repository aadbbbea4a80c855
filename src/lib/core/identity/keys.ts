/** The keys on which two accounts are taken to be one person (SPEC §3). */
import type { Account } from '../model';
import type { LinkReason } from './person';

export interface LinkKey {
  rule: LinkReason['rule'];
  key: string;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * A guest's UPN carries their home address: `alice_contoso.com#EXT#@tenant.onmicrosoft.com`
 * is alice@contoso.com. The last `_` before `#EXT#` stands for the `@`.
 */
export function guestHomeAddress(upn: string): string | undefined {
  const m = /^(.+)#EXT#@/i.exec(upn);
  if (!m) return undefined;
  const local = m[1];
  const at = local.lastIndexOf('_');
  if (at <= 0) return undefined;
  const address = `${local.slice(0, at)}@${local.slice(at + 1)}`.toLowerCase();
  return EMAIL.test(address) ? address : undefined;
}

/**
 * Entra's onPremisesImmutableId is, by default, the base64 of the AD objectGUID's bytes, whose
 * first three groups are little-endian.
 */
export function guidToImmutableId(guid: string): string | undefined {
  const hex = guid.replace(/[{}-]/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) return undefined;
  const bytes = hex.match(/../g)!.map((h) => parseInt(h, 16));
  const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
  const binary = String.fromCharCode(...order.map((i) => bytes[i]));
  return btoa(binary);
}

/** Every key of one account, each with the rule that produced it. */
export function linkKeys(account: Account): LinkKey[] {
  const keys: LinkKey[] = [];
  const add = (rule: LinkKey['rule'], value: string | undefined, prefix: string = rule) => {
    if (value) keys.push({ rule, key: `${prefix}:${value.trim().toLowerCase()}` });
  };
  const email = (rule: LinkKey['rule'], value: string | undefined) => {
    if (value && EMAIL.test(value.trim())) add(rule, value, 'email');
  };

  email('email', account.email);
  if (account.upn && /#EXT#/i.test(account.upn)) email('guest-upn', guestHomeAddress(account.upn));
  else email('upn', account.upn);
  if (account.system === 'okta') email('okta-login', account.login);
  else email('email', account.login);
  if (account.system === 'aws' || account.system === 'gcp' || account.system === 'google') {
    email('email', account.name);
  }
  for (const proxy of account.link?.proxyAddresses ?? []) {
    const m = /^smtp:(.+)$/i.exec(proxy.trim());
    if (m) email('proxy-address', m[1]);
  }

  add('sid', account.link?.sid);
  add('immutable-id', account.link?.onPremImmutableId);
  if (account.system === 'ad') {
    const guid = account.attrs?.objectGuid ?? account.attrs?.objectGUID;
    if (typeof guid === 'string') add('immutable-id', guidToImmutableId(guid));
    add('sam-account-name', account.login, 'sam');
  } else {
    add('sam-account-name', account.link?.onPremSam, 'sam');
  }
  return keys;
}
