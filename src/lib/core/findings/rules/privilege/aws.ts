/** AWS privilege rules: trust policies, compute roles, unused roles, broad data and IAM rights. */
import { DATA_EXFILTRATION_ACTIONS } from '../../../privilege/aws/capabilities';
import type { AnalysisInput, Rule } from '../../types';
import { notAssessed, verdict, type Hit } from '../../verdict';
import { days, day } from '../../describe';
import { namer, NEEDS_AWS, privilegeOf } from './context';

function aws(input: AnalysisInput) {
  const p = privilegeOf(input);
  return p.aws.assessed ? p : undefined;
}

export const wildcardTrust: Rule = {
  id: 'ZTW-PRIV-012',
  severity: 'critical',
  title: 'AWS roles that any AWS principal may assume',
  why:
    'A trust policy with "AWS": "*" (or NotPrincipal) lets principals of every AWS account, ' +
    "anyone's included, assume the role unless a condition narrows it.",
  remediation:
    'Name the exact accounts or roles that may assume the role; where a wide principal is ' +
    'needed, add conditions such as aws:PrincipalOrgID and sts:ExternalId.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1199',
  needs: NEEDS_AWS,
  evaluate(input) {
    const p = aws(input);
    if (!p) return notAssessed(NEEDS_AWS);
    const name = namer(input);
    const hits = p.aws.trusts
      .filter((t) => t.kind === 'wildcard')
      .map((t) => ({
        id: t.roleId,
        evidence:
          `${name(t.roleId)}: trust policy allows ${t.negated ? 'everyone but the listed principals (NotPrincipal)' : 'any AWS principal'}` +
          (t.conditional ? ', under a condition that may narrow it' : ', with no condition')
      }));
    return verdict(hits);
  }
};

export const crossAccountTrust: Rule = {
  id: 'ZTW-PRIV-013',
  severity: 'medium',
  title: 'AWS roles trusted by other accounts',
  why:
    'A role that another account may assume hands its rights to whoever controls that ' +
    'account: a vendor, a sandbox or a forgotten test account.',
  remediation:
    'Confirm each trusted account is known and still needed; require sts:ExternalId for ' +
    'third parties and narrow the trust to named roles.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1199',
  needs: NEEDS_AWS,
  evaluate(input) {
    const p = aws(input);
    if (!p) return notAssessed(NEEDS_AWS);
    const name = namer(input);
    const hits = p.aws.trusts
      .filter((t) => t.crossAccount && t.kind !== 'wildcard')
      .map((t) => ({
        id: t.roleId,
        evidence: `${name(t.roleId)}: trusted by ${t.principal}${t.conditional ? ' (with a condition)' : ''}`
      }));
    return verdict(hits);
  }
};

export const powerfulComputeRoles: Rule = {
  id: 'ZTW-PRIV-014',
  severity: 'high',
  title: 'Admin-equivalent AWS roles that compute services can assume',
  why:
    'Any code running on the service (a Lambda function, an EC2 instance, a build) gets the ' +
    "role's credentials: one vulnerable workload or one person able to pass the role becomes " +
    'an administrator.',
  remediation:
    'Give workloads roles with only the rights they use, and restrict iam:PassRole on ' +
    'powerful roles to the pipelines that need it.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1078.004',
  needs: NEEDS_AWS,
  evaluate(input) {
    const p = aws(input);
    if (!p) return notAssessed(NEEDS_AWS);
    const admins = new Set(p.adminEquivalent);
    const name = namer(input);
    const hits = p.aws.trusts
      .filter((t) => t.computeService && admins.has(t.roleId))
      .map((t) => ({
        id: t.roleId,
        evidence: `${name(t.roleId)}: admin-equivalent, assumable by ${t.principal}`
      }));
    return verdict(hits);
  }
};

export const unusedRoles: Rule = {
  id: 'ZTW-PRIV-015',
  severity: 'low',
  title: 'AWS roles not used recently',
  why:
    'A role nobody uses still carries its rights and its trust policy; it is standing access ' +
    'that no one watches.',
  remediation: 'Delete roles that are no longer needed, after checking with their owners.',
  step: 3,
  ztmm: 'Governance',
  attack: 'T1078.004',
  needs: 'AWS authorization details with RoleLastUsed',
  evaluate(input) {
    const p = aws(input);
    const unused = p?.aws.unusedRoles;
    if (!p || !unused) return notAssessed('AWS authorization details with RoleLastUsed');
    const name = namer(input);
    const hits: Hit[] = unused.map((u) => ({
      id: u.roleId,
      evidence: u.lastUsed
        ? `${name(u.roleId)}: last used ${day(u.lastUsed)}, ${days(u.days ?? 0)} before the as-of date`
        : `${name(u.roleId)}: no recorded use${u.days !== undefined ? `, created ${days(u.days)} before the as-of date` : ''}`
    }));
    return verdict(hits);
  }
};

export const unrestrictedDataAccess: Rule = {
  id: 'ZTW-PRIV-016',
  severity: 'medium',
  title: 'AWS principals that can read data out on every resource',
  why:
    'Actions such as s3:GetObject, secretsmanager:GetSecretValue or ssm:GetParameter on "*" ' +
    'let one compromised principal copy every bucket, secret or parameter in the account.',
  remediation: 'Scope these actions to the buckets, secrets and parameters each principal needs.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1530',
  needs: NEEDS_AWS,
  evaluate(input) {
    const p = aws(input);
    if (!p) return notAssessed(NEEDS_AWS);
    const name = namer(input);
    const hits = p.aws.principals
      .filter((x) => !x.admin && x.kind !== 'group' && x.dataExfiltration.length > 0)
      .map((x) => ({
        id: x.id,
        evidence: `${name(x.id)}: ${x.dataExfiltration.map((a) => `${a} (${DATA_EXFILTRATION_ACTIONS[a]})`).join('; ')}`
      }));
    return verdict(hits);
  }
};

export const unrestrictedPermissionsManagement: Rule = {
  id: 'ZTW-PRIV-017',
  severity: 'medium',
  title: 'AWS principals that can manage permissions on every resource',
  why:
    'Permission-management actions on "*" (attaching policies, creating users or keys, ' +
    'passing roles) let a principal change who may do what, itself included.',
  remediation:
    'Keep permission management with a few administrators and pipelines; scope the rest with ' +
    'resource ARNs and permissions boundaries.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1098',
  needs: NEEDS_AWS,
  evaluate(input) {
    const p = aws(input);
    if (!p) return notAssessed(NEEDS_AWS);
    const name = namer(input);
    const hits = p.aws.principals
      .filter((x) => !x.admin && x.kind !== 'group' && x.permissionsManagement.length > 0)
      .map((x) => ({
        id: x.id,
        evidence: `${name(x.id)}: ${x.permissionsManagement.join(', ')} on *`
      }));
    return verdict(hits);
  }
};

export const awsPrivilegeRules: Rule[] = [
  wildcardTrust,
  crossAccountTrust,
  powerfulComputeRoles,
  unusedRoles,
  unrestrictedDataAccess,
  unrestrictedPermissionsManagement
];
