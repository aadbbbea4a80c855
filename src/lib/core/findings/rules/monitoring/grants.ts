/** Privilege grants in audit logs (area MON): who gave which rights to whom, and when. */
import type { SignInEvent } from '../../../model';
import { accountsById } from '../../lookup';
import type { Rule } from '../../types';
import { type Hit, notAssessed, verdict } from '../../verdict';
import {
  actorKey,
  actorLabel,
  AUDIT_LOG_FORMATS,
  hasFormat,
  minute,
  NEEDS_AUDIT_LOG
} from './events';

/** Entra audit activities that grant a role or a permission (activity names start so). */
const ENTRA_GRANTS = [
  'add member to role',
  'add eligible member to role',
  'add app role assignment',
  'add delegated permission grant',
  'consent to application'
];
/** CloudTrail calls that give an IAM principal rights, or change what a policy grants. */
const AWS_GRANTS = new Set([
  'AttachUserPolicy',
  'AttachRolePolicy',
  'AttachGroupPolicy',
  'PutUserPolicy',
  'PutRolePolicy',
  'PutGroupPolicy',
  'AddUserToGroup',
  'CreatePolicyVersion',
  'SetDefaultPolicyVersion',
  'UpdateAssumeRolePolicy'
]);
const OKTA_GRANTS = new Set(['user.account.privilege.grant', 'group.privilege.grant']);
const GOOGLE_GRANTS = new Set(['ASSIGN_ROLE', 'GRANT_ADMIN_PRIVILEGE']);

/** Operations that give a principal a role, a policy or a permission, per log. */
const GRANTS: Record<SignInEvent['system'], (operation: string) => boolean> = {
  entra: (op) => ENTRA_GRANTS.some((g) => op.toLowerCase().startsWith(g)),
  aws: (op) => AWS_GRANTS.has(op),
  // Cloud Audit Logs name the method with its service: `…Projects.SetIamPolicy`.
  gcp: (op) => op.toLowerCase().endsWith('setiampolicy'),
  okta: (op) => OKTA_GRANTS.has(op),
  google: (op) => GOOGLE_GRANTS.has(op),
  ad: () => false
};

export function isPrivilegeGrant(e: SignInEvent): boolean {
  return e.category === 'audit' && !!e.operation && (GRANTS[e.system]?.(e.operation) ?? false);
}

export const privilegeGrants: Rule = {
  id: 'ZTW-MON-010',
  severity: 'medium',
  title: 'Privilege grants in the audit logs',
  why:
    'Every role, policy or permission given is a change to who controls what; attackers who ' +
    'get in grant themselves rights first. Each grant should match an approved request.',
  remediation:
    'Match each grant to a change request; remove the ones nobody asked for, and route ' +
    'privilege through just-in-time elevation (PIM, approval workflows) so grants are reviewed.',
  step: 4,
  ztmm: 'Visibility and Analytics',
  attack: 'T1098',
  needs: NEEDS_AUDIT_LOG,
  evaluate(input) {
    if (!hasFormat(input, AUDIT_LOG_FORMATS)) return notAssessed(NEEDS_AUDIT_LOG);
    const accounts = accountsById(input);
    const grants = input.records.events
      .filter((e) => e.result === 'success' && isPrivilegeGrant(e))
      .sort((a, b) => (a.time < b.time ? -1 : 1));
    const hits: Hit[] = grants.map((e) => ({
      id: actorKey(e, accounts) ?? e.id,
      evidence:
        `${minute(e.time)}: ${actorLabel(e, accounts)} — ${e.operation}` +
        `${e.target ? ` to ${e.target}` : ''}${e.ip ? ` from ${e.ip}` : ''}`
    }));
    return verdict(hits);
  }
};
