/** Directory roles as Role records, named and marked privileged from our table or the export. */
import type { Role } from '../../model';
import { builtInRoleById } from './builtin-roles';
import { objectKey, roleId } from './ids';

export interface RoleFacts {
  /** Role definition id (equal to the template id for built-in roles). */
  definitionId: string;
  name?: string;
  templateId?: string;
  isBuiltIn?: boolean;
  /** Microsoft's own `isPrivileged` flag, when the export carries it. */
  isPrivileged?: boolean;
  description?: string;
}

/** A Role record; `known` is false when neither the export nor our table names the role. */
export function directoryRole(facts: RoleFacts): { role: Role; known: boolean } {
  const builtIn = builtInRoleById(facts.templateId ?? facts.definitionId);
  const role: Role = {
    id: roleId(facts.definitionId),
    system: 'entra',
    nativeId: objectKey(facts.definitionId),
    name: facts.name ?? builtIn?.name ?? facts.definitionId,
    privileged: builtIn?.privileged === true || facts.isPrivileged === true
  };
  const isBuiltIn = facts.isBuiltIn ?? (builtIn ? true : undefined);
  if (isBuiltIn !== undefined) role.builtIn = isBuiltIn;
  if (facts.description) role.description = facts.description;
  const templateId = facts.templateId ?? builtIn?.templateId;
  if (templateId) role.attrs = { templateId: objectKey(templateId) };
  return { role, known: facts.name !== undefined || builtIn !== undefined };
}
