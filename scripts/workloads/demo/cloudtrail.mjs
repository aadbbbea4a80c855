/**
 * CloudTrail management events for Northwind Meridian's account in the two weeks before the
 * export: console sign-ins that match the credential report, a root sign-in without MFA, a
 * burst of failed console logins, admin rights handed to a vendor account, the Lambda
 * escalation being used, a leaver's access key still calling EC2, and an anonymous-trust role
 * being assumed from a foreign account.
 */
import { OFFICE_IPS } from '../lib/reference.mjs';
import { at } from '../lib/time.mjs';
import { ORG } from './roster.mjs';

const CONSOLE_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const CLI_UA =
  'aws-cli/2.18.4 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.6';
const HOME_OF = {
  'rahul.mehta': 'chicago',
  'grace.liu': 'chicago',
  'oscar.duarte': 'chicago',
  'priya.raman': 'manchester',
  'ben.okafor': 'manchester'
};
const WINDOW_START = at('2026-11-01T00:00:00');

function iamIdentity(u, acct, extra = {}) {
  return {
    type: 'IAMUser',
    name: u.name,
    arn: u.arn,
    principalId: u.id,
    ...extra,
    accountId: acct
  };
}

function consoleLogin(r, acct, identity, time, ip, ok, mfa) {
  return {
    id: r.uuid(),
    requestId: r.uuid(),
    time,
    accountId: acct,
    identity,
    source: 'signin.amazonaws.com',
    name: 'ConsoleLogin',
    region: 'us-east-1',
    ip,
    ua: CONSOLE_UA,
    response: { ConsoleLogin: ok ? 'Success' : 'Failure' },
    additional: {
      LoginTo: 'https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true',
      MobileVersion: 'No',
      MFAUsed: mfa ? 'Yes' : 'No'
    },
    errorMessage: ok ? undefined : 'Failed authentication',
    eventType: 'AwsConsoleSignIn'
  };
}

function apiCall(r, acct, identity, time, source, name, ip, fields = {}) {
  return {
    id: r.uuid(),
    requestId: r.uuid(),
    time,
    accountId: acct,
    identity,
    source,
    name,
    region: 'eu-central-1',
    ip,
    ua: CLI_UA,
    ...fields
  };
}

