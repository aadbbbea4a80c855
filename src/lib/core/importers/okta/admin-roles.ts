/**
 * Okta admin role assignments: `/api/v1/users/{id}/roles` (or `/groups/{id}/roles`), bare or
 * wrapped per user. Each item names its holder in `_links.assignee`; with `assignmentType`
 * GROUP the assignee is the group through which the user holds the role. Every admin role is
 * privileged (SPEC §6), and assignments in this API are standing, never just-in-time.
 */
import type { RejectedRow } from '../../assessment';
import { isoOrUndefined } from '../../decode/dates';
import { prop, text } from '../../decode/values';
import type { Account, Assignment, Role } from '../../model';
import { emptyRecordSet, recordId } from '../../model';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { groupIdFromHref, linkHref, orgHostFromHref, userIdFromHref } from './links';
import { readUserLists, usersScopeKey } from './per-user-lists';
import { oktaUserId } from './user-account';

const isRoleAssignment = (item: unknown) =>
  typeof prop(item, 'type') === 'string' &&
  (typeof prop(item, 'assignmentType') === 'string' || typeof prop(item, 'label') === 'string') &&
  prop(item, 'factorType') === undefined &&
  prop(item, 'profile') === undefined;

/** Detects role assignments (`type`, `label`/`assignmentType`), bare or wrapped per user. */
export function detectOktaAdminRoles(value: unknown): Detection | null {
  const lists = readUserLists(value, 'roles', isRoleAssignment);
  if (!lists) return null;
  const first = lists.find((l) => l.items.length > 0)?.items[0];
  if (first === undefined || prop(first, 'assignmentType') === undefined) return null;
  return {
    confidence: 0.95,
    evidence: 'Okta admin role assignments: items with type, label, assignmentType'
  };
}

/** Roles, standing assignments, and a non-primary account for each user holding one. */
export function parseOktaAdminRoles(value: unknown): ImportOutput {
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const warnings: string[] = [];
  const roles = new Map<string, Role>();
  const assignments = new Map<string, Assignment>();
  const users = new Set<string>();
  const viaGroupOnly = new Set<string>();
  let host: string | undefined;

  for (const list of readUserLists(value, 'roles', isRoleAssignment) ?? []) {
    // In a bare array from /users/{id}/roles, USER-type items name the user whose file it is.
    const direct = new Set(list.items.map((r) => userIdFromHref(linkHref(r, 'assignee'))));
    direct.delete(undefined);
    const fileUser = list.userId ?? (direct.size === 1 ? [...direct][0] : undefined);

    list.items.forEach((item, i) => {
      const line = list.userId === undefined ? i + 1 : list.position;
      const type = text(prop(item, 'type'));
      const status = text(prop(item, 'status'))?.toUpperCase();
      if (!type) {
        rejected.push({ line, column: 'type', reason: 'role assignment has no type' });
        return;
      }
      if (status && status !== 'ACTIVE') {
        warnings.push(`Role ${type} at item ${line} is ${status}, not active: skipped.`);
        return;
      }
      const assignee = linkHref(item, 'assignee');
      host ??= orgHostFromHref(assignee);
      const groupId = groupIdFromHref(assignee);
      const userId = userIdFromHref(assignee) ?? fileUser;
      let principalId: string;
      if (userId) {
        principalId = oktaUserId(userId);
        users.add(userId);
      } else if (groupId) {
        principalId = recordId('okta', 'group', groupId);
        viaGroupOnly.add(groupId);
      } else {
        rejected.push({
          line,
          reason: `role ${type} names no assignee (_links.assignee) and the file names no user`
        });
        return;
      }

      // Custom roles share the type CUSTOM; the role id tells them apart.
      const custom = type.toUpperCase() === 'CUSTOM';
      const roleKey = custom
        ? (text(prop(item, 'role')) ?? text(prop(item, 'label')) ?? type)
        : type;
      const resourceSet = text(prop(item, 'resource-set', 'resourceSet'));
      const roleId = recordId('okta', 'role', roleKey);
      if (!roles.has(roleId)) {
        roles.set(roleId, {
          id: roleId,
          system: 'okta',
          nativeId: roleKey,
          name: text(prop(item, 'label')) ?? type,
          privileged: true,
          builtIn: !custom,
          attrs: { type }
        });
      }
      const native = principalId.split(':').slice(2).join(':');
      const id = recordId(
        'okta',
        'assignment',
        [native, roleKey, resourceSet].filter(Boolean).join(':')
      );
      assignments.set(id, {
        id,
        system: 'okta',
        principalId,
        roleId,
        scope: resourceSet ? `resource-set:${resourceSet}` : undefined,
        type: 'permanent',
        start: isoOrUndefined(prop(item, 'created'))
      });
    });
  }

  records.roles = [...roles.values()];
  records.assignments = [...assignments.values()];
  records.accounts = [...users].map((u): Account => ({
    id: oktaUserId(u),
    system: 'okta',
    nativeId: u,
    name: u,
    kind: 'human',
    primary: false
  }));
  if (viaGroupOnly.size > 0) {
    warnings.push(
      `Roles held through groups ${[...viaGroupOnly].join(', ')}: the file does not say which ` +
        'users are in them.'
    );
  }
  const ids = [...users, ...[...viaGroupOnly].map((g) => `group:${g}`)];
  const scopeKey = ids.length > 0 ? usersScopeKey(`okta:${host ?? ''}:roles`, ids) : undefined;
  return { records, rejected, warnings, scopeKey };
}

export const oktaAdminRoles: JsonImporter = {
  id: 'okta-admin-roles',
  label: 'Okta admin role assignments (JSON)',
  system: 'okta',
  input: 'json',
  detect: detectOktaAdminRoles,
  parse: (value) => parseOktaAdminRoles(value)
};
