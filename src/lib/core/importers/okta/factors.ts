/**
 * Okta `/api/v1/users/{id}/factors`: the factors one user enrolled. The response does not name
 * the user except in each factor's `_links` (`user`, or the `self` link under
 * `/users/{id}/factors/…`), so a file without links cannot be tied to anyone.
 */
import type { RejectedRow } from '../../assessment';
import { prop, text } from '../../decode/values';
import type { Account, AuthMethod } from '../../model';
import { emptyRecordSet, NOT_MFA } from '../../model';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { factorMethod } from './factor-methods';
import { linkHref, orgHostFromHref, userIdFromHref } from './links';
import { readUserLists, usersScopeKey } from './per-user-lists';
import { oktaUserId } from './user-account';

const isFactor = (item: unknown) =>
  typeof prop(item, 'factorType') === 'string' && prop(item, 'provider') !== undefined;

/** The user a factor belongs to, from its `user` link or its `self` link. */
function factorUserId(factor: unknown): string | undefined {
  return userIdFromHref(linkHref(factor, 'user')) ?? userIdFromHref(linkHref(factor, 'self'));
}

/** Detects a factor list, bare or wrapped per user. */
export function detectOktaFactors(value: unknown): Detection | null {
  const lists = readUserLists(value, 'factors', isFactor);
  if (!lists) return null;
  const wrapped = lists.some((l) => l.userId !== undefined);
  return {
    confidence: wrapped ? 0.9 : 0.95,
    evidence: wrapped
      ? 'Okta factors per user: lists of factors with factorType and provider'
      : 'Okta /api/v1/users/{id}/factors: factors with factorType and provider'
  };
}

/** One non-primary account per user: its active methods, and whether one is a real MFA. */
export function parseOktaFactors(value: unknown): ImportOutput {
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const warnings: string[] = [];
  const methods = new Map<string, Set<AuthMethod>>();
  const names = new Map<string, string>();
  const unknownTypes = new Set<string>();
  let host: string | undefined;

  for (const list of readUserLists(value, 'factors', isFactor) ?? []) {
    // A bare array may hold factors without links: they all belong to the one user whose
    // links the others carry, if exactly one user is named.
    const linked = new Set(list.items.map(factorUserId).filter((u): u is string => !!u));
    const listUser = list.userId ?? (linked.size === 1 ? [...linked][0] : undefined);
    if (list.userId !== undefined) methods.set(list.userId, methods.get(list.userId) ?? new Set());
    if (list.userId && list.login) names.set(list.userId, list.login);

    list.items.forEach((factor, i) => {
      const line = list.userId === undefined ? i + 1 : list.position;
      const userId = list.userId ?? factorUserId(factor) ?? listUser;
      if (!userId) {
        rejected.push({
          line,
          reason:
            'factor names no user: the file has no userId and the factor has no _links ' +
            '(user or self), so it cannot be tied to an account'
        });
        return;
      }
      host ??= orgHostFromHref(linkHref(factor, 'self') ?? linkHref(factor, 'user'));
      const set = methods.get(userId) ?? new Set<AuthMethod>();
      methods.set(userId, set);
      const type = text(prop(factor, 'factorType'));
      if (!type) {
        rejected.push({ line, column: 'factorType', reason: 'factor has no factorType' });
        return;
      }
      // Only an active factor can be used to sign in; pending ones were never finished.
      if (text(prop(factor, 'status'))?.toUpperCase() !== 'ACTIVE') return;
      const { method, known } = factorMethod(type);
      if (!known) unknownTypes.add(type);
      set.add(method);
    });
  }

  for (const [userId, set] of methods) {
    const list = [...set].sort();
    const account: Account = {
      id: oktaUserId(userId),
      system: 'okta',
      nativeId: userId,
      name: names.get(userId) ?? userId,
      kind: 'human',
      mfaRegistered: list.some((m) => !NOT_MFA.includes(m)),
      mfaMethods: list,
      primary: false
    };
    records.accounts.push(account);
  }
  if (unknownTypes.size > 0) {
    warnings.push(
      `Factor types ${[...unknownTypes].join(', ')} are not known here: counted as MFA of ` +
        'unknown strength.'
    );
  }
  const ids = [...methods.keys()];
  const scopeKey = ids.length > 0 ? usersScopeKey(`okta:${host ?? ''}:factors`, ids) : undefined;
  return { records, rejected, warnings, scopeKey };
}

export const oktaFactors: JsonImporter = {
  id: 'okta-factors',
  label: 'Okta enrolled factors (JSON)',
  system: 'okta',
  input: 'json',
  detect: detectOktaFactors,
  parse: (value) => parseOktaFactors(value)
};
