/**
 * W2 (SPEC §11): `aws iam get-account-authorization-details` for a large account: 5,000
 * roles, 2,000 users, 1,500 customer-managed policies (at scale 1), plus groups and the
 * AWS-managed policies they attach. Streamed, 4-space indented like the AWS CLI.
 */
import path from 'node:path';
import { groupDetail, policyDetail, roleDetail, userDetail } from './formats/aws.mjs';
import { awsId } from './lib/ids.mjs';
import { FileSink, JsonStream } from './lib/out.mjs';
import { syntheticPeople } from './lib/synth.mjs';
import { at, DAY } from './lib/time.mjs';
import { permissionsDocument } from './w2-documents.mjs';
import { trustDocument, W2_AWS_MANAGED } from './w2-trust.mjs';

const ACCOUNT = '502938174620';
export const TEAMS = [
  'billing',
  'fleet',
  'routing',
  'warehouse',
  'analytics',
  'portal',
  'identity',
  'payments',
  'search',
  'notify',
  'platform',
  'data'
];
export const PURPOSES = [
  'api',
  'worker',
  'etl',
  'reader',
  'writer',
  'deploy',
  'scheduler',
  'ingest',
  'export',
  'audit'
];
const START = at('2017-01-01T00:00:00');
const END = at('2026-11-10T00:00:00');

export const when = (r) => START + Math.floor(r.next() * ((END - START) / 1000)) * 1000;
const count = (full, scale) => Math.max(1, Math.round(full * scale));

/** Customer-managed policies, some with older non-default versions. */
function customerPolicies(r, n, account) {
  const list = [];
  for (let i = 0; i < n; i++) {
    const name = `${r.pick(TEAMS)}-${r.pick(PURPOSES)}-policy-${i + 1}`;
    const created = when(r);
    const versionCount = r.weighted([
      [1, 85],
      [2, 8],
      [3, 4],
      [5, 3]
    ]);
    const versions = [];
    let t = created;
    for (let v = 1; v <= versionCount; v++) {
      versions.push({ id: `v${v}`, created: t, document: permissionsDocument(r, account, name) });
      t = Math.min(END, t + r.int(1, 200) * DAY);
    }
    list.push({
      name,
      id: awsId(r, 'ANPA'),
      arn: `arn:aws:iam::${account}:policy/${name}`,
      created,
      versions,
      defaultVersion: versions[versions.length - 1].id,
      attachmentCount: 0
    });
  }
  return list;
}

/**
 * Streams an authorization-details file. `spec`: account, users (each {name, id, arn,
 * created, human?: {department}}), roleCount, policyCount, groupCount. Group memberships and
 * policy attachments are drawn here; returns the file's size and each user's groups.
 */
