/**
 * The published IAM privilege-escalation methods, written down as data. Each needs every action
 * in `actions`; `reaches` says what the holder gains. Methods that need something the export
 * cannot show (an existing function, instance or older policy version) are `possible`.
 */

export type EscalationReach =
  /** Rewrite or attach policies on the principal itself (or its groups): it becomes admin. */
  | 'self'
  /** Change a role the principal can already assume, so the role gains any right. */
  | 'assumable-role'
  /** Act as another user by minting its credentials. */
  | 'other-user'
  /** Join a group and inherit its policies. */
  | 'group'
  /** Rewrite a role's trust policy so that the principal may assume it. */
  | 'role-trust'
  /** Hand a role to a service and run code under it. */
  | 'service-role';

export interface EscalationMethod {
  id: string;
  title: string;
  actions: string[];
  /** The action whose Resource decides which targets are in reach. */
  targetAction: string;
  reaches: EscalationReach;
  /** For `service-role`: the service the role must trust. */
  service?: string;
  certainty: 'definite' | 'possible';
  /** Plain words: what the holder does. Reads after "<name> can". */
  explanation: string;
}

function passRole(
  id: string,
  service: string,
  actions: string[],
  explanation: string,
  certainty: 'definite' | 'possible' = 'definite'
): EscalationMethod {
  return {
    id,
    title: `iam:PassRole with ${actions.join(' + ')}`,
    actions: ['iam:PassRole', ...actions],
    targetAction: 'iam:PassRole',
    reaches: 'service-role',
    service,
    certainty,
    explanation
  };
}

function existing(
  id: string,
  service: string,
  action: string,
  explanation: string
): EscalationMethod {
  return {
    id,
    title: action,
    actions: [action],
    targetAction: action,
    reaches: 'service-role',
    service,
    certainty: 'possible',
    explanation
  };
}

function iam(
  id: string,
  action: string,
  reaches: EscalationReach,
  explanation: string,
  certainty: 'definite' | 'possible' = 'definite'
): EscalationMethod {
  return {
    id,
    title: action,
    actions: [action],
    targetAction: action,
    reaches,
    certainty,
    explanation
  };
}

