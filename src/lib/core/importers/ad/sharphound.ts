/**
 * SharpHound collections (`{data: […], meta: {type, count, version}}` from v4 on; v3 put the
 * list under the type's name). Times are epoch seconds, with 0 or -1 for "never".
 */
import { isoOrUndefined } from '../../decode/dates';
import { list, num, obj, prop, text } from '../../decode/values';
import type { Detection } from '../types';
import { newest } from './ad-dates';

export type SharpHoundType = 'users' | 'groups' | 'computers';

/** The objects of a collection of `type`, or undefined when the file is not one. */
export function sharpHoundData(value: unknown, type: SharpHoundType): unknown[] | undefined {
  const meta = obj(prop(value, 'meta'));
  if (!meta || text(prop(meta, 'type'))?.toLowerCase() !== type) return undefined;
  const data = prop(value, 'data') ?? prop(value, type);
  return Array.isArray(data) ? data : undefined;
}

/** Detects a SharpHound collection of `type` by `meta.type` and its list. */
export function detectSharpHound(value: unknown, type: SharpHoundType): Detection | null {
  const data = sharpHoundData(value, type);
  if (!data) return null;
  const version = num(prop(prop(value, 'meta'), 'version'));
  return {
    confidence: 0.95,
    evidence: `SharpHound${version ? ` v${version}` : ''} ${type}: meta.type ${type}, ${data.length} objects`
  };
}

/** An ISO date from SharpHound epoch seconds; 0 and -1 mean never. */
export function epochDate(value: unknown): string | undefined {
  return typeof value === 'number' || typeof value === 'string' ? isoOrUndefined(value) : undefined;
}

/** The newer of `lastlogon` (one DC, exact) and `lastlogontimestamp` (replicated, lags). */
export function lastLogonOf(props: unknown): string | undefined {
  return newest(epochDate(prop(props, 'lastlogon')), epochDate(prop(props, 'lastlogontimestamp')));
}

/** A boolean property, undefined when absent or null. */
export function flag(props: unknown, name: string): boolean | undefined {
  const v = prop(props, name);
  return typeof v === 'boolean' ? v : undefined;
}

/** SPNs as a list, or undefined when the collector did not write them. */
export function spnsOf(props: unknown): string[] | undefined {
  const v = prop(props, 'serviceprincipalnames');
  if (v === undefined || v === null) return undefined;
  return list<unknown>(v)
    .map(text)
    .filter((s): s is string => !!s);
}

/**
 * True for principals that are not accounts: SharpHound names well-known SIDs (NETWORK
 * SERVICE, Authenticated Users…) with a domain prefix (`CORP.LOCAL-S-1-5-20`), and keeps
 * deleted objects with `IsDeleted`.
 */
export function notAnAccount(item: unknown): string | undefined {
  const id = text(prop(item, 'ObjectIdentifier'));
  if (!id) return 'has no ObjectIdentifier';
  if (prop(item, 'IsDeleted') === true) return 'is deleted';
  if (!/^S-1-/i.test(id)) return 'is a well-known security principal, not an account';
  return undefined;
}

/** The domain SID of a collection, for `scopeKey`. */
export function domainScope(items: unknown[]): string | undefined {
  for (const item of items) {
    const props = prop(item, 'Properties');
    const sid = text(prop(props, 'domainsid')) ?? text(prop(props, 'domain'));
    if (sid) return `ad:${sid.toUpperCase()}`;
  }
  return undefined;
}
