/**
 * AWS role trust policies: who may assume which role. Principals named by ARN resolve to the
 * users and roles of the import; an account (`123456789012` or `…:root`) means any principal of
 * that account whose own policies allow `sts:AssumeRole` on the role.
 */
import { matchAction } from './glob';
import { parseStatements } from './policy-document';
import { accountOfArn, type AwsPrincipal } from './principals';

export type TrustKind = 'wildcard' | 'account' | 'principal' | 'service' | 'federated';

export interface TrustRelationship {
  roleId: string;
  /** The principal as the trust policy writes it. */
  principal: string;
  kind: TrustKind;
  /** The trusted account differs from the role's own. */
  crossAccount: boolean;
  /** A compute or orchestration service that runs code as the role. */
  computeService: boolean;
  /** The statement has a Condition (external id, organisation…), which may narrow it. */
  conditional: boolean;
  /** `NotPrincipal`: everyone except the principal. */
  negated: boolean;
  /** Principal ids of the import named by ARN. */
  principalIds: string[];
  actions: string[];
}

/** Services that run customer code or templates under a role they are given. */
export const COMPUTE_SERVICES = [
  'ec2.amazonaws.com',
  'lambda.amazonaws.com',
  'ecs-tasks.amazonaws.com',
  'eks.amazonaws.com',
  'glue.amazonaws.com',
  'sagemaker.amazonaws.com',
  'codebuild.amazonaws.com',
  'cloudformation.amazonaws.com',
  'datapipeline.amazonaws.com',
  'elasticmapreduce.amazonaws.com',
  'batch.amazonaws.com',
  'states.amazonaws.com',
  'apprunner.amazonaws.com',
  'build.apprunner.amazonaws.com',
  'tasks.apprunner.amazonaws.com',
  'ssm.amazonaws.com',
  'codepipeline.amazonaws.com'
];

const ASSUME_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity'
];

function awsKind(value: string): 'account' | 'principal' {
  if (/^\d{12}$/.test(value) || /:root$/.test(value)) return 'account';
  return 'principal';
}

function accountOf(value: string): string | undefined {
  return /^\d{12}$/.test(value) ? value : accountOfArn(value);
}

/** Every trust relationship of every AWS role. */
export function awsTrusts(
  roles: readonly AwsPrincipal[],
  byArn: ReadonlyMap<string, string>
): TrustRelationship[] {
  const out: TrustRelationship[] = [];
  for (const role of roles) {
    if (role.kind !== 'role' || !('trustPolicy' in role.record)) continue;
    for (const s of parseStatements(role.record.trustPolicy)) {
      if (s.effect !== 'Allow' || !s.principal) continue;
      const actions = ASSUME_ACTIONS.filter((a) =>
        s.actions
          ? s.actions.some((p) => matchAction(p, a))
          : !(s.notActions ?? []).some((p) => matchAction(p, a))
      );
      if (actions.length === 0) continue;
      const base = {
        roleId: role.id,
        conditional: s.conditional,
        negated: !!s.notPrincipal,
        actions
      };
      if (s.principal.any || s.notPrincipal) {
        out.push({
          ...base,
          principal: '*',
          kind: 'wildcard',
          crossAccount: true,
          computeService: false,
          principalIds: []
        });
      }
      for (const a of s.principal.aws) {
        const account = accountOf(a);
        const id = byArn.get(a);
        out.push({
          ...base,
          principal: a,
          kind: awsKind(a),
          crossAccount: !!account && !!role.accountId && account !== role.accountId,
          computeService: false,
          principalIds: id ? [id] : []
        });
      }
      for (const svc of s.principal.service) {
        out.push({
          ...base,
          principal: svc,
          kind: 'service',
          crossAccount: false,
          computeService: COMPUTE_SERVICES.includes(svc),
          principalIds: []
        });
      }
      for (const fed of s.principal.federated) {
        out.push({
          ...base,
          principal: fed,
          kind: 'federated',
          crossAccount: false,
          computeService: false,
          principalIds: []
        });
      }
    }
  }
  return out;
}
