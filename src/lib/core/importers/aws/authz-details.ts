/**
 * `aws-authorization-details`: the output of `aws iam get-account-authorization-details`
 * (`UserDetailList`, `GroupDetailList`, `RoleDetailList`, `Policies`). Instance profiles are
 * left out: they only wrap roles already listed.
 */
import type { RejectedRow } from '../../assessment';
import { list, obj, prop, text } from '../../decode/values';
import type { Group } from '../../model';
import { emptyRecordSet } from '../../model';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { accountScope } from './arn';
import { groupNamesOf, groupRecord, roleRecord, userAccount } from './authz-principals';
import { PolicyBook } from './authz-policies';

const LISTS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'] as const;

function detect(value: unknown): Detection | null {
  const o = obj(value);
  if (!o) return null;
  const found = LISTS.filter((key) => Array.isArray(o[key]));
  // Two lists at least, one of them of principals: a bare `Policies` array is too generic.
  if (found.length < 2 || !found.some((key) => key !== 'Policies')) return null;
  return {
    confidence: found.length === LISTS.length ? 0.97 : 0.9,
    evidence: `AWS get-account-authorization-details: keys ${found.join(', ')}`
  };
}

/** The objects of one list, each with its ARN, rejecting items that have none. */
function itemsWithArn(
  value: Record<string, unknown>,
  key: (typeof LISTS)[number],
  rejected: RejectedRow[]
): { raw: Record<string, unknown>; arn: string }[] {
  const out: { raw: Record<string, unknown>; arn: string }[] = [];
  list(value[key]).forEach((item, i) => {
    const raw = obj(item);
    const arn = text(prop(raw, 'Arn'));
    // JSON has no lines: `line` is the item's 1-based position in its list.
    if (!raw || !arn) rejected.push({ line: i + 1, column: `${key}[${i}].Arn`, reason: 'no Arn' });
    else out.push({ raw, arn });
  });
  return out;
}

function parse(value: unknown): ImportOutput {
  const root = obj(value) ?? {};
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const warnings: string[] = [];
  const book = new PolicyBook();
  const arns: string[] = [];

  // Managed policies first, so that attachments find them.
  for (const { raw } of itemsWithArn(root, 'Policies', rejected)) book.addManaged(raw);

  const groupsByName = new Map<string, Group>();
  for (const { raw, arn } of itemsWithArn(root, 'GroupDetailList', rejected)) {
    const group = groupRecord(raw, arn);
    groupsByName.set(group.name, group);
    records.groups.push(group);
    book.attach(prop(raw, 'AttachedManagedPolicies'), group.id, group.name);
    book.addInline(prop(raw, 'GroupPolicyList'), arn, group.id, group.name);
    arns.push(arn);
  }

  const unknownGroups = new Set<string>();
  for (const { raw, arn } of itemsWithArn(root, 'UserDetailList', rejected)) {
    const account = userAccount(raw, arn);
    records.accounts.push(account);
    for (const name of groupNamesOf(raw)) {
      const group = groupsByName.get(name);
      if (group) group.memberIds.push(account.id);
      else unknownGroups.add(name);
    }
    book.attach(prop(raw, 'AttachedManagedPolicies'), account.id, account.name);
    book.addInline(prop(raw, 'UserPolicyList'), arn, account.id, account.name);
    arns.push(arn);
  }
  if (unknownGroups.size > 0) {
    warnings.push(
      `users belong to groups not in GroupDetailList: ${[...unknownGroups].join(', ')}`
    );
  }

  for (const { raw, arn } of itemsWithArn(root, 'RoleDetailList', rejected)) {
    const role = roleRecord(raw, arn);
    records.roles.push(role);
    book.attach(prop(raw, 'AttachedManagedPolicies'), role.id, role.name);
    book.addInline(prop(raw, 'RolePolicyList'), arn, role.id, role.name);
    arns.push(arn);
  }

  records.policies = book.policies();
  warnings.push(...book.warnings, ...book.undescribedWarnings());
  if (root.IsTruncated === true) {
    warnings.push('the output is one page of several (IsTruncated): principals may be missing');
  }
  const scope = accountScope([...arns, ...records.policies.map((p) => p.nativeId)]);
  if (scope.others.length > 0) {
    warnings.push(`ARNs of several AWS accounts: ${[scope.account, ...scope.others].join(', ')}`);
  }
  return { records, rejected, warnings, scopeKey: scope.account };
}

export const awsAuthorizationDetails: JsonImporter = {
  id: 'aws-authorization-details',
  label: 'AWS IAM account authorization details (JSON)',
  system: 'aws',
  input: 'json',
  detect,
  parse
};
