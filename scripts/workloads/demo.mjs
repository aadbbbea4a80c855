#!/usr/bin/env node
/**
 * Regenerates sample-data/: the Northwind Meridian demo organisation in real export formats.
 * Deterministic: the same seed gives the same bytes. sample-data/README.md is hand-written and
 * left alone.
 *
 *   node scripts/workloads/demo.mjs [--seed 1] [--out sample-data]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adGroupMembersCsv, adUsersCsv } from './formats/ad.mjs';
import {
  cloudTrailRecord,
  credentialReportCsv,
  groupDetail,
  policyDetail,
  roleDetail,
  userDetail
} from './formats/aws.mjs';
import {
  entraUsersCsv,
  graphUser,
  graphUsersContext,
  REGISTRATION_CONTEXT,
  registrationDetail
} from './formats/entra-directory.mjs';
import {
  eligibilityDocument,
  roleAssignmentsDocument,
  servicePrincipalsDocument
} from './formats/entra-roles.mjs';
import { graphSignIn, SIGNINS_CONTEXT } from './formats/entra-signins.mjs';
import { iamPolicy, serviceAccountKey } from './formats/gcp.mjs';
import { directoryUser, googleUsersCsv } from './formats/google.mjs';
import { oktaFactor, oktaLogEvent, oktaRole, oktaUser } from './formats/okta.mjs';
import { jsonText, writeText } from './lib/out.mjs';
import { Rng } from './lib/prng.mjs';
import { at } from './lib/time.mjs';
import { buildAd } from './demo/ad.mjs';
import { buildAws } from './demo/aws.mjs';
import { buildCloudTrail } from './demo/cloudtrail.mjs';
import { buildEntra } from './demo/entra.mjs';
import { applySignInActivity, buildEntraSignIns } from './demo/entra-signins.mjs';
import { buildGcp, buildGoogle } from './demo/google.mjs';
import { buildOkta } from './demo/okta.mjs';
import { applyOktaLastLogin, buildOktaLog } from './demo/okta-log.mjs';
import { guests, ORG, staff } from './demo/roster.mjs';

/** The whole organisation as plain records, before any file is written. */
export function buildDemo(seed = 1) {
  const rng = new Rng(seed);
  const people = staff();
  const ad = buildAd(rng, people);
  const entra = buildEntra(rng, people, guests(), ad);
  const signIns = buildEntraSignIns(rng, entra);
  applySignInActivity(rng, entra, signIns);
  const aws = buildAws(rng);
  const trail = buildCloudTrail(rng, aws);
  const okta = buildOkta(rng, people, entra);
  const oktaLog = buildOktaLog(rng, okta, people);
  applyOktaLastLogin(okta, oktaLog);
  const google = buildGoogle(rng, people);
  const gcp = buildGcp(rng);
  return { people, ad, entra, signIns, aws, trail, okta, oktaLog, google, gcp };
}

/** The files of the demo: name → text. */
export function demoFiles(seed = 1) {
  const d = buildDemo(seed);
  const { entra, aws, okta, google, gcp } = d;
  const reportTime = at('2026-11-14T23:00:00');
  const base = ORG.oktaBase;
  return {
    'entra-users.csv': entraUsersCsv(entra.users, ORG.tenantDomain),
    'entra-users.json': jsonText({
      '@odata.context': graphUsersContext(),
      value: entra.users.map(graphUser)
    }),
    'entra-registration-details.json': jsonText({
      '@odata.context': REGISTRATION_CONTEXT,
      value: entra.registrations.map((x) =>
        registrationDetail(
          x.user,
          x.methods,
          x.isAdmin,
          Math.min(reportTime, (x.user.lastSuccess ?? x.user.created) + 3_600_000)
        )
      )
    }),
    'entra-role-assignments.json': jsonText(roleAssignmentsDocument(entra.roleAssignments)),
    'entra-eligibility.json': jsonText(eligibilityDocument(entra.eligibility)),
    'entra-service-principals.json': jsonText(servicePrincipalsDocument(entra.servicePrincipals)),
    'entra-signins.json': jsonText(
      { '@odata.context': SIGNINS_CONTEXT, value: d.signIns.map(graphSignIn) },
      0
    ),
    'aws-credential-report.csv': credentialReportCsv([aws.root, ...aws.users]),
    'aws-authorization-details.json': jsonText(
      {
        UserDetailList: aws.users.map(userDetail),
        GroupDetailList: aws.groups.map(groupDetail),
        RoleDetailList: aws.roles.map(roleDetail),
        Policies: aws.policies.map(policyDetail)
      },
      4
    ),
    'cloudtrail.json': jsonText({ Records: d.trail.map(cloudTrailRecord) }, 0),
    'okta-users.json': jsonText(okta.users.map((u) => oktaUser(u, base))),
    'okta-factors.json': jsonText(
      okta.factors.map((x) => ({
        userId: x.user.id,
        login: x.user.login,
        factors: x.factors.map((f) => oktaFactor(f, x.user, base))
      }))
    ),
    'okta-admin-roles.json': jsonText(
      okta.roles.map((x) => ({
        userId: x.user.id,
        login: x.user.login,
        roles: x.roles.map((r) => oktaRole(r, x.user, base))
      }))
    ),
    'okta-system-log.json': jsonText(d.oktaLog.map(oktaLogEvent), 0),
    'google-users.csv': googleUsersCsv(google.users),
    'google-users.json': jsonText({
      kind: 'admin#directory#users',
      etag: '"nwm-directory-2026-11-14"',
      users: google.users.map((u) => directoryUser(u, ORG.googleCustomerId))
    }),
    'ad-users.csv': adUsersCsv(d.ad.users),
    'ad-group-members.csv': adGroupMembersCsv(d.ad.groups),
    'gcp-iam-policy.json': jsonText(iamPolicy(gcp.project, gcp.etags[0])),
    'gcp-org-iam-policy.json': jsonText(iamPolicy(gcp.organization, gcp.etags[1])),
    'gcp-sa-keys.json': jsonText(gcp.keys.map(serviceAccountKey))
  };
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const seed = Number(opt('seed', '1'));
  const out = path.resolve(
    opt('out', path.join(path.dirname(fileURLToPath(import.meta.url)), '../../sample-data'))
  );
  let total = 0;
  for (const [name, text] of Object.entries(demoFiles(seed))) {
    const bytes = writeText(path.join(out, name), text);
    total += bytes;
    process.stdout.write(`${name.padEnd(34)} ${String(bytes).padStart(9)} bytes\n`);
  }
  process.stdout.write(`${'total'.padEnd(34)} ${String(total).padStart(9)} bytes\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
