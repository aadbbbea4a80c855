/**
 * ScubaGear's privilege sections. `privileged_roles` holds each privileged role with its
 * active assignments (PIM `roleAssignmentScheduleInstances`, present only with an Entra ID P2
 * licence). `privileged_users` / `privileged_service_principals` list every user and service
 * principal holding those roles — active, through a group, or eligible — by role name only.
 *
 * ScubaGear builds those two lists from every active member of the roles, expanding groups,
 * and from the eligible assignments; so an active holder in `privileged_roles` that is in
 * neither list is a group (or a deleted object): it is recorded as a group. A listed holding
 * with no direct active assignment came through a group or an eligibility. When the role has
 * no active assignment that could be a group, only eligibility is left; otherwise the file
 * cannot say, and the holding is recorded as permanent, the reading that does not understate
 * standing access.
 */
import { list, obj, prop, text } from '../../decode/values';
import type { Account, Assignment, Group, Role } from '../../model';
import { recordId } from '../../model';
import { assignmentType, assignmentWindow } from './assignment-kind';
import { builtInRoleByName } from './builtin-roles';
import type { PrincipalType } from './ids';
import { isGuid, objectKey, principalRecordId } from './ids';
import { principalAccount, principalGroup } from './principal-records';
import { directoryRole } from './role-record';

export interface ScubaPrivilege {
  accounts: Account[];
  groups: Group[];
  roles: Role[];
  assignments: Assignment[];
  warnings: string[];
}

interface RoleEntry {
  role: Role;
  /** false when ScubaGear did not fetch assignments (no P2 licence). */
  assignmentsListed: boolean;
  /** Principal object ids with a direct active assignment. */
  holders: Set<string>;
  /** True when one of the holders may be a group. */
  groupHolder: boolean;
}

/** Holders listed by ScubaGear: object id → type and its entry. */
function listedHolders(report: unknown, extraServicePrincipals: string[]) {
  const holders = new Map<string, { type: PrincipalType; entry: Record<string, unknown> }>();
  for (const [key, type] of [
    ['privileged_users', 'user'],
    ['privileged_service_principals', 'servicePrincipal']
  ] as const) {
    for (const [id, value] of Object.entries(obj(prop(report, key)) ?? {})) {
      const entry = obj(value);
      if (entry && isGuid(id)) holders.set(objectKey(id), { type, entry });
    }
  }
  const types = new Map<string, PrincipalType>([...holders].map(([id, h]) => [id, h.type]));
  for (const id of extraServicePrincipals) if (!types.has(id)) types.set(id, 'servicePrincipal');
  return { holders, types };
}

function roleEntries(report: unknown) {
  const byName = new Map<string, RoleEntry>();
  for (const item of list<unknown>(prop(report, 'privileged_roles'))) {
    const templateId = text(prop(item, 'RoleTemplateId'));
    const name = text(prop(item, 'DisplayName'));
    if (!templateId || !isGuid(templateId)) continue;
    const { role } = directoryRole({ definitionId: templateId, name });
    byName.set((name ?? role.name).toLowerCase(), {
      role,
      assignmentsListed: prop(item, 'Assignments') !== undefined,
      holders: new Set(),
      groupHolder: false
    });
  }
  return byName;
}

