/** Google Workspace super admin, the one role SPEC §6 counts as privileged for Google. */
import type { Assignment, Role } from '../../model';
import { recordId } from '../../model';

export const SUPER_ADMIN_ROLE_ID = recordId('google', 'role', 'super-admin');

/** The super admin role record. */
export function superAdminRole(): Role {
  return {
    id: SUPER_ADMIN_ROLE_ID,
    system: 'google',
    nativeId: 'super-admin',
    name: 'Super Admin',
    privileged: true,
    builtIn: true
  };
}

/** A standing super admin assignment of one account (Google has no just-in-time variant). */
export function superAdminAssignment(accountId: string, email: string): Assignment {
  return {
    id: recordId('google', 'assignment', `${email}:super-admin`),
    system: 'google',
    principalId: accountId,
    roleId: SUPER_ADMIN_ROLE_ID,
    type: 'permanent'
  };
}

/** The account id of a Google Workspace user: its primary email, lower-cased. */
export function googleUserId(primaryEmail: string): string {
  return recordId('google', 'user', primaryEmail.toLowerCase());
}
