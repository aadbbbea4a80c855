/**
 * W4's logs over the last 14 days: Entra sign-ins (Graph JSON, with W3's attack patterns),
 * Okta System Log (with a password spray) and CloudTrail (console logins and API calls).
 */
import { cloudTrailRecord } from './formats/aws.mjs';
import { graphSignIn, SIGNINS_CONTEXT } from './formats/entra-signins.mjs';
import { oktaLogEvent } from './formats/okta.mjs';
import { FileSink, JsonStream } from './lib/out.mjs';
import { CITIES, CLIENTS, SCRIPT_CLIENT } from './lib/reference.mjs';
import { at, DAY } from './lib/time.mjs';
import { attackSignIns, ordinarySignIn, signInProfile } from './w3.mjs';

const END = at('2026-11-14T23:59:00');
const SPAN = 14 * DAY;
const count = (full, scale) => Math.max(1, Math.round(full * scale));

/** Streams the Entra sign-ins of the enabled members and guests; returns bytes. */
export function writeW4EntraSignIns(r, entra, file, scale) {
  const people = entra.users.filter((u) => u.office);
  const profiles = people.map((u) => signInProfile(r, u));
  const special = attackSignIns(r, profiles, scale * 0.2).filter((e) => e.time > END - SPAN);
  const total = count(20_000, scale);
  const sink = new FileSink(file);
  const json = new JsonStream(sink, 0);
  json.openObject({ '@odata.context': SIGNINS_CONTEXT });
  json.openArray('value');
  let s = 0;
  const normal = Math.max(0, total - special.length);
  for (let i = 0; i < normal; i++) {
    const time = Math.floor(END - ((i + r.next()) * SPAN) / normal);
    while (s < special.length && special[s].time >= time) json.item(graphSignIn(special[s++]));
    json.item(
      graphSignIn(ordinarySignIn(r, profiles[Math.floor(profiles.length * r.next() ** 1.6)], time))
    );
  }
  while (s < special.length) json.item(graphSignIn(special[s++]));
  json.closeArray();
  json.closeObject();
  return sink.close();
}

const ASN = {
  number: 3320,
  org: 'northwind meridian egress',
  isp: 'Example Transit',
  domain: null
};

function oktaEvent(r, u, time, fields) {
  return {
    uuid: r.uuid(),
    sessionId: `102${r.alnum(22)}`,
    requestId: r.alnum(24),
    txId: r.alnum(24),
    actor: { id: u.id, login: u.login, name: `${u.firstName} ${u.lastName}` },
    ip: `198.18.${u.id.charCodeAt(4) % 256}.${(u.id.charCodeAt(6) % 254) + 1}`,
    place: CITIES[u.office] ?? CITIES.london,
    client: CLIENTS[u.id.charCodeAt(5) % CLIENTS.length],
    time,
    eventType: 'user.session.start',
    legacy: 'core.user_auth.login_success',
    display: 'User login to Okta',
    result: 'SUCCESS',
    asn: ASN,
    severity: 'INFO',
    ...fields
  };
}

/** Streams the Okta System Log, oldest first; returns bytes. */
export function writeW4OktaLog(r, okta, file, scale) {
  const active = okta.users.filter((u) => u.status === 'ACTIVE');
  const total = count(10_000, scale);
  const sprays = [];
  for (let s = 0; s < count(5, scale); s++) {
    const t0 = END - SPAN + r.int(DAY, SPAN - DAY);
    const ip = `203.0.113.${r.int(1, 254)}`;
    for (let k = 0; k < Math.min(60, active.length); k++) {
      const u = active[(s * 61 + k * 13) % active.length];
      sprays.push(
        oktaEvent(r, u, t0 + k * 15_000, {
          ip,
          place: CITIES.saopaulo,
          client: SCRIPT_CLIENT,
          legacy: 'core.user_auth.login_failed',
          result: 'FAILURE',
          reason: 'INVALID_CREDENTIALS',
          severity: 'WARN',
          asn: {
            number: 64512,
            org: 'example hosting',
            isp: 'Example Hosting Ltd',
            domain: null,
            proxy: true
          }
        })
      );
    }
  }
  sprays.sort((a, b) => a.time - b.time);
  const sink = new FileSink(file);
  const json = new JsonStream(sink, 0);
  json.openArray();
  const normal = Math.max(0, total - sprays.length);
  let s = 0;
  for (let i = 0; i < normal; i++) {
    const time = Math.floor(END - SPAN + ((i + r.next()) * SPAN) / normal);
    while (s < sprays.length && sprays[s].time <= time) json.item(oktaLogEvent(sprays[s++]));
    json.item(
      oktaLogEvent(oktaEvent(r, active[Math.floor(active.length * r.next() ** 1.5)], time, {}))
    );
  }
  while (s < sprays.length) json.item(oktaLogEvent(sprays[s++]));
  json.closeArray();
  return sink.close();
}

/** Streams CloudTrail records: console logins of IAM humans and key-based API calls. */
export function writeW4CloudTrail(r, aws, file, scale) {
  const account = aws.root.arn.split(':')[4];
  const humans = aws.users.filter((u) => u.passwordEnabled);
  const keyed = aws.users.filter((u) => u.keys.some((k) => k.active));
  const total = count(5_000, scale);
  const sink = new FileSink(file);
  const json = new JsonStream(sink, 0);
  json.openObject();
  json.openArray('Records');
  for (let i = 0; i < total; i++) {
    const time = Math.floor(END - SPAN + ((i + r.next()) * SPAN) / total);
    const login = r.chance(0.3) && humans.length > 0;
    const u = login ? r.pick(humans) : r.pick(keyed.length ? keyed : humans);
    const base = {
      id: r.uuid(),
      requestId: r.uuid(),
      time,
      accountId: account,
      ip: `198.18.${r.int(0, 255)}.${r.int(1, 254)}`
    };
    if (login) {
      const ok = r.chance(0.95);
      json.item(
        cloudTrailRecord({
          ...base,
          identity: { type: 'IAMUser', name: u.name, arn: u.arn, principalId: u.id },
          source: 'signin.amazonaws.com',
          name: 'ConsoleLogin',
          region: 'us-east-1',
          ua: CLIENTS[0].ua,
          response: { ConsoleLogin: ok ? 'Success' : 'Failure' },
          errorMessage: ok ? undefined : 'Failed authentication',
          additional: {
            LoginTo: 'https://console.aws.amazon.com/console/home',
            MobileVersion: 'No',
            MFAUsed: u.mfa ? 'Yes' : 'No'
          },
          eventType: 'AwsConsoleSignIn'
        })
      );
      continue;
    }
    const k = u.keys.find((x) => x.active);
    const [source, name] = r.pick([
      ['s3.amazonaws.com', 'ListBuckets'],
      ['ec2.amazonaws.com', 'DescribeInstances'],
      ['sts.amazonaws.com', 'GetCallerIdentity'],
      ['lambda.amazonaws.com', 'ListFunctions20150331'],
      ['iam.amazonaws.com', 'ListRoles']
    ]);
    json.item(
      cloudTrailRecord({
        ...base,
        identity: {
          type: 'IAMUser',
          name: u.name,
          arn: u.arn,
          principalId: u.id,
          accessKeyId: k?.id
        },
        source,
        name,
        region: 'eu-central-1',
        ua: 'aws-cli/2.18.4 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0',
        readOnly: true
      })
    );
  }
  json.closeArray();
  json.closeObject();
  return sink.close();
}
