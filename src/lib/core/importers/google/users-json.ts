/**
 * Google Workspace Directory API `users.list` (`{kind: "admin#directory#users", users: […]}`),
 * or a bare array of its user objects as scripts save them.
 */
import type { RejectedRow } from '../../assessment';
import { isoOrUndefined } from '../../decode/dates';
import { bool, list, obj, prop, text } from '../../decode/values';
import type { Account } from '../../model';
import { emptyRecordSet } from '../../model';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { googleUserId, superAdminAssignment, superAdminRole } from './super-admin';

const isDirectoryUser = (u: unknown) =>
  typeof prop(u, 'primaryEmail') === 'string' &&
  (prop(u, 'kind') === 'admin#directory#user' || 'isEnrolledIn2Sv' in (obj(u) ?? {}));

function usersOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (prop(value, 'kind') === 'admin#directory#users') return list(prop(value, 'users'));
  return undefined;
}

/** Detects `users.list` by its `kind`, or an array of `admin#directory#user` objects. */
export function detectGoogleUsersJson(value: unknown): Detection | null {
  if (prop(value, 'kind') === 'admin#directory#users') {
    return {
      confidence: 0.95,
      evidence: 'Google Directory API users.list: kind admin#directory#users'
    };
  }
  if (Array.isArray(value) && value.length > 0 && value.slice(0, 5).every(isDirectoryUser)) {
    return {
      confidence: 0.9,
      evidence: 'Google Directory API users: primaryEmail, isEnrolledIn2Sv'
    };
  }
  return null;
}

/** Accounts; super admins also get a standing assignment of the super admin role. */
export function parseGoogleUsersJson(value: unknown): ImportOutput {
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const customers = new Set<string>();

  (usersOf(value) ?? []).forEach((user, i) => {
    const email = text(prop(user, 'primaryEmail'));
    if (!email) {
      rejected.push({
        line: i + 1,
        column: 'primaryEmail',
        reason: `user #${i + 1} has no primaryEmail`
      });
      return;
    }
    const name = obj(prop(user, 'name'));
    const fullName =
      text(prop(name, 'fullName')) ??
      [text(prop(name, 'givenName')), text(prop(name, 'familyName'))].filter(Boolean).join(' ');
    const suspended = bool(prop(user, 'suspended'));
    const archived = bool(prop(user, 'archived'));
    const isAdmin = bool(prop(user, 'isAdmin')) === true;
    const delegated = bool(prop(user, 'isDelegatedAdmin')) === true;
    const aliases = list<unknown>(prop(user, 'aliases'))
      .map(text)
      .filter((a): a is string => !!a);
    const attrs: Record<string, string | boolean> = {
      superAdmin: isAdmin,
      delegatedAdmin: delegated
    };
    const enforced = bool(prop(user, 'isEnforcedIn2Sv'));
    if (enforced !== undefined) attrs.enforced2sv = enforced;
    const orgUnit = text(prop(user, 'orgUnitPath'));
    if (orgUnit) attrs.orgUnitPath = orgUnit;
    const customer = text(prop(user, 'customerId'));
    if (customer) customers.add(customer);

    const id = googleUserId(email);
    const account: Account = {
      id,
      system: 'google',
      nativeId: email.toLowerCase(),
      name: fullName || email,
      email,
      login: email,
      kind: 'human',
      // Suspended and archived users cannot sign in.
      enabled:
        suspended === undefined && archived === undefined ? undefined : !suspended && !archived,
      created: isoOrUndefined(prop(user, 'creationTime')),
      // A user who never signed in has lastLoginTime 1970-01-01T00:00:00.000Z; readDate
      // treats dates before 1971 as "never".
      lastSignIn: isoOrUndefined(prop(user, 'lastLoginTime')),
      mfaRegistered: bool(prop(user, 'isEnrolledIn2Sv')),
      link: aliases.length > 0 ? { proxyAddresses: aliases } : undefined,
      attrs
    };
    records.accounts.push(account);
    if (isAdmin) records.assignments.push(superAdminAssignment(id, email.toLowerCase()));
  });

  if (records.assignments.length > 0) records.roles.push(superAdminRole());
  const warnings =
    customers.size > 1 ? [`Users of ${customers.size} Google customers in one file.`] : [];
  const scopeKey = customers.size === 1 ? `google:${[...customers][0]}` : undefined;
  return { records, rejected, warnings, scopeKey };
}

export const googleUsersJson: JsonImporter = {
  id: 'google-users-json',
  label: 'Google Workspace users (Directory API JSON)',
  system: 'google',
  input: 'json',
  detect: detectGoogleUsersJson,
  parse: (value) => parseGoogleUsersJson(value)
};
