/**
 * Trust policies for W2's roles (services, other accounts, SAML and OIDC federation, rarely
 * anyone at all) and the AWS-managed policies W2 attaches, with short published-style
 * documents.
 */

const doc = (Statement) => ({ Version: '2012-10-17', Statement });

const SERVICE_PRINCIPALS = [
  'lambda.amazonaws.com',
  'ec2.amazonaws.com',
  'ecs-tasks.amazonaws.com',
  'glue.amazonaws.com',
  'states.amazonaws.com',
  'events.amazonaws.com',
  'codebuild.amazonaws.com'
];

/** A trust policy, and whether an EC2 instance profile goes with it. */
export function trustDocument(r, account) {
  const kind = r.weighted([
    ['service', 650],
    ['crossAccount', 150],
    ['saml', 100],
    ['oidc', 50],
    ['sameAccount', 48],
    ['anyone', 2]
  ]);
  switch (kind) {
    case 'crossAccount': {
      const s = {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${r.digits(12)}:root` },
        Action: 'sts:AssumeRole'
      };
      if (r.chance(0.5)) s.Condition = { StringEquals: { 'sts:ExternalId': r.alnum(12) } };
      return { document: doc([s]), ec2: false };
    }
    case 'saml':
      return {
        document: doc([
          {
            Effect: 'Allow',
            Principal: { Federated: `arn:aws:iam::${account}:saml-provider/Okta` },
            Action: 'sts:AssumeRoleWithSAML',
            Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } }
          }
        ]),
        ec2: false
      };
    case 'oidc':
      return {
        document: doc([
          {
            Effect: 'Allow',
            Principal: {
              Federated: `arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com`
            },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:northwind-meridian/*' }
            }
          }
        ]),
        ec2: false
      };
    case 'sameAccount':
      return {
        document: doc([
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${account}:root` },
            Action: 'sts:AssumeRole',
            Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }
          }
        ]),
        ec2: false
      };
    case 'anyone':
      return {
        document: doc([{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }]),
        ec2: false
      };
    default: {
      const svc = r.pick(SERVICE_PRINCIPALS);
      return {
        document: doc([{ Effect: 'Allow', Principal: { Service: svc }, Action: 'sts:AssumeRole' }]),
        ec2: svc === 'ec2.amazonaws.com'
      };
    }
  }
}

/** AWS-managed policies W2 attaches, with short published-style documents. */
export const W2_AWS_MANAGED = [
  ['AdministratorAccess', '/', doc([{ Effect: 'Allow', Action: '*', Resource: '*' }])],
  [
    'PowerUserAccess',
    '/',
    doc([{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' }])
  ],
  [
    'ReadOnlyAccess',
    '/',
    doc([
      {
        Effect: 'Allow',
        Action: ['ec2:Describe*', 's3:Get*', 's3:List*', 'iam:Get*', 'iam:List*'],
        Resource: '*'
      }
    ])
  ],
  [
    'SecurityAudit',
    '/',
    doc([
      {
        Effect: 'Allow',
        Action: ['iam:GetAccountAuthorizationDetails', 'iam:List*', 'config:Describe*'],
        Resource: '*'
      }
    ])
  ],
  [
    'IAMFullAccess',
    '/',
    doc([{ Effect: 'Allow', Action: ['iam:*', 'organizations:DescribeAccount'], Resource: '*' }])
  ],
  [
    'AmazonS3ReadOnlyAccess',
    '/',
    doc([{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }])
  ],
  [
    'AmazonEC2FullAccess',
    '/',
    doc([
      {
        Effect: 'Allow',
        Action: ['ec2:*', 'elasticloadbalancing:*', 'cloudwatch:*', 'autoscaling:*'],
        Resource: '*'
      }
    ])
  ],
  [
    'AmazonDynamoDBFullAccess',
    '/',
    doc([{ Effect: 'Allow', Action: ['dynamodb:*', 'dax:*'], Resource: '*' }])
  ],
  [
    'AWSLambdaBasicExecutionRole',
    '/service-role/',
    doc([
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: '*'
      }
    ])
  ],
  [
    'AmazonSSMManagedInstanceCore',
    '/',
    doc([
      {
        Effect: 'Allow',
        Action: ['ssm:UpdateInstanceInformation', 'ssmmessages:*', 'ec2messages:*'],
        Resource: '*'
      }
    ])
  ],
  [
    'CloudWatchAgentServerPolicy',
    '/',
    doc([
      {
        Effect: 'Allow',
        Action: ['cloudwatch:PutMetricData', 'logs:PutLogEvents', 'logs:CreateLogStream'],
        Resource: '*'
      }
    ])
  ],
  [
    'AmazonECSTaskExecutionRolePolicy',
    '/service-role/',
    doc([
      {
        Effect: 'Allow',
        Action: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'logs:PutLogEvents'],
        Resource: '*'
      }
    ])
  ]
];
