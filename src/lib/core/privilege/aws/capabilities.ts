/**
 * Two families of actions worth naming per principal when allowed on every resource: actions
 * that read data out (secrets, objects, snapshots) and actions that manage permissions.
 */
import type { AwsPrincipal } from './principals';

/** Actions that let a holder read or copy data out, with a short reason each. */
export const DATA_EXFILTRATION_ACTIONS: Readonly<Record<string, string>> = {
  's3:GetObject': 'read any object in any bucket',
  'secretsmanager:GetSecretValue': 'read any stored secret',
  'ssm:GetParameter': 'read any Parameter Store value, including secure strings',
  'ssm:GetParameters': 'read Parameter Store values in bulk',
  'ssm:GetParametersByPath': 'read whole Parameter Store trees',
  'kms:Decrypt': 'decrypt data under any key whose key policy lets the account in',
  'ec2:GetPasswordData': 'read the Windows administrator password of instances',
  'ec2:ModifySnapshotAttribute': 'share disk snapshots with another account',
  'rds:ModifyDBSnapshotAttribute': 'share database snapshots with another account',
  'dynamodb:Scan': 'read whole DynamoDB tables',
  'lambda:GetFunction': 'download function code, which often holds secrets'
};

/** Actions that change who may do what. */
export const PERMISSIONS_MANAGEMENT_ACTIONS: readonly string[] = [
  'iam:AttachUserPolicy',
  'iam:AttachGroupPolicy',
  'iam:AttachRolePolicy',
  'iam:PutUserPolicy',
  'iam:PutGroupPolicy',
  'iam:PutRolePolicy',
  'iam:CreatePolicyVersion',
  'iam:SetDefaultPolicyVersion',
  'iam:UpdateAssumeRolePolicy',
  'iam:AddUserToGroup',
  'iam:CreateUser',
  'iam:CreateRole',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'iam:DeleteUserPermissionsBoundary',
  'iam:DeleteRolePermissionsBoundary',
  'iam:PassRole',
  'sso:CreatePermissionSet',
  'organizations:DetachPolicy'
];

/** The data-exfiltration actions as one list kept for the analysis (rights are cached per list). */
export const DATA_EXFILTRATION_ACTION_NAMES: readonly string[] =
  Object.keys(DATA_EXFILTRATION_ACTIONS);

/** The listed actions a principal may perform on every resource, in list order. */
export function unrestrictedActions(p: AwsPrincipal, actions: readonly string[]): string[] {
  return p.permissions.allowedAmong(actions, '*');
}
