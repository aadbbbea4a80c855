/**
 * `gcp-iam-policy`: `gcloud projects|organizations get-iam-policy --format=json`, or the
 * `getIamPolicy` response body: `{bindings: [{role, members, condition?}], etag, version}`.
 */
import type { RejectedRow } from '../../assessment';
import { list, obj, prop, text } from '../../decode/values';
import type { Account, Assignment, Group, Role } from '../../model';
import { emptyRecordSet, recordId } from '../../model';
import type { Detection, ImportContext, ImportOutput, JsonImporter } from '../types';
import { conditionExpiry } from './condition';
import { memberAccount, readMember } from './members';

/** Basic and admin roles that are admin-equivalent at project or organization level (SPEC §6). */
export const GCP_PRIVILEGED_ROLES: readonly string[] = [
  'roles/owner',
  'roles/editor',
  'roles/resourcemanager.organizationAdmin',
  'roles/iam.securityAdmin'
];

function bindingsOf(value: unknown): unknown[] | undefined {
  const bindings = prop(value, 'bindings');
  return Array.isArray(bindings) ? bindings : undefined;
}

function detect(value: unknown): Detection | null {
  const bindings = bindingsOf(value);
  if (!bindings || bindings.length === 0) return null;
  const shaped = bindings.every(
    (b) => typeof prop(b, 'role') === 'string' && Array.isArray(prop(b, 'members'))
  );
  if (!shaped) return null;
  const policyKeys = prop(value, 'etag') !== undefined || prop(value, 'version') !== undefined;
  return {
    confidence: policyKeys ? 0.95 : 0.9,
    evidence: `GCP IAM policy: ${bindings.length} bindings of role and members`
  };
}

function roleRecord(role: string): Role {
  return {
    id: recordId('gcp', 'role', role),
    system: 'gcp',
    nativeId: role,
    name: role,
    privileged: GCP_PRIVILEGED_ROLES.includes(role),
    // Predefined roles are `roles/…`; custom ones `projects/…/roles/…` or `organizations/…`.
    builtIn: role.startsWith('roles/')
  };
}

/** An assignment held twice (repeated bindings) keeps the longer-lasting grant. */
function keepLonger(a: Assignment, b: Assignment): Assignment {
  if (!a.end || !b.end) return a.end ? b : a;
  return a.end >= b.end ? a : b;
}

function parse(value: unknown, ctx: ImportContext): ImportOutput {
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const warnings: string[] = [];
  const accounts = new Map<string, Account>();
  const groups = new Map<string, Group>();
  const roles = new Map<string, Role>();
  const assignments = new Map<string, Assignment>();
  const domains = new Set<string>();
  // The policy body names neither the project nor the organization it belongs to, so the file
  // stands for its resource: a re-export under the same name replaces the older one, and
  // policies of two projects do not overwrite each other.
  const scopeKey = `file:${ctx.fileName}`;

  (bindingsOf(value) ?? []).forEach((binding, i) => {
    const role = text(prop(binding, 'role'));
    // JSON has no lines: `line` is the binding's 1-based position.
    if (!role) {
      rejected.push({
        line: i + 1,
        column: `bindings[${i}].role`,
        reason: 'binding without a role'
      });
      return;
    }
    if (!roles.has(role)) roles.set(role, roleRecord(role));

    const condition = obj(prop(binding, 'condition'));
    const expression = text(prop(condition, 'expression'));
    const end = expression ? conditionExpiry(expression) : undefined;
    if (condition && !end) {
      const title = text(prop(condition, 'title')) ?? expression ?? 'untitled';
      warnings.push(
        `${role}: condition "${title}" is not an expiry; its members are counted as holding ` +
          `the role permanently, which may overstate their access`
      );
    }

    for (const raw of list(prop(binding, 'members'))) {
      const member = readMember(String(raw));
      let principalId: string;
      if (member.type === 'user' || member.type === 'serviceAccount') {
        if (!accounts.has(member.id))
          accounts.set(member.id, memberAccount(member.type, member.email));
        principalId = member.id;
      } else if (member.type === 'group') {
        if (!groups.has(member.id)) {
          // The policy names the group; its members are in Google Workspace or Cloud Identity.
          groups.set(member.id, {
            id: member.id,
            system: 'gcp',
            nativeId: member.email,
            name: member.email,
            memberIds: []
          });
        }
        principalId = member.id;
      } else if (member.type === 'public' || member.type === 'deleted') {
        // Not accounts (SPEC §5) but the grant is real: rules report it as a finding.
        principalId = member.id;
      } else if (member.type === 'domain') {
        domains.add(`${member.domain} (${role})`);
        continue;
      } else {
        warnings.push(`${role}: ${member.reason}; skipped`);
        continue;
      }

      const assignment: Assignment = {
        id: recordId('gcp', 'assignment', `${scopeKey}|${role}|${principalId}`),
        system: 'gcp',
        principalId,
        roleId: recordId('gcp', 'role', role),
        type: 'permanent',
        end
      };
      const seen = assignments.get(assignment.id);
      assignments.set(assignment.id, seen ? keepLonger(seen, assignment) : assignment);
    }
  });

  if (domains.size > 0) {
    warnings.push(
      `roles granted to every account of a domain, not recorded as accounts: ` +
        [...domains].join(', ')
    );
  }
  records.accounts = [...accounts.values()];
  records.groups = [...groups.values()];
  records.roles = [...roles.values()];
  records.assignments = [...assignments.values()].map((a) => (a.end ? a : withoutEnd(a)));
  return { records, rejected, warnings, scopeKey };
}

function withoutEnd(a: Assignment): Assignment {
  const { end: _end, ...rest } = a;
  return rest;
}

export const gcpIamPolicy: JsonImporter = {
  id: 'gcp-iam-policy',
  label: 'GCP IAM policy (get-iam-policy JSON)',
  system: 'gcp',
  input: 'json',
  detect,
  parse
};
