/**
 * W4 (SPEC §11): a mixed tenant of 20,000 people (at scale 1) across all six sources, in the
 * demo's file formats, written to `<out>/w4/`. The same people carry the same e-mail,
 * sAMAccountName and onPremisesImmutableId everywhere, so identity resolution can join them.
 */
import path from 'node:path';
import { adGroupMembersCsv, adUsersCsv } from './formats/ad.mjs';
import {
  entraUsersCsv,
  REGISTRATION_CONTEXT,
  registrationDetail
} from './formats/entra-directory.mjs';
import {
  eligibilityDocument,
  roleAssignmentsDocument,
  servicePrincipalsDocument
} from './formats/entra-roles.mjs';
import { iamPolicy, serviceAccountKey } from './formats/gcp.mjs';
import { directoryUser, googleUsersCsv } from './formats/google.mjs';
import { oktaFactor, oktaRole, oktaUser } from './formats/okta.mjs';
import { jsonText, writeText } from './lib/out.mjs';
import { syntheticPeople } from './lib/synth.mjs';
import { at } from './lib/time.mjs';
import { buildW4Gcp, buildW4Google, buildW4Okta, writeW4Aws } from './w4-apps.mjs';
import { buildW4Ad, W4 } from './w4-directory.mjs';
import { buildW4Entra } from './w4-entra.mjs';
import { writeW4CloudTrail, writeW4EntraSignIns, writeW4OktaLog } from './w4-logs.mjs';

const OKTA_BASE = 'https://northwindmeridian.okta.example';

/** Writes the W4 files into `<dir>/w4`; returns [[file, bytes], …]. */
export function writeW4(rng, dir, scale) {
  const r = rng.fork('w4');
  const out = path.join(dir, 'w4');
  const files = [];
  const put = (name, text) => {
    const file = path.join(out, name);
    files.push([file, writeText(file, text)]);
  };

  const people = syntheticPeople(rng, Math.max(1, Math.round(20_000 * scale)), W4.domain);
  const ad = buildW4Ad(r.fork('ad'), people, scale);
  put('ad-users.csv', adUsersCsv(ad.users));
  put('ad-group-members.csv', adGroupMembersCsv(ad.groups));

  const entra = buildW4Entra(r.fork('entra'), people, ad, scale);
  put('entra-users.csv', entraUsersCsv(entra.users, W4.tenantDomain));
  const updated = at('2026-11-14T03:10:00');
  put(
    'entra-registration-details.json',
    jsonText(
      {
        '@odata.context': REGISTRATION_CONTEXT,
        value: entra.registrations.map((x) =>
          registrationDetail(x.user, x.methods, x.isAdmin, updated)
        )
      },
      0
    )
  );
  put('entra-role-assignments.json', jsonText(roleAssignmentsDocument(entra.roleAssignments)));
  put('entra-eligibility.json', jsonText(eligibilityDocument(entra.eligibility)));
  put(
    'entra-service-principals.json',
    jsonText(servicePrincipalsDocument(entra.servicePrincipals))
  );
  const signIns = path.join(out, 'entra-signins.json');
  files.push([signIns, writeW4EntraSignIns(r.fork('entra-signins'), entra, signIns, scale)]);

  const okta = buildW4Okta(r.fork('okta'), people, scale);
  put(
    'okta-users.json',
    jsonText(
      okta.users.map((u) => oktaUser(u, OKTA_BASE)),
      0
    )
  );
  put(
    'okta-factors.json',
    jsonText(
      okta.factors.map((x) => ({
        userId: x.user.id,
        login: x.user.login,
        factors: x.factors.map((f) => oktaFactor(f, x.user, OKTA_BASE))
      })),
      0
    )
  );
  put(
    'okta-admin-roles.json',
    jsonText(
      okta.roles.map((x) => ({
        userId: x.user.id,
        login: x.user.login,
        roles: x.roles.map((role) => oktaRole(role, x.user, OKTA_BASE))
      }))
    )
  );
  const oktaLog = path.join(out, 'okta-system-log.json');
  files.push([oktaLog, writeW4OktaLog(r.fork('okta-log'), okta, oktaLog, scale)]);

  const google = buildW4Google(r.fork('google'), people, scale);
  put('google-users.csv', googleUsersCsv(google.users));
  put(
    'google-users.json',
    jsonText(
      {
        kind: 'admin#directory#users',
        users: google.users.map((u) => directoryUser(u, 'C03nwm7k2'))
      },
      0
    )
  );

  const gcp = buildW4Gcp(r.fork('gcp'), google, scale);
  put('gcp-iam-policy.json', jsonText(iamPolicy(gcp.project, gcp.etags[0])));
  put('gcp-org-iam-policy.json', jsonText(iamPolicy(gcp.organization, gcp.etags[1])));
  put('gcp-sa-keys.json', jsonText(gcp.keys.map(serviceAccountKey)));

  const aws = writeW4Aws(r.fork('aws'), people, dir, scale);
  put('aws-credential-report.csv', aws.csv);
  files.push(aws.authz);
  const trail = path.join(out, 'cloudtrail.json');
  files.push([trail, writeW4CloudTrail(r.fork('cloudtrail'), aws, trail, scale)]);
  return files;
}
