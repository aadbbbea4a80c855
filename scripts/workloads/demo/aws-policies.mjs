/**
 * The IAM policy documents of Northwind Meridian's AWS account. AWS-managed documents are the
 * published ones, shortened where they run to thousands of read-only actions.
 */

const doc = (...Statement) => ({ Version: '2012-10-17', Statement });

export const AWS_MANAGED = {
  AdministratorAccess: doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
  PowerUserAccess: doc(
    { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
    {
      Effect: 'Allow',
      Action: [
        'account:GetAccountInformation',
        'account:GetPrimaryEmail',
        'account:ListRegions',
        'iam:CreateServiceLinkedRole',
        'iam:DeleteServiceLinkedRole',
        'iam:ListRoles',
        'organizations:DescribeOrganization'
      ],
      Resource: '*'
    }
  ),
  ReadOnlyAccess: doc({
    Effect: 'Allow',
    Action: [
      'ec2:Describe*',
      'iam:Get*',
      'iam:List*',
      's3:Get*',
      's3:List*',
      'lambda:Get*',
      'lambda:List*',
      'cloudtrail:Describe*',
      'cloudtrail:LookupEvents'
    ],
    Resource: '*'
  }),
  SecurityAudit: doc({
    Effect: 'Allow',
    Action: [
      'access-analyzer:List*',
      'cloudtrail:DescribeTrails',
      'config:Describe*',
      'guardduty:Get*',
      'iam:GenerateCredentialReport',
      'iam:GetAccountAuthorizationDetails',
      'iam:GetCredentialReport',
      'iam:List*',
      's3:GetBucketPolicy'
    ],
    Resource: '*'
  }),
  CloudWatchReadOnlyAccess: doc({
    Effect: 'Allow',
    Action: [
      'cloudwatch:Describe*',
      'cloudwatch:Get*',
      'cloudwatch:List*',
      'logs:Get*',
      'logs:Describe*',
      'logs:FilterLogEvents'
    ],
    Resource: '*'
  }),
  AWSSupportServiceRolePolicy: doc({
    Effect: 'Allow',
    Action: ['support:*', 'ec2:DescribeInstances', 'iam:GetAccountSummary'],
    Resource: '*'
  })
};

/** Customer-managed policies: name, created, versions (oldest first), default version id. */
export function customerPolicies(account) {
  return [
    {
      name: 'NWM-LambdaDeployer',
      created: '2024-06-03T10:11:00',
      document: doc(
        {
          Sid: 'DeployFunctions',
          Effect: 'Allow',
          Action: [
            'lambda:CreateFunction',
            'lambda:UpdateFunctionCode',
            'lambda:InvokeFunction',
            'lambda:GetFunction'
          ],
          Resource: '*'
        },
        // Any role may be handed to Lambda, including lambda-exec-admin: the escalation path.
        { Sid: 'PassExecutionRole', Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }
      )
    },
    {
      name: 'NWM-OpsIamManager',
      created: '2023-02-14T15:40:00',
      document: doc({ Sid: 'ManageIdentities', Effect: 'Allow', Action: 'iam:*', Resource: '*' })
    },
    {
      name: 'NWM-DenyProdDataDelete',
      created: '2022-09-01T08:00:00',
      document: doc({
        Sid: 'ProtectProdBuckets',
        Effect: 'Deny',
        Action: ['s3:DeleteObject', 's3:DeleteBucket', 's3:PutBucketPolicy'],
        Resource: ['arn:aws:s3:::nwm-prod-*', 'arn:aws:s3:::nwm-prod-*/*']
      })
    },
    {
      name: 'NWM-CiDeploy',
      created: '2023-11-20T12:00:00',
      document: doc(
        {
          Effect: 'Allow',
          Action: ['cloudformation:*', 's3:PutObject', 's3:GetObject', 'ecr:*'],
          Resource: '*'
        },
        {
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: `arn:aws:iam::${account}:role/nwm-ci-deploy-role`
        },
        {
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Resource: `arn:aws:iam::${account}:role/nwm-ci-deploy-role`
        }
      )
    },
    {
      name: 'NWM-LegacyEtl',
      created: '2021-05-10T09:00:00',
      // v1 once granted everything; v2 is the default, so v1 has no effect any more.
      versions: [
        {
          id: 'v1',
          created: '2021-05-10T09:00:00',
          document: doc({ Effect: 'Allow', Action: '*', Resource: '*' })
        },
        {
          id: 'v2',
          created: '2022-01-17T14:30:00',
          document: doc({
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 'glue:*'],
            Resource: '*'
          })
        }
      ],
      defaultVersion: 'v2'
    },
    {
      name: 'NWM-BillingReadOnly',
      created: '2022-03-08T11:20:00',
      document: doc(
        { Effect: 'Allow', Action: ['ce:Get*', 'cur:Describe*', 'budgets:View*'], Resource: '*' },
        { Effect: 'Deny', NotAction: ['ce:*', 'cur:*', 'budgets:*'], Resource: '*' }
      )
    }
  ];
}

/** Trust policies (AssumeRolePolicyDocument) by role. */
export function trustPolicies(account) {
  return {
    service: (svc) =>
      doc({ Effect: 'Allow', Principal: { Service: svc }, Action: 'sts:AssumeRole' }),
    githubOidc: doc({
      Effect: 'Allow',
      Principal: {
        Federated: `arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com`
      },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: {
          'token.actions.githubusercontent.com:sub': 'repo:northwind-meridian/*:ref:refs/heads/main'
        }
      }
    }),
    managementAccount: doc({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::730335218845:root' },
      Action: 'sts:AssumeRole'
    }),
    vendorWithExternalId: doc({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::999988887777:root' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'nwm-7f3a91' } }
    }),
    anyone: doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' })
  };
}
