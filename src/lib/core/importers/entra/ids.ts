/**
 * Record ids for Entra objects. Object ids are GUIDs that Entra compares case-insensitively, so
 * they are lower-cased: the users file, the MFA registrations and the role assignments then meet
 * on the same records whatever case each export wrote.
 */
import { recordId } from '../../model';

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

/** True when the text is a GUID (Entra object ids, app ids, role template ids). */
export function isGuid(value: string): boolean {
  return GUID.test(value.trim());
}

/** The canonical form of an object id: trimmed, braces dropped, lower case. */
export function objectKey(id: string): string {
  return id
    .trim()
    .replace(/^\{|\}$/g, '')
    .toLowerCase();
}

/** The account id of an Entra user. */
export function userId(objectId: string): string {
  return recordId('entra', 'user', objectKey(objectId));
}

/** The account id of an Entra service principal. */
export function servicePrincipalId(objectId: string): string {
  return recordId('entra', 'servicePrincipal', objectKey(objectId));
}

/**
 * The account id of an application registration seen without its service principal (an
 * `/applications` export). Keyed by the application's object id; the app id goes in attrs.
 */
export function applicationId(objectId: string): string {
  return recordId('entra', 'application', objectKey(objectId));
}

/** The id of an Entra group. */
export function groupId(objectId: string): string {
  return recordId('entra', 'group', objectKey(objectId));
}

/** The id of a directory role: built-in role definition ids equal their template ids. */
export function roleId(roleDefinitionId: string): string {
  return recordId('entra', 'role', objectKey(roleDefinitionId));
}

/** The kinds of principal a role can be assigned to. */
export type PrincipalType = 'user' | 'servicePrincipal' | 'group';

/** The record id of a principal of a known type. */
export function principalRecordId(type: PrincipalType, objectId: string): string {
  if (type === 'servicePrincipal') return servicePrincipalId(objectId);
  if (type === 'group') return groupId(objectId);
  return userId(objectId);
}

/** The principal type named by a Graph `@odata.type` (`#microsoft.graph.user`…), if any. */
export function principalTypeOf(odataType: unknown): PrincipalType | undefined {
  if (typeof odataType !== 'string') return undefined;
  const name = odataType.replace(/^#?microsoft\.graph\./i, '').toLowerCase();
  if (name === 'user') return 'user';
  if (name === 'serviceprincipal') return 'servicePrincipal';
  if (name === 'group') return 'group';
  return undefined;
}
