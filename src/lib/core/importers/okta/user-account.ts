/** One Okta user, from the API JSON or a CSV report, as an account record. */
import { isoOrUndefined } from '../../decode/dates';
import type { Account } from '../../model';
import { recordId } from '../../model';
import { readOktaStatus, statusMeaning } from './status';

/** The user fields both Okta user formats carry, already read from their cells or keys. */
export interface OktaUserFields {
  /** The Okta user id (`00u…`); reports without one are keyed by login instead. */
  id?: string;
  login?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  displayName?: string;
  status?: string;
  created?: unknown;
  activated?: unknown;
  lastLogin?: unknown;
  passwordChanged?: unknown;
  /** `profile.userType`, a free-text attribute some orgs use to mark non-human users. */
  userType?: string;
  transitioningToStatus?: string;
}

/**
 * A `profile.userType` that names a non-human user. Okta has no account-kind field; orgs that
 * mark service users do it with this attribute, so only an explicit word counts.
 */
const SERVICE_USER_TYPE = /\bservice\b|^svc$|\bnon-?human\b|^system$|\bbot\b/i;

/** The account id of an Okta user, by Okta id, or by lower-case login when there is no id. */
export function oktaUserId(nativeId: string): string {
  return recordId('okta', 'user', nativeId);
}

/** Builds the account; `unknownStatus` is set when the status is not one Okta documents. */
export function oktaUserAccount(f: OktaUserFields): { account: Account; unknownStatus?: string } {
  const nativeId = f.id ?? (f.login ?? f.email ?? '').toLowerCase();
  const status = readOktaStatus(f.status);
  const meaning = status ? statusMeaning(status) : undefined;
  const fullName = [f.firstName, f.lastName].filter(Boolean).join(' ');
  const attrs: Record<string, string | boolean> = {};
  if (status) attrs.status = status;
  if (meaning?.pendingActivation) attrs.pendingActivation = true;
  if (f.transitioningToStatus) attrs.transitioningToStatus = f.transitioningToStatus;
  if (f.userType) attrs.userType = f.userType;
  const activated = isoOrUndefined(f.activated);
  if (activated) attrs.activated = activated;

  const account: Account = {
    id: oktaUserId(nativeId),
    system: 'okta',
    nativeId,
    name: f.displayName || fullName || f.login || f.email || nativeId,
    email: f.email,
    login: f.login,
    kind: f.userType && SERVICE_USER_TYPE.test(f.userType) ? 'service' : 'human',
    enabled: meaning?.enabled,
    created: isoOrUndefined(f.created),
    // A staged or provisioned user has not finished activation, so has not signed in with
    // this account's credentials; a lastLogin left over from before a reactivation is stale.
    lastSignIn: meaning?.pendingActivation ? undefined : isoOrUndefined(f.lastLogin),
    passwordLastSet: isoOrUndefined(f.passwordChanged),
    attrs
  };
  return { account, unknownStatus: status || !f.status ? undefined : f.status };
}
