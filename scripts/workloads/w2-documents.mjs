/**
 * Permission documents for W2: a mix shaped like a real account's, mostly narrow grants
 * with some service wildcards, `NotAction`, `Deny` guard rails, conditions, a few
 * privilege-escalation permissions and rare full-admin statements.
 */

const SERVICES = {
  s3: [
    ['GetObject', 'PutObject', 'ListBucket', 'DeleteObject', 'GetBucketPolicy', 'PutBucketPolicy'],
    (a, n) => [`arn:aws:s3:::nwm-${n}`, `arn:aws:s3:::nwm-${n}/*`]
  ],
  ec2: [
    [
      'DescribeInstances',
      'RunInstances',
      'TerminateInstances',
      'StartInstances',
      'StopInstances',
      'CreateTags'
    ],
    (a) => [`arn:aws:ec2:*:${a}:instance/*`]
  ],
  lambda: [
    ['InvokeFunction', 'CreateFunction', 'UpdateFunctionCode', 'GetFunction', 'ListFunctions'],
    (a, n) => [`arn:aws:lambda:*:${a}:function:${n}-*`]
  ],
  dynamodb: [
    ['GetItem', 'PutItem', 'Query', 'Scan', 'UpdateItem', 'DeleteItem'],
    (a, n) => [`arn:aws:dynamodb:*:${a}:table/${n}`]
  ],
  sqs: [
    ['SendMessage', 'ReceiveMessage', 'DeleteMessage', 'GetQueueAttributes'],
    (a, n) => [`arn:aws:sqs:*:${a}:${n}`]
  ],
  sns: [['Publish', 'Subscribe', 'ListTopics'], (a, n) => [`arn:aws:sns:*:${a}:${n}`]],
  logs: [
    ['CreateLogGroup', 'CreateLogStream', 'PutLogEvents', 'FilterLogEvents'],
    (a, n) => [`arn:aws:logs:*:${a}:log-group:/nwm/${n}:*`]
  ],
  cloudwatch: [['PutMetricData', 'GetMetricData', 'DescribeAlarms'], () => ['*']],
  kms: [
    ['Decrypt', 'Encrypt', 'GenerateDataKey', 'DescribeKey'],
    (a) => [`arn:aws:kms:*:${a}:key/*`]
  ],
  secretsmanager: [
    ['GetSecretValue', 'DescribeSecret', 'PutSecretValue'],
    (a, n) => [`arn:aws:secretsmanager:*:${a}:secret:${n}-*`]
  ],
  ssm: [
    ['GetParameter', 'GetParameters', 'PutParameter', 'SendCommand'],
    (a, n) => [`arn:aws:ssm:*:${a}:parameter/${n}/*`]
  ],
  ecr: [
    ['GetAuthorizationToken', 'BatchGetImage', 'PutImage'],
    (a, n) => [`arn:aws:ecr:*:${a}:repository/${n}`]
  ],
  ecs: [
    ['RunTask', 'DescribeTasks', 'UpdateService'],
    (a, n) => [`arn:aws:ecs:*:${a}:service/${n}/*`]
  ],
  glue: [['StartJobRun', 'GetJob', 'CreateJob'], (a, n) => [`arn:aws:glue:*:${a}:job/${n}`]]
};
const SERVICE_NAMES = Object.keys(SERVICES);

/** Permissions that published IAM escalation methods rely on. */
const ESCALATION = [
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
  ['iam:PassRole', 'ec2:RunInstances'],
  ['iam:CreatePolicyVersion'],
  ['iam:AttachUserPolicy'],
  ['iam:PutRolePolicy'],
  ['iam:CreateAccessKey'],
  ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'],
  ['iam:PassRole', 'glue:CreateDevEndpoint'],
  ['iam:PassRole', 'cloudformation:CreateStack']
];

const doc = (Statement) => ({ Version: '2012-10-17', Statement });

function narrow(r, account, name) {
  const svc = r.pick(SERVICE_NAMES);
  const [actions, resources] = SERVICES[svc];
  const n = r.int(1, Math.min(4, actions.length));
  const picked = r
    .shuffle(actions)
    .slice(0, n)
    .map((a) => `${svc}:${a}`);
  const res = resources(account, name);
  return {
    Effect: 'Allow',
    Action: picked.length === 1 ? picked[0] : picked,
    Resource: res.length === 1 ? res[0] : res
  };
}

/** One statement, drawn from the mix above. */
function statement(r, account, name) {
  const kind = r.weighted([
    ['narrow', 600],
    ['serviceWildcard', 100],
    ['readWildcard', 100],
    ['notAction', 30],
    ['deny', 80],
    ['condition', 60],
    ['escalation', 25],
    ['admin', 3],
    ['iamStar', 2]
  ]);
  const svc = r.pick(SERVICE_NAMES);
  switch (kind) {
    case 'serviceWildcard':
      return {
        Effect: 'Allow',
        Action: `${svc}:*`,
        Resource: r.chance(0.6) ? '*' : SERVICES[svc][1](account, name)[0]
      };
    case 'readWildcard':
      return {
        Effect: 'Allow',
        Action: [`${svc}:Describe*`, `${svc}:Get*`, `${svc}:List*`],
        Resource: '*'
      };
    case 'notAction':
      return {
        Effect: 'Allow',
        NotAction: r.pick([
          ['iam:*', 'organizations:*', 'account:*'],
          ['iam:*'],
          ['s3:DeleteBucket', 'kms:ScheduleKeyDeletion']
        ]),
        Resource: '*'
      };
    case 'deny':
      return r.chance(0.5)
        ? {
            Effect: 'Deny',
            Action: '*',
            Resource: '*',
            Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-central-1', 'eu-west-1'] } }
          }
        : {
            Effect: 'Deny',
            NotAction: ['iam:ChangePassword', 'iam:GetUser', 'sts:GetSessionToken'],
            Resource: '*',
            Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }
          };
    case 'condition':
      return {
        ...narrow(r, account, name),
        Condition: { StringEquals: { 'aws:ResourceTag/team': name.split('-')[0] } }
      };
    case 'escalation':
      return { Effect: 'Allow', Action: r.pick(ESCALATION), Resource: '*' };
    case 'admin':
      return { Effect: 'Allow', Action: '*', Resource: '*' };
    case 'iamStar':
      return { Effect: 'Allow', Action: 'iam:*', Resource: '*' };
    default:
      return narrow(r, account, name);
  }
}

/** A permissions document of one to four statements. */
export function permissionsDocument(r, account, name) {
  const count = r.weighted([
    [1, 45],
    [2, 30],
    [3, 15],
    [4, 10]
  ]);
  const statements = [];
  for (let i = 0; i < count; i++) {
    const s = statement(r, account, name);
    if (r.chance(0.3)) s.Sid = `Stmt${r.digits(13)}`;
    statements.push(s);
  }
  return doc(statements);
}
