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

/** Byte order of a GUID's text form in its binary form: the first three groups are swapped. */
const GUID_BYTE_ORDER = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];

/** The value of one hexadecimal digit by its character code (the digit is checked already). */
function hexDigit(code: number): number {
  return code <= 57 ? code - 48 : (code | 32) - 87;
}

/**
 * Entra's onPremisesImmutableId is, by default, the base64 of the AD objectGUID's bytes, whose
 * first three groups are little-endian.
 */
export function guidToImmutableId(guid: string): string | undefined {
  const hex = guid.replace(/[{}-]/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) return undefined;
  // Digits read by code rather than by parseInt of slices: every AD account has a GUID.
  const bytes = GUID_BYTE_ORDER.map(
    (i) => (hexDigit(hex.charCodeAt(i * 2)) << 4) | hexDigit(hex.charCodeAt(i * 2 + 1))
  );
  return btoa(String.fromCharCode(...bytes));
}

/** Receives one key of an account: its rule, its kind (`email`, `sid`, …) and its value. */
export type LinkKeyVisitor = (rule: LinkKey['rule'], prefix: string, value: string) => void;

// Helpers of `eachLinkKey` live at module level: it runs once per account of the tenant.
function addKey(
  visit: LinkKeyVisitor,
  rule: LinkKey['rule'],
  value: string | undefined,
  prefix: string = rule
): void {
  if (value) visit(rule, prefix, value.trim().toLowerCase());
}

function addEmail(visit: LinkKeyVisitor, rule: LinkKey['rule'], value: string | undefined): void {
  const address = value?.trim();
  if (address && EMAIL.test(address)) visit(rule, 'email', address.toLowerCase());
}

/**
 * Every key of one account, in order, handed to `visit` in parts: identity resolution looks
 * up tens of thousands of keys and need not join the parts to do so.
 */
export function eachLinkKey(account: Account, visit: LinkKeyVisitor): void {
  addEmail(visit, 'email', account.email);
  if (account.upn && /#EXT#/i.test(account.upn)) {
    addEmail(visit, 'guest-upn', guestHomeAddress(account.upn));
  } else addEmail(visit, 'upn', account.upn);
  if (account.system === 'okta') addEmail(visit, 'okta-login', account.login);
  else addEmail(visit, 'email', account.login);
  if (account.system === 'aws' || account.system === 'gcp' || account.system === 'google') {
    addEmail(visit, 'email', account.name);
  }
  for (const proxy of account.link?.proxyAddresses ?? []) {
    const m = /^smtp:(.+)$/i.exec(proxy.trim());
    if (m) addEmail(visit, 'proxy-address', m[1]);
  }

  addKey(visit, 'sid', account.link?.sid);
  addKey(visit, 'immutable-id', account.link?.onPremImmutableId);
  if (account.system === 'ad') {
    const guid = account.attrs?.objectGuid ?? account.attrs?.objectGUID;
    if (typeof guid === 'string') addKey(visit, 'immutable-id', guidToImmutableId(guid));
    addKey(visit, 'sam-account-name', account.login, 'sam');
  } else {
    addKey(visit, 'sam-account-name', account.link?.onPremSam, 'sam');
  }
}

/** Every key of one account, each with the rule that produced it. */
export function linkKeys(account: Account): LinkKey[] {
  const keys: LinkKey[] = [];
  eachLinkKey(account, (rule, prefix, value) => keys.push({ rule, key: `${prefix}:${value}` }));
  return keys;
}