export const ESCALATION_METHODS: readonly EscalationMethod[] = [
  iam(
    'create-policy-version',
    'iam:CreatePolicyVersion',
    'self',
    'publish a new default version of a customer-managed policy it holds, granting itself anything'
  ),
  iam(
    'set-default-policy-version',
    'iam:SetDefaultPolicyVersion',
    'self',
    'switch a policy it holds back to an older version, which may grant more',
    'possible'
  ),
  iam('attach-user-policy', 'iam:AttachUserPolicy', 'self', 'attach AdministratorAccess to itself'),
  iam(
    'attach-group-policy',
    'iam:AttachGroupPolicy',
    'self',
    'attach AdministratorAccess to a group it is in'
  ),
  iam(
    'attach-role-policy',
    'iam:AttachRolePolicy',
    'self',
    'attach AdministratorAccess to its own role'
  ),
  iam(
    'put-user-policy',
    'iam:PutUserPolicy',
    'self',
    'write an inline policy on itself that allows everything'
  ),
  iam(
    'put-group-policy',
    'iam:PutGroupPolicy',
    'self',
    'write an inline policy that allows everything on a group it is in'
  ),
  iam(
    'put-role-policy',
    'iam:PutRolePolicy',
    'self',
    'write an inline policy that allows everything on its own role'
  ),
  iam(
    'attach-assumable-role-policy',
    'iam:AttachRolePolicy',
    'assumable-role',
    'attach AdministratorAccess to a role it can assume'
  ),
  iam(
    'put-assumable-role-policy',
    'iam:PutRolePolicy',
    'assumable-role',
    'write an allow-everything inline policy on a role it can assume'
  ),
  iam(
    'add-user-to-group',
    'iam:AddUserToGroup',
    'group',
    "add itself to a group and inherit the group's policies"
  ),
  iam(
    'create-access-key',
    'iam:CreateAccessKey',
    'other-user',
    'create an access key for another user and act as that user'
  ),
  iam(
    'create-login-profile',
    'iam:CreateLoginProfile',
    'other-user',
    'set a console password for another user that has none and sign in as that user'
  ),
  iam(
    'update-login-profile',
    'iam:UpdateLoginProfile',
    'other-user',
    "reset another user's console password and sign in as that user"
  ),
  iam(
    'update-assume-role-policy',
    'iam:UpdateAssumeRolePolicy',
    'role-trust',
    "rewrite a role's trust policy to let itself assume the role"
  ),
  passRole(
    'passrole-lambda-invoke',
    'lambda.amazonaws.com',
    ['lambda:CreateFunction', 'lambda:InvokeFunction'],
    'create a Lambda function that runs as the role and invoke it'
  ),
  passRole(
    'passrole-lambda-event',
    'lambda.amazonaws.com',
    ['lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
    'create a Lambda function that runs as the role and trigger it from an event source'
  ),
  passRole(
    'passrole-ec2',
    'ec2.amazonaws.com',
    ['ec2:RunInstances'],
    "start an EC2 instance with the role's instance profile and use its credentials"
  ),
  passRole(
    'passrole-ec2-associate',
    'ec2.amazonaws.com',
    ['ec2:AssociateIamInstanceProfile'],
    'attach the role to an instance it already controls',
    'possible'
  ),
  passRole(
    'passrole-autoscaling',
    'ec2.amazonaws.com',
    ['autoscaling:CreateLaunchConfiguration', 'autoscaling:CreateAutoScalingGroup'],
    'launch instances with the role through an Auto Scaling group'
  ),
  passRole(
    'passrole-cloudformation',
    'cloudformation.amazonaws.com',
    ['cloudformation:CreateStack'],
    'create a CloudFormation stack that runs as the role and creates whatever it is told'
  ),
  passRole(
    'passrole-glue-endpoint',
    'glue.amazonaws.com',
    ['glue:CreateDevEndpoint'],
    'create a Glue development endpoint that runs as the role and log in to it'
  ),
  passRole(
    'passrole-glue-job',
    'glue.amazonaws.com',
    ['glue:CreateJob', 'glue:StartJobRun'],
    'create and start a Glue job that runs as the role'
  ),
  passRole(
    'passrole-datapipeline',
    'datapipeline.amazonaws.com',
    [
      'datapipeline:CreatePipeline',
      'datapipeline:PutPipelineDefinition',
      'datapipeline:ActivatePipeline'
    ],
    'define and activate a Data Pipeline that runs commands as the role'
  ),
  passRole(
    'passrole-sagemaker-notebook',
    'sagemaker.amazonaws.com',
    ['sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'],
    'create a SageMaker notebook that runs as the role and open it'
  ),
  passRole(
    'passrole-sagemaker-training',
    'sagemaker.amazonaws.com',
    ['sagemaker:CreateTrainingJob'],
    'start a SageMaker training job whose code runs as the role'
  ),
  passRole(
    'passrole-sagemaker-processing',
    'sagemaker.amazonaws.com',
    ['sagemaker:CreateProcessingJob'],
    'start a SageMaker processing job whose code runs as the role'
  ),
  passRole(
    'passrole-codebuild',
    'codebuild.amazonaws.com',
    ['codebuild:CreateProject', 'codebuild:StartBuild'],
    'create and start a CodeBuild project that runs as the role'
  ),
  passRole(
    'passrole-ecs',
    'ecs-tasks.amazonaws.com',
    ['ecs:RegisterTaskDefinition', 'ecs:RunTask'],
    "run an ECS task whose containers get the role's credentials"
  ),
  existing(
    'lambda-update-code',
    'lambda.amazonaws.com',
    'lambda:UpdateFunctionCode',
    'replace the code of an existing Lambda function that runs as the role'
  ),
  existing(
    'glue-update-endpoint',
    'glue.amazonaws.com',
    'glue:UpdateDevEndpoint',
    'add its SSH key to an existing Glue endpoint that runs as the role'
  ),
  existing(
    'ssm-send-command',
    'ec2.amazonaws.com',
    'ssm:SendCommand',
    'run commands on an instance that holds the role'
  ),
  existing(
    'ssm-start-session',
    'ec2.amazonaws.com',
    'ssm:StartSession',
    'open a shell on an instance that holds the role'
  ),
  existing(
    'ec2-instance-connect',
    'ec2.amazonaws.com',
    'ec2-instance-connect:SendSSHPublicKey',
    'push an SSH key to an instance that holds the role and log in'
  ),
  existing(
    'codebuild-start-build',
    'codebuild.amazonaws.com',
    'codebuild:StartBuild',
    'start an existing CodeBuild project with its own build commands, running as the role'
  ),
  existing(
    'cloudformation-update-stack',
    'cloudformation.amazonaws.com',
    'cloudformation:UpdateStack',
    'change an existing stack that runs as the role'
  )
];