/** Roles, assignments and role holders from ScubaGear's privilege sections. */
export function scubaPrivilege(report: unknown, servicePrincipalIds: string[]): ScubaPrivilege {
  const { holders, types } = listedHolders(report, servicePrincipalIds);
  const roles = roleEntries(report);
  const accounts = new Map<string, Account>();
  const groups = new Map<string, Group>();
  const assignments = new Map<string, Assignment>();
  const unknownRoles = new Set<string>();

  // Active assignments, as listed per role.
  for (const item of list<unknown>(prop(report, 'privileged_roles'))) {
    const entry = roles.get(text(prop(item, 'DisplayName'))?.toLowerCase() ?? '');
    if (!entry) continue;
    for (const raw of list<unknown>(prop(item, 'Assignments'))) {
      const a = obj(raw);
      const principal = text(prop(a, 'PrincipalId'));
      if (!a || !principal || !isGuid(principal)) continue;
      const key = objectKey(principal);
      const type = types.get(key) ?? 'group';
      if (type === 'group') {
        entry.groupHolder = true;
        const groupRecord = principalGroup(principal, {});
        groups.set(groupRecord.id, groupRecord);
      }
      entry.holders.add(key);
      const kind = assignmentType(a, '');
      const nativeId = text(prop(a, 'Id')) ?? `${key}:${entry.role.nativeId}`;
      const assignment: Assignment = {
        id: recordId('entra', kind === 'eligible' ? 'roleEligibility' : 'roleAssignment', nativeId),
        system: 'entra',
        principalId: principalRecordId(type, principal),
        roleId: entry.role.id,
        type: kind,
        ...assignmentWindow(a)
      };
      const scope = text(prop(a, 'DirectoryScopeId'));
      if (scope) assignment.scope = scope;
      assignments.set(assignment.id, assignment);
    }
  }

  // Holdings listed by name for users and service principals.
  let inferredEligible = 0;
  let ambiguous = 0;
  for (const [id, { type, entry }] of holders) {
    const account = principalAccount(type as 'user' | 'servicePrincipal', id, {
      displayName: text(prop(entry, 'DisplayName')),
      appId: text(prop(entry, 'AppId'))
    });
    const immutableId = text(prop(entry, 'OnPremisesImmutableId'));
    if (immutableId) account.link = { onPremImmutableId: immutableId };
    accounts.set(account.id, account);

    const names = new Set(
      list<unknown>(prop(entry, 'roles')).map((r) => text(r)?.toLowerCase() ?? '')
    );
    for (const name of names) {
      if (!name) continue;
      let role = roles.get(name);
      if (!role) {
        const builtIn = builtInRoleByName(name);
        if (!builtIn) {
          unknownRoles.add(name);
          continue;
        }
        role = {
          role: directoryRole({ definitionId: builtIn.templateId }).role,
          assignmentsListed: false,
          holders: new Set(),
          groupHolder: false
        };
        roles.set(name, role);
      }
      if (role.holders.has(id)) continue;
      const eligible = role.assignmentsListed && !role.groupHolder;
      if (eligible) inferredEligible++;
      else ambiguous++;
      const kind: Assignment['type'] = eligible ? 'eligible' : 'permanent';
      const assignmentId = recordId(
        'entra',
        eligible ? 'roleEligibility' : 'roleAssignment',
        `scubagear:${id}:${role.role.nativeId}`
      );
      assignments.set(assignmentId, {
        id: assignmentId,
        system: 'entra',
        principalId: account.id,
        roleId: role.role.id,
        type: kind
      });
    }
  }

  const warnings: string[] = [];
  if (groups.size > 0) {
    warnings.push(
      `${groups.size} holders of active role assignments are listed neither as privileged users nor as service principals; ScubaGear lists every such user and service principal, so they were recorded as groups whose members the file does not give.`
    );
  }
  if (inferredEligible > 0) {
    warnings.push(
      `${inferredEligible} role holdings of privileged users have no active assignment that could explain them and were recorded as eligible.`
    );
  }
  if (ambiguous > 0) {
    warnings.push(
      `${ambiguous} role holdings of privileged users come through a group or an eligibility, which ScubaGear does not tell apart; they were recorded as permanent.`
    );
  }
  if (unknownRoles.size > 0) {
    warnings.push(
      `Roles named but not described in the file were left out: ${[...unknownRoles].join(', ')}.`
    );
  }
  return {
    accounts: [...accounts.values()],
    groups: [...groups.values()],
    roles: [...new Set([...roles.values()].map((r) => r.role))],
    assignments: [...assignments.values()],
    warnings
  };
}
