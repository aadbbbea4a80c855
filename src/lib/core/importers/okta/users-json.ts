/**
 * Okta `/api/v1/users` (an array of users). Real responses mix null and missing fields and
 * sometimes carry `"null"`/`"false"` as strings; `text` and `isoOrUndefined` read those as
 * absent.
 */
import type { RejectedRow } from '../../assessment';
import { obj, prop, text } from '../../decode/values';
import { emptyRecordSet } from '../../model';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { linkHref, orgHostFromHref } from './links';
import { oktaUserAccount } from './user-account';

function looksLikeOktaUser(value: unknown): boolean {
  const profile = obj(prop(value, 'profile'));
  return (
    typeof prop(value, 'id') === 'string' &&
    typeof prop(value, 'status') === 'string' &&
    profile !== undefined &&
    'login' in profile
  );
}

/** Detects an array whose first items are Okta users (`id`, `status`, `profile.login`). */
export function detectOktaUsers(value: unknown): Detection | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const sample = value.slice(0, 5);
  if (!sample.every(looksLikeOktaUser)) return null;
  return {
    confidence: 0.95,
    evidence: 'Okta /api/v1/users: array of users with id, status and profile.login'
  };
}

/** Reads the users into accounts; MFA is not in this export and stays undefined. */
export function parseOktaUsers(value: unknown): ImportOutput {
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const warnings: string[] = [];
  const unknown = new Set<string>();
  let host: string | undefined;

  const users = Array.isArray(value) ? value : [];
  users.forEach((user, i) => {
    const id = text(prop(user, 'id'));
    if (!obj(user) || !id) {
      rejected.push({ line: i + 1, column: 'id', reason: `user #${i + 1} has no id` });
      return;
    }
    const profile = prop(user, 'profile');
    const { account, unknownStatus } = oktaUserAccount({
      id,
      login: text(prop(profile, 'login')),
      email: text(prop(profile, 'email')),
      firstName: text(prop(profile, 'firstName')),
      lastName: text(prop(profile, 'lastName')),
      displayName: text(prop(profile, 'displayName')),
      userType: text(prop(profile, 'userType')),
      status: text(prop(user, 'status')),
      transitioningToStatus: text(prop(user, 'transitioningToStatus')),
      created: prop(user, 'created'),
      activated: prop(user, 'activated'),
      lastLogin: prop(user, 'lastLogin'),
      passwordChanged: prop(user, 'passwordChanged')
    });
    if (unknownStatus) unknown.add(unknownStatus);
    host ??= orgHostFromHref(linkHref(user, 'self'));
    records.accounts.push(account);
  });

  if (unknown.size > 0) {
    warnings.push(
      `Unknown Okta status ${[...unknown].join(', ')}: those accounts are imported with ` +
        'enabled state unknown.'
    );
  }
  return { records, rejected, warnings, scopeKey: host ? `okta:${host}` : undefined };
}

export const oktaUsersJson: JsonImporter = {
  id: 'okta-users-json',
  label: 'Okta users (/api/v1/users JSON)',
  system: 'okta',
  input: 'json',
  detect: detectOktaUsers,
  parse: (value) => parseOktaUsers(value)
};
