/**
 * The IAM facts of Northwind Meridian's AWS account as tables: users with their credential
 * report state, groups, inline policies and roles. demo/aws.mjs turns them into records.
 */

/**
 * IAM users: name (a staff handle becomes an e-mail), created, password last used ('never',
 * a time, or null for no password), MFA, keys [active, rotated, lastUsed, region, service],
 * groups, attached policies, inline policies.
 */
export const USERS = [
  [
    'tomasz.wojcik',
    '2018-02-05',
    '2026-11-12T09:14:22',
    true,
    [[true, '2024-01-10T08:00:00', '2026-11-12T16:20:00', 'eu-central-1', 'ec2']],
    ['Admins'],
    []
  ],
  [
    'grace.liu',
    '2020-09-01',
    '2026-11-13T15:02:10',
    true,
    [[true, '2026-09-20T10:00:00', '2026-11-13T18:40:00', 'us-east-1', 'iam']],
    [],
    ['NWM-OpsIamManager']
  ],
  [
    'rahul.mehta',
    '2021-01-25',
    '2026-11-13T17:45:03',
    false,
    [[true, '2023-05-04T09:30:00', '2026-11-13T17:50:00', 'us-east-1', 'lambda']],
    ['Developers'],
    ['NWM-LambdaDeployer']
  ],
  ['ben.okafor', '2019-08-01', '2026-11-14T08:31:00', true, [], ['Developers'], []],
  ['ahmed.hassan', '2020-10-12', '2026-11-11T10:00:00', true, [], ['Developers'], []],
  ['ivan.horvat', '2020-02-24', '2026-04-02T11:11:11', false, [], ['Developers'], []],
  ['noah.fischer', '2021-03-08', '2026-11-10T13:13:00', true, [], ['Developers'], []],
  ['alex.novak', '2025-12-01', 'never', false, [], ['Developers'], []],
  [
    'kevin.marsh',
    '2019-04-22',
    '2026-09-28T17:30:00',
    true,
    [[true, '2025-02-11T12:00:00', '2026-11-14T03:12:00', 'us-east-1', 'ec2']],
    ['Developers'],
    []
  ],
  ['marcus.reid', '2018-03-12', '2026-11-06T09:45:00', false, [], [], [], 'ec2-operator'],
  [
    'oscar.duarte',
    '2021-04-19',
    '2026-11-12T14:00:00',
    true,
    [[true, '2026-09-01T09:00:00', '2026-11-12T14:05:00', 'eu-west-1', 'glue']],
    ['Developers'],
    []
  ],
  ['priya.raman', '2019-02-11', '2026-11-09T10:30:00', true, [], ['SecurityAudit'], []],
  [
    'j.harper',
    '2019-06-17',
    '2026-10-19T20:11:00',
    false,
    [[true, '2019-06-17T12:00:00', '2026-10-19T20:15:00', 'us-east-1', 's3']],
    ['Admins'],
    []
  ],
  [
    'tmp-vendor-audit',
    '2026-05-02',
    'never',
    false,
    [[true, '2026-05-02T13:00:00', null]],
    [],
    ['SecurityAudit', 'ReadOnlyAccess', 'AdministratorAccess']
  ],
  [
    'svc-ci-deploy',
    '2023-11-20',
    null,
    false,
    [[true, '2026-09-15T10:00:00', '2026-11-14T11:02:00', 'eu-central-1', 'cloudformation']],
    [],
    ['NWM-CiDeploy']
  ],
  [
    'svc-backup-s3',
    '2021-03-09',
    null,
    false,
    [[true, '2021-03-09T16:00:00', '2026-11-14T01:05:00', 'eu-central-1', 's3']],
    [],
    [],
    's3-backup'
  ],
  [
    'svc-legacy-etl',
    '2021-05-10',
    null,
    false,
    [
      [true, '2022-11-30T09:00:00', '2025-12-18T02:00:00', 'eu-west-1', 's3'],
      [true, '2023-01-05T10:00:00', null]
    ],
    [],
    ['NWM-LegacyEtl']
  ],
  [
    'svc-monitoring',
    '2024-02-02',
    null,
    false,
    [
      [false, '2024-02-02T09:00:00', '2024-06-30T00:00:00', 'us-east-1', 'cloudwatch'],
      [true, '2026-09-01T09:00:00', '2026-11-14T23:50:00', 'us-east-1', 'cloudwatch']
    ],
    [],
    ['CloudWatchReadOnlyAccess']
  ]
];

export const GROUPS = [
  ['Admins', '2016-03-01', ['AdministratorAccess']],
  ['Developers', '2019-04-01', ['PowerUserAccess', 'NWM-DenyProdDataDelete']],
  ['SecurityAudit', '2019-02-11', ['SecurityAudit']],
  ['Finance', '2022-03-08', ['NWM-BillingReadOnly']]
];

export const INLINE = {
  'ec2-operator': {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['ec2:*', 'elasticloadbalancing:*'], Resource: '*' }]
  },
  's3-backup': {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['s3:PutObject', 's3:GetObject', 's3:ListBucket'],
        Resource: ['arn:aws:s3:::nwm-backups', 'arn:aws:s3:::nwm-backups/*']
      }
    ]
  },
  'partner-upload': {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::nwm-partner-drop/*' }
    ]
  },
  'app-read': {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::nwm-app-config/*' }
    ]
  }
};

/** Roles: name, created, trust kind, attached, inline, last used, path. */
export function roles(trust) {
  return [
    [
      'lambda-exec-admin',
      '2024-06-03T10:30:00',
      trust.service('lambda.amazonaws.com'),
      ['AdministratorAccess'],
      [],
      '2026-11-13T17:52:00'
    ],
    [
      'nwm-ci-deploy-role',
      '2023-11-20T12:30:00',
      trust.githubOidc,
      ['PowerUserAccess'],
      [],
      '2026-11-14T11:03:00'
    ],
    [
      'OrganizationAccountAccessRole',
      '2016-02-20T09:00:00',
      trust.managementAccount,
      ['AdministratorAccess'],
      [],
      '2026-08-20T13:00:00'
    ],
    [
      'legacy-partner-access',
      '2019-10-01T10:00:00',
      trust.anyone,
      ['ReadOnlyAccess'],
      ['partner-upload'],
      '2026-11-05T22:17:00'
    ],
    [
      'analytics-vendor-role',
      '2025-02-03T09:00:00',
      trust.vendorWithExternalId,
      ['ReadOnlyAccess'],
      [],
      null
    ],
    [
      'ec2-app-role',
      '2020-05-05T08:00:00',
      trust.service('ec2.amazonaws.com'),
      [],
      ['app-read'],
      '2026-11-14T20:00:00',
      '/',
      true
    ],
    [
      'AWSServiceRoleForSupport',
      '2016-02-01T00:00:00',
      trust.service('support.amazonaws.com'),
      ['AWSSupportServiceRolePolicy'],
      [],
      null,
      '/aws-service-role/support.amazonaws.com/'
    ]
  ];
}