/** The events as one `{"Records": […]}` file, oldest first. */
export function buildCloudTrail(rng, aws) {
  const r = rng.fork('cloudtrail');
  const acct = ORG.awsAccountId;
  const events = [];
  const user = (h) => aws.byHandle.get(h);

  // Console sign-ins behind every password_last_used inside the window.
  for (const u of aws.users) {
    if (typeof u.passwordLastUsed !== 'number' || u.passwordLastUsed < WINDOW_START) continue;
    const ip = OFFICE_IPS[HOME_OF[u.handle] ?? 'hamburg'];
    events.push(consoleLogin(r, acct, iamIdentity(u, acct), u.passwordLastUsed, ip, true, u.mfa));
  }

  const root = { type: 'Root', arn: aws.root.arn, principalId: acct };
  events.push(consoleLogin(r, acct, root, aws.root.passwordLastUsed, '203.0.113.19', true, false));

  const tomasz = user('tomasz.wojcik');
  for (let i = 0; i < 6; i++) {
    const identity = iamIdentity(tomasz, acct, { accessKeyId: '' });
    events.push(
      consoleLogin(
        r,
        acct,
        identity,
        at('2026-11-08T03:10:00') + i * 47_000,
        '203.0.113.88',
        false,
        false
      )
    );
  }

  const grace = user('grace.liu');
  const graceSession = iamIdentity(grace, acct, {
    accessKeyId: 'ASIA' + r.base32(16),
    sessionCreated: at('2026-11-11T15:58:02'),
    mfa: true
  });
  events.push(
    apiCall(
      r,
      acct,
      graceSession,
      at('2026-11-11T16:03:27'),
      'iam.amazonaws.com',
      'AttachUserPolicy',
      OFFICE_IPS.chicago,
      {
        region: 'us-east-1',
        ua: 'AWS Internal',
        request: {
          userName: 'tmp-vendor-audit',
          policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess'
        }
      }
    )
  );

  const rahul = user('rahul.mehta');
  const lambdaRole = aws.roles.find((x) => x.name === 'lambda-exec-admin');
  const rahulKey = iamIdentity(rahul, acct, { accessKeyId: rahul.keys[0].id });
  events.push(
    apiCall(
      r,
      acct,
      rahulKey,
      at('2026-11-13T17:50:00'),
      'lambda.amazonaws.com',
      'CreateFunction20150331',
      OFFICE_IPS.chicago,
      {
        region: 'us-east-1',
        request: {
          functionName: 'nwm-report-helper',
          runtime: 'python3.12',
          role: lambdaRole.arn,
          handler: 'app.handler',
          timeout: 60
        },
        response: {
          functionName: 'nwm-report-helper',
          functionArn: `arn:aws:lambda:us-east-1:${acct}:function:nwm-report-helper`,
          role: lambdaRole.arn
        }
      }
    )
  );
  const assumed = {
    type: 'AssumedRole',
    arn: `arn:aws:sts::${acct}:assumed-role/lambda-exec-admin/nwm-report-helper`,
    principalId: `${lambdaRole.id}:nwm-report-helper`,
    accessKeyId: 'ASIA' + r.base32(16),
    sessionCreated: at('2026-11-13T17:51:58'),
    issuer: {
      type: 'Role',
      principalId: lambdaRole.id,
      arn: lambdaRole.arn,
      accountId: acct,
      userName: 'lambda-exec-admin'
    }
  };
  events.push(
    apiCall(
      r,
      acct,
      assumed,
      at('2026-11-13T17:52:00'),
      'iam.amazonaws.com',
      'ListUsers',
      'lambda.amazonaws.com',
      {
        region: 'us-east-1',
        ua: 'Boto3/1.35.36 md/Botocore#1.35.36 ua/2.0 os/linux#5.10 md/arch#x86_64 lang/python#3.12.6 exec-env/AWS_Lambda_python3.12',
        readOnly: true
      }
    )
  );

  const kevin = user('kevin.marsh');
  events.push(
    apiCall(
      r,
      acct,
      iamIdentity(kevin, acct, { accessKeyId: kevin.keys[0].id }),
      kevin.keys[0].lastUsed,
      'ec2.amazonaws.com',
      'DescribeInstances',
      '192.0.2.77',
      { region: 'us-east-1', readOnly: true }
    )
  );

  const partner = aws.roles.find((x) => x.name === 'legacy-partner-access');
  events.push(
    apiCall(
      r,
      acct,
      { type: 'AWSAccount', principalId: 'AIDA' + r.base32(17), accountId: '111122223333' },
      partner.lastUsed,
      'sts.amazonaws.com',
      'AssumeRole',
      '203.0.113.201',
      {
        accountId: acct,
        region: 'eu-central-1',
        request: { roleArn: partner.arn, roleSessionName: 'partner-sync' },
        response: {
          assumedRoleUser: {
            assumedRoleId: `${partner.id}:partner-sync`,
            arn: `arn:aws:sts::${acct}:assumed-role/legacy-partner-access/partner-sync`
          }
        },
        readOnly: true
      }
    )
  );

  for (const [h, source, name, region] of [
    ['svc-ci-deploy', 'cloudformation.amazonaws.com', 'UpdateStack', 'eu-central-1'],
    ['svc-backup-s3', 's3.amazonaws.com', 'ListBuckets', 'eu-central-1'],
    ['svc-monitoring', 'monitoring.amazonaws.com', 'DescribeAlarms', 'us-east-1']
  ]) {
    const u = user(h);
    const key = u.keys.find((k) => k.active && k.lastUsed);
    events.push(
      apiCall(
        r,
        acct,
        iamIdentity(u, acct, { accessKeyId: key.id }),
        key.lastUsed,
        source,
        name,
        '198.51.100.60',
        { region, readOnly: name !== 'UpdateStack' }
      )
    );
  }
  return events.sort((a, b) => a.time - b.time || a.id.localeCompare(b.id));
}
