/**
 * Entra directory role assignments as Graph JSON, active and eligible:
 * `roleManagement/directory/roleAssignments` (often `$expand=principal,roleDefinition`),
 * `roleAssignmentSchedules` / `roleAssignmentScheduleInstances` (`assignmentType` Assigned or
 * Activated), and `roleEligibilitySchedules` / `roleEligibilityScheduleInstances` (PIM).
 */
import { obj, prop, text } from '../../decode/values';
import type { Account, Assignment, Group, Role } from '../../model';
import { emptyRecordSet, recordId } from '../../model';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { graphCollection, hasAny, sampleMatch } from './graph-collection';
import type { PrincipalType } from './ids';
import { objectKey, principalRecordId, principalTypeOf } from './ids';
import { principalAccount, principalFacts, principalGroup } from './principal-records';
import { directoryRole } from './role-record';
import { WarningTally } from './tally';
import { assignmentType, assignmentWindow } from './assignment-kind';

function looksLikeAssignment(item: Record<string, unknown>): boolean {
  return hasAny(item, 'principalId') && hasAny(item, 'roleDefinitionId');
}

function detect(value: unknown): Detection | null {
  const collection = graphCollection(value);
  if (!collection || collection.items.length === 0) return null;
  const { matched, seen } = sampleMatch(collection.items, looksLikeAssignment);
  if (matched < seen) return null;
  const context = /rolemanagement\/directory\/role(assignment|eligibility)/.test(
    collection.context
  );
  return {
    confidence: context ? 0.97 : 0.9,
    evidence: `Entra role assignments: ${
      context ? '@odata.context is a roleManagement/directory list, ' : ''
    }items have principalId and roleDefinitionId`
  };
}

/** Principal types the file states somewhere (an expanded `principal` on any item). */
function knownTypes(items: Record<string, unknown>[]): Map<string, PrincipalType> {
  const types = new Map<string, PrincipalType>();
  for (const item of items) {
    const principalId = text(prop(item, 'principalId'));
    const type = principalTypeOf(prop(obj(prop(item, 'principal')), '@odata.type'));
    if (principalId && type) types.set(objectKey(principalId), type);
  }
  return types;
}

function roleOf(
  item: Record<string, unknown>,
  definitionId: string
): { role: Role; known: boolean } {
  const expanded = obj(prop(item, 'roleDefinition'));
  const flag = prop(expanded, 'isPrivileged');
  const builtIn = prop(expanded, 'isBuiltIn');
  return directoryRole({
    definitionId,
    name: text(prop(expanded, 'displayName')),
    templateId: text(prop(expanded, 'templateId')),
    isBuiltIn: typeof builtIn === 'boolean' ? builtIn : undefined,
    isPrivileged: typeof flag === 'boolean' ? flag : undefined,
    description: text(prop(expanded, 'description'))
  });
}

function parse(value: unknown): ImportOutput {
  const collection = graphCollection(value);
  const items = collection?.items ?? [];
  const context = collection?.context ?? '';
  const types = knownTypes(items);
  const accounts = new Map<string, Account>();
  const groups = new Map<string, Group>();
  const roles = new Map<string, Role>();
  const assignments = new Map<string, Assignment>();
  const rejected: ImportOutput['rejected'] = [];
  const tally = new WarningTally();

  items.forEach((item, index) => {
    const where = `item ${index + 1}`;
    const principalId = text(prop(item, 'principalId'));
    const definitionId = text(prop(item, 'roleDefinitionId'));
    if (!principalId || !definitionId) {
      const column = principalId ? 'roleDefinitionId' : 'principalId';
      rejected.push({ line: 0, column, reason: `${where}: no ${column}` });
      return;
    }

    const { role, known } = roleOf(item, definitionId);
    if (!known)
      tally.add('role definition is not expanded and not a known built-in role', definitionId);
    const seenRole = roles.get(role.id);
    if (!seenRole || (seenRole.name === seenRole.nativeId && known)) roles.set(role.id, role);

    // The principal: its stated type, or the type another item states, or a user by default.
    const expanded = prop(item, 'principal');
    let type = types.get(objectKey(principalId));
    if (!type) {
      type = 'user';
      tally.add(
        'principal type not stated (export with $expand=principal); taken to be a user',
        principalId
      );
    }
    const facts = principalFacts(expanded);
    const holderId = principalRecordId(type, principalId);
    if (type === 'group') {
      if (!groups.has(holderId)) groups.set(holderId, principalGroup(principalId, facts));
    } else {
      const seen = accounts.get(holderId);
      if (!seen || (seen.name === seen.nativeId && facts.displayName)) {
        accounts.set(holderId, principalAccount(type, principalId, facts));
      }
    }

    const kind = assignmentType(item, context);
    const nativeId = text(prop(item, 'id')) ?? `${objectKey(principalId)}:${role.nativeId}:${kind}`;
    const assignment: Assignment = {
      id: recordId('entra', kind === 'eligible' ? 'roleEligibility' : 'roleAssignment', nativeId),
      system: 'entra',
      principalId: holderId,
      roleId: role.id,
      type: kind,
      ...assignmentWindow(item)
    };
    const scope = text(prop(item, 'directoryScopeId')) ?? text(prop(item, 'appScopeId'));
    if (scope) assignment.scope = scope;
    assignments.set(assignment.id, assignment);
  });

  const records = emptyRecordSet();
  records.accounts = [...accounts.values()];
  records.groups = [...groups.values()];
  records.roles = [...roles.values()];
  records.assignments = [...assignments.values()];
  return { records, rejected, warnings: tally.messages() };
}

export const entraRoleAssignments: JsonImporter = {
  id: 'entra-role-assignments',
  label: 'Entra ID role assignments, active and eligible (Graph JSON)',
  system: 'entra',
  input: 'json',
  detect,
  parse
};
