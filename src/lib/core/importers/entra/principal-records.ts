/**
 * Principals met only as holders of a role (SPEC §5: they are accounts of the system): users
 * and service principals become non-primary accounts, groups become groups whose members this
 * export does not list.
 */
import { bool, obj, prop, text } from '../../decode/values';
import type { Account, Group } from '../../model';
import type { PrincipalType } from './ids';
import { groupId, objectKey, servicePrincipalId, userId } from './ids';

/** What an export says about a principal besides its id (a Graph `principal` object). */
export interface PrincipalFacts {
  displayName?: string;
  upn?: string;
  userType?: string;
  enabled?: boolean;
  appId?: string;
  servicePrincipalType?: string;
}

/** The facts of an expanded Graph directory object (`principal` with `$expand`). */
export function principalFacts(expanded: unknown): PrincipalFacts {
  const o = obj(expanded);
  if (!o) return {};
  return {
    displayName: text(prop(o, 'displayName')),
    upn: text(prop(o, 'userPrincipalName')),
    userType: text(prop(o, 'userType')),
    enabled: bool(prop(o, 'accountEnabled')),
    appId: text(prop(o, 'appId')),
    servicePrincipalType: text(prop(o, 'servicePrincipalType'))
  };
}

/** A non-primary account for a user or service principal seen as a role holder. */
export function principalAccount(
  type: Exclude<PrincipalType, 'group'>,
  objectId: string,
  facts: PrincipalFacts
): Account {
  const service = type === 'servicePrincipal';
  const account: Account = {
    id: service ? servicePrincipalId(objectId) : userId(objectId),
    system: 'entra',
    nativeId: objectKey(objectId),
    name: facts.displayName ?? facts.upn ?? objectKey(objectId),
    kind: service ? 'service' : facts.userType?.toLowerCase() === 'guest' ? 'guest' : 'human',
    primary: false
  };
  if (facts.upn) account.upn = facts.upn;
  if (facts.enabled !== undefined) account.enabled = facts.enabled;
  const attrs: NonNullable<Account['attrs']> = {};
  if (facts.appId) attrs.appId = facts.appId;
  if (facts.servicePrincipalType) attrs.servicePrincipalType = facts.servicePrincipalType;
  if (Object.keys(attrs).length > 0) account.attrs = attrs;
  return account;
}

/** A group seen as a role holder; its members are not in this export. */
export function principalGroup(objectId: string, facts: PrincipalFacts): Group {
  return {
    id: groupId(objectId),
    system: 'entra',
    nativeId: objectKey(objectId),
    name: facts.displayName ?? objectKey(objectId),
    memberIds: [],
    attrs: { membersListed: false }
  };
}