export function writeAuthorizationDetails(r, file, spec) {
  const { account } = spec;
  const policies = customerPolicies(r, spec.policyCount, account);
  const managed = W2_AWS_MANAGED.map(([name, p, document]) => ({
    name,
    id: awsId(r, 'ANPA'),
    path: p,
    arn: `arn:aws:iam::aws:policy${p}${name}`,
    created: at('2015-02-06T18:39:46'),
    document,
    attachmentCount: 0
  }));
  const pickPolicy = () => (r.chance(0.2) ? r.pick(managed) : r.pick(policies));
  const attach = (p) => {
    p.attachmentCount++;
    return p;
  };

  const groups = [];
  for (let i = 0; i < spec.groupCount; i++) {
    const name = `${r.pick(TEAMS)}-${r.pick(['admins', 'developers', 'readers', 'operators', 'oncall'])}-${i + 1}`;
    const attached = Array.from({ length: r.int(1, 3) }, () => attach(pickPolicy()));
    groups.push({
      name,
      id: awsId(r, 'AGPA'),
      arn: `arn:aws:iam::${account}:group/${name}`,
      created: when(r),
      attached,
      inline: r.chance(0.1)
        ? [{ name: `${name}-inline`, document: permissionsDocument(r, account, name) }]
        : []
    });
  }

  const sink = new FileSink(file);
  const json = new JsonStream(sink, 4);
  json.openObject();
  json.openArray('UserDetailList');
  const memberships = new Map();
  for (const u of spec.users) {
    const userGroups = Array.from(
      new Set(
        Array.from(
          {
            length: r.weighted([
              [0, 20],
              [1, 50],
              [2, 20],
              [3, 10]
            ])
          },
          () => r.pick(groups).name
        )
      )
    );
    memberships.set(u.name, userGroups);
    json.item(
      userDetail({
        ...u,
        groups: userGroups,
        attached: Array.from(
          {
            length: r.weighted([
              [0, 70],
              [1, 20],
              [2, 10]
            ])
          },
          () => attach(pickPolicy())
        ),
        inline: r.chance(0.1)
          ? [
              {
                name: `${u.name.split('@')[0]}-inline`,
                document: permissionsDocument(r, account, u.name)
              }
            ]
          : [],
        tags: u.human
          ? [{ Key: 'department', Value: u.human.department }]
          : [{ Key: 'owner', Value: r.pick(TEAMS) }]
      })
    );
  }
  json.closeArray();

  json.openArray('GroupDetailList');
  for (const g of groups) json.item(groupDetail(g));
  json.closeArray();

  json.openArray('RoleDetailList');
  for (let i = 0; i < spec.roleCount; i++) {
    const name = `${r.pick(TEAMS)}-${r.pick(PURPOSES)}-role-${i + 1}`;
    const created = when(r);
    const trust = trustDocument(r, account);
    json.item(
      roleDetail({
        name,
        id: awsId(r, 'AROA'),
        arn: `arn:aws:iam::${account}:role/${name}`,
        created,
        trust: trust.document,
        attached: Array.from({ length: r.int(1, 3) }, () => attach(pickPolicy())),
        inline: r.chance(0.3)
          ? [{ name: `${name}-inline`, document: permissionsDocument(r, account, name) }]
          : [],
        tags: r.chance(0.4) ? [{ Key: 'team', Value: name.split('-')[0] }] : [],
        lastUsed: r.chance(0.7) ? Math.max(created, END - r.int(0, 400) * DAY) : undefined,
        lastUsedRegion: r.pick(['eu-central-1', 'eu-west-1', 'us-east-1']),
        instanceProfiles: trust.ec2
          ? [
              {
                name,
                id: awsId(r, 'AIPA'),
                arn: `arn:aws:iam::${account}:instance-profile/${name}`,
                created
              }
            ]
          : []
      })
    );
  }
  json.closeArray();

  // Attachment counts are final only now, so policies come last, as the CLI also orders them.
  json.openArray('Policies');
  for (const p of policies) json.item(policyDetail(p));
  for (const p of managed) if (p.attachmentCount > 0) json.item(policyDetail(p));
  json.closeArray();
  json.closeObject();
  return { bytes: sink.close(), memberships };
}

/** Writes the W2 file into `dir`; returns [[file, bytes]]. */
export function writeW2(rng, dir, scale) {
  const r = rng.fork('w2');
  const userCount = count(2000, scale);
  const humans = syntheticPeople(
    rng.fork('w2-people'),
    Math.round(userCount * 0.7),
    'northwindmeridian.example'
  );
  const users = [];
  for (let i = 0; i < userCount; i++) {
    const human = humans[i];
    const name = human ? human.email : `svc-${r.pick(TEAMS)}-${r.pick(PURPOSES)}-${i}`;
    users.push({
      name,
      id: awsId(r, 'AIDA'),
      arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
      created: when(r),
      human
    });
  }
  const file = path.join(dir, 'w2-aws-authorization-details.json');
  const { bytes } = writeAuthorizationDetails(r, file, {
    account: ACCOUNT,
    users,
    roleCount: count(5000, scale),
    policyCount: count(1500, scale),
    groupCount: count(80, scale)
  });
  return [[file, bytes]];
}
