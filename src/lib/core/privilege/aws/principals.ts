/**
 * The AWS principals of a record set (users, the root user, roles, groups) with the statements
 * of every identity policy that applies to each: its own managed and inline policies and, for a
 * user, those of its groups. A user's or role's permissions boundary caps all of them.
 */
import type { Account, Group, Policy, RecordSet, Role } from '../../model';
import type { Membership } from '../membership';
import { PermissionSet, type Boundary, type SourcedStatement } from './permissions';
import { parseStatements, type Statement } from './policy-document';

export type AwsPrincipalKind = 'user' | 'root' | 'role' | 'group';

export interface AwsPrincipal {
  id: string;
  kind: AwsPrincipalKind;
  name: string;
  arn?: string;
  accountId?: string;
  record: Account | Role | Group;
  /** Groups of a user. */
  groupIds: string[];
  /** Ids of the policies that apply, own and through groups. */
  policyIds: string[];
  permissions: PermissionSet;
}

/** The ARN of an AWS record: its native id when that is an ARN, else an `arn` attribute. */
export function arnOf(record: Account | Role | Group | Policy): string | undefined {
  if (record.nativeId.startsWith('arn:')) return record.nativeId;
  const attrs = 'attrs' in record ? record.attrs : undefined;
  const arn = attrs?.arn ?? attrs?.Arn;
  return typeof arn === 'string' && arn.startsWith('arn:') ? arn : undefined;
}

/** The 12-digit account of an ARN (`arn:aws:iam::123456789012:role/x`). */
export function accountOfArn(arn: string | undefined): string | undefined {
  const part = arn?.split(':')[4];
  return part && /^\d{12}$/.test(part) ? part : undefined;
}

function lastSegment(arn: string | undefined, fallback: string): string {
  if (!arn) return fallback;
  const resource = arn.split(':').slice(5).join(':');
  return resource.split('/').pop() || fallback;
}

/** Statement lists per policy, parsed once however many principals share the policy. */
export function statementsByPolicy(policies: readonly Policy[]): Map<string, Statement[]> {
  const out = new Map<string, Statement[]>();
  for (const p of policies) if (p.system === 'aws') out.set(p.id, parseStatements(p.document));
  return out;
}

/** Builds every AWS principal with its effective statements. */
export function awsPrincipals(records: RecordSet, membership: Membership): AwsPrincipal[] {
  const policies = records.policies.filter((p) => p.system === 'aws');
  const parsed = statementsByPolicy(policies);
  const attached = new Map<string, Policy[]>();
  for (const p of policies) {
    for (const target of p.attachedTo) {
      const list = attached.get(target);
      if (list) list.push(p);
      else attached.set(target, [p]);
    }
  }

  // One statement list per policy, shared by every principal it is attached to.
  const shared = new Map<string, SourcedStatement[]>();
  for (const p of policies) {
    shared.set(
      p.id,
      (parsed.get(p.id) ?? []).map((s) => ({ ...s, policyId: p.id, policyName: p.name }))
    );
  }
  function sourced(ownerId: string): SourcedStatement[][] {
    return (attached.get(ownerId) ?? []).map((p) => shared.get(p.id) ?? []);
  }
  const byArn = new Map<string, Policy>();
  for (const p of policies) if (p.kind !== 'inline') byArn.set(p.nativeId, p);

  /** The boundary recorded on a user or role (never on a group: AWS has none there). */
  function boundaryOf(record: Account | Role | Group, username?: string): Boundary | undefined {
    const arn = 'attrs' in record ? record.attrs?.permissionsBoundary : undefined;
    if (typeof arn !== 'string' || !arn) return undefined;
    const policy = byArn.get(arn);
    if (!policy) return { arn, name: lastSegment(arn, arn) };
    const rights = new PermissionSet([shared.get(policy.id) ?? []], username);
    return { arn, name: policy.name, policyId: policy.id, rights };
  }

  function make(
    record: Account | Role | Group,
    kind: AwsPrincipalKind,
    groupIds: string[]
  ): AwsPrincipal {
    const arn = arnOf(record);
    const lists = [...sourced(record.id), ...groupIds.flatMap((g) => sourced(g))];
    const name = lastSegment(arn, record.name);
    const username = kind === 'user' ? name : undefined;
    const boundary = kind === 'group' ? undefined : boundaryOf(record, username);
    const permissions = new PermissionSet(lists, username, boundary);
    return {
      id: record.id,
      kind,
      name,
      arn,
      accountId: accountOfArn(arn),
      record,
      groupIds,
      policyIds: [...new Set(permissions.statements.map((s) => s.policyId))],
      permissions
    };
  }

  const out: AwsPrincipal[] = [];
  for (const a of records.accounts) {
    if (a.system !== 'aws') continue;
    const kind = a.kind === 'root' ? 'root' : 'user';
    const groups = membership.groupsOf(a.id);
    out.push(make(a, kind, kind === 'user' ? groups : []));
  }
  for (const r of records.roles) if (r.system === 'aws') out.push(make(r, 'role', []));
  for (const g of records.groups) if (g.system === 'aws') out.push(make(g, 'group', []));
  return out;
}
