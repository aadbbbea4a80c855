/** Users, groups and roles of `get-account-authorization-details` as records. */
import { isoOrUndefined } from '../../decode/dates';
import { list, obj, prop, text } from '../../decode/values';
import type { Account, Group, Role } from '../../model';
import { recordId } from '../../model';
import { awsUserId } from './arn';
import { decodePolicyDocument } from './policy-document';

type Attrs = Record<string, string>;

/** Attributes rules may want: the native id, the path, a permissions boundary. */
function principalAttrs(raw: Record<string, unknown>, idKey: string): Attrs | undefined {
  const attrs: Attrs = {};
  const id = text(prop(raw, idKey));
  const path = text(prop(raw, 'Path'));
  const boundary = text(prop(prop(raw, 'PermissionsBoundary'), 'PermissionsBoundaryArn'));
  if (id) attrs[idKey.charAt(0).toLowerCase() + idKey.slice(1)] = id;
  if (path) attrs.path = path;
  if (boundary) attrs.permissionsBoundary = boundary;
  return Object.keys(attrs).length > 0 ? attrs : undefined;
}

/**
 * An IAM user as an account. The authorization details say nothing of passwords, keys or
 * MFA, so the user is `human` (IAM users are made for people unless a key-only credential
 * report says otherwise) and `primary: false`, so that the credential report's kind, state and
 * sign-in facts win whichever file is imported first. `enabled` stays undefined: this file
 * cannot tell whether the user can still sign in.
 */
export function userAccount(raw: Record<string, unknown>, arn: string): Account {
  const name = text(prop(raw, 'UserName')) ?? arn.split('/').pop() ?? arn;
  return {
    id: awsUserId(arn),
    system: 'aws',
    nativeId: arn,
    name,
    login: name,
    kind: 'human',
    created: isoOrUndefined(prop(raw, 'CreateDate')),
    attrs: principalAttrs(raw, 'UserId'),
    primary: false
  };
}

/** An IAM group, without members yet (they come from the users' `GroupList`). */
export function groupRecord(raw: Record<string, unknown>, arn: string): Group {
  return {
    id: recordId('aws', 'group', arn),
    system: 'aws',
    nativeId: arn,
    name: text(prop(raw, 'GroupName')) ?? arn.split('/').pop() ?? arn,
    memberIds: [],
    attrs: principalAttrs(raw, 'GroupId')
  };
}

/**
 * An IAM role. `privileged` starts false: whether its policies make it admin-equivalent is
 * for the privilege analysis. Service-linked roles (path `/aws-service-role/`) are made by AWS.
 */
export function roleRecord(raw: Record<string, unknown>, arn: string): Role {
  const path = text(prop(raw, 'Path'));
  const role: Role = {
    id: recordId('aws', 'role', arn),
    system: 'aws',
    nativeId: arn,
    name: text(prop(raw, 'RoleName')) ?? arn.split('/').pop() ?? arn,
    privileged: false,
    builtIn: path?.startsWith('/aws-service-role/') ?? false,
    trustPolicy: decodePolicyDocument(prop(raw, 'AssumeRolePolicyDocument')),
    // `RoleLastUsed` is `{}` for a role never used, and absent from older CLI output.
    lastUsed: isoOrUndefined(prop(obj(prop(raw, 'RoleLastUsed')), 'LastUsedDate')),
    created: isoOrUndefined(prop(raw, 'CreateDate')),
    attrs: principalAttrs(raw, 'RoleId')
  };
  const description = text(prop(raw, 'Description'));
  if (description) role.description = description;
  return role;
}

/** The group names a user belongs to (`GroupList` holds names, not ARNs). */
export function groupNamesOf(raw: Record<string, unknown>): string[] {
  return list(prop(raw, 'GroupList'))
    .map((g) => text(g))
    .filter((g): g is string => g !== undefined);
}
