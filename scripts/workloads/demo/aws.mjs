/**
 * Northwind Meridian's AWS account: IAM users (people named by their e-mail, two orphans,
 * four service users), groups, roles with their trust policies, policies, and the root user.
 */
import { accessKeyId, awsId } from '../lib/ids.mjs';
import { at } from '../lib/time.mjs';
import { AWS_MANAGED, customerPolicies, trustPolicies } from './aws-policies.mjs';
import { GROUPS, INLINE, roles, USERS } from './aws-tables.mjs';
import { ORG } from './roster.mjs';

const managedArn = (name) =>
  name === 'AWSSupportServiceRolePolicy'
    ? 'arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy'
    : `arn:aws:iam::aws:policy/${name}`;

/** Builds the account: IAM users with credential-report rows, groups, roles and policies. */
export function buildAws(rng) {
  const r = rng.fork('aws');
  const acct = ORG.awsAccountId;
  const customer = customerPolicies(acct);
  const customerArn = (name) => `arn:aws:iam::${acct}:policy/${name}`;
  const ref = (name) => ({ name, arn: AWS_MANAGED[name] ? managedArn(name) : customerArn(name) });
  const attachments = new Map();
  const attach = (name) => attachments.set(name, (attachments.get(name) ?? 0) + 1);

  const users = USERS.map(([handle, created, pwUsed, mfa, keys, groups, attached, inline]) => {
    // Staff users are named by e-mail; j.harper predates that convention and left no trace.
    const staff = /^[a-z]+\.[a-z]+$/.test(handle) && handle !== 'j.harper';
    const name = staff ? `${handle}@${ORG.domain}` : handle;
    attached.forEach(attach);
    return {
      handle,
      name,
      id: awsId(r, 'AIDA'),
      arn: `arn:aws:iam::${acct}:user/${name}`,
      created: at(`${created}T09:00:00`),
      groups,
      attached: attached.map(ref),
      inline: inline ? [{ name: inline, document: INLINE[inline] }] : [],
      tags: staff ? [{ Key: 'owner', Value: name }] : [],
      passwordEnabled: pwUsed !== null,
      passwordLastUsed:
        pwUsed === null ? 'N/A' : pwUsed === 'never' ? 'no_information' : at(pwUsed),
      passwordLastChanged: pwUsed === null ? undefined : at(`${created}T09:05:00`),
      mfa,
      keys: keys.map(([active, rotated, lastUsed, region, service]) => ({
        id: accessKeyId(r),
        active,
        rotated: at(rotated),
        lastUsed: lastUsed ? at(lastUsed) : undefined,
        region,
        service
      }))
    };
  });

  const groups = GROUPS.map(([name, created, attached]) => {
    attached.forEach(attach);
    return {
      name,
      id: awsId(r, 'AGPA'),
      arn: `arn:aws:iam::${acct}:group/${name}`,
      created: at(`${created}T09:00:00`),
      attached: attached.map(ref)
    };
  });

  const roleList = roles(trustPolicies(acct)).map(
    ([name, created, trust, attached, inline, lastUsed, path, profile]) => {
      attached.forEach(attach);
      return {
        name,
        id: awsId(r, 'AROA'),
        path: path ?? '/',
        arn: `arn:aws:iam::${acct}:role${path ?? '/'}${name}`,
        created: at(created),
        trust,
        attached: attached.map(ref),
        inline: inline.map((n) => ({ name: n, document: INLINE[n] })),
        lastUsed: lastUsed ? at(lastUsed) : undefined,
        lastUsedRegion: 'eu-central-1',
        instanceProfiles: profile
          ? [
              {
                name,
                id: awsId(r, 'AIPA'),
                arn: `arn:aws:iam::${acct}:instance-profile/${name}`,
                created: at(created)
              }
            ]
          : []
      };
    }
  );

  const policies = [
    ...customer.map((p) => ({
      name: p.name,
      id: awsId(r, 'ANPA'),
      arn: customerArn(p.name),
      created: at(p.created),
      document: p.document,
      versions: p.versions?.map((v) => ({ ...v, created: at(v.created) })),
      defaultVersion: p.defaultVersion,
      attachmentCount: attachments.get(p.name) ?? 0
    })),
    ...Object.entries(AWS_MANAGED).map(([name, document]) => ({
      name,
      id: awsId(r, 'ANPA'),
      arn: managedArn(name),
      path: name === 'AWSSupportServiceRolePolicy' ? '/aws-service-role/' : '/',
      created: at('2015-02-06T18:39:46'),
      document,
      attachmentCount: attachments.get(name) ?? 0
    }))
  ];

  const root = {
    root: true,
    arn: `arn:aws:iam::${acct}:root`,
    created: at('2015-03-02T11:00:00'),
    passwordLastUsed: at('2026-11-09T07:41:12'),
    mfa: false,
    keys: [
      {
        id: accessKeyId(r),
        active: true,
        rotated: at('2019-06-02T10:15:00'),
        lastUsed: at('2026-10-30T04:02:00'),
        region: 'us-east-1',
        service: 's3'
      }
    ]
  };
  return {
    users,
    groups,
    roles: roleList,
    policies,
    root,
    byHandle: new Map(users.map((u) => [u.handle, u]))
  };
}
