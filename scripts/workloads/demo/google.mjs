/**
 * The analytics team's Google side: Workspace accounts (kept from the Meridian Analytics
 * acquisition), the `nwm-analytics-prod` project and organization IAM policies, and the
 * service-account keys.
 */
import { googleNumericId } from '../lib/ids.mjs';
import { at } from '../lib/time.mjs';
import { ORG } from './roster.mjs';

/** handle, super admin, 2SV enrolled, Advanced Protection, last login ('never' or time). */
const WORKSPACE = [
  ['nikos.papadopoulos', true, true, true, '2026-11-14T16:02:55'],
  ['tomasz.wojcik', true, false, false, '2026-10-22T08:30:12'],
  ['eleni.georgiou', false, true, false, '2026-11-14T12:15:40'],
  ['dimitris.kostas', false, true, false, '2026-11-13T17:02:09'],
  ['mei.wong', false, false, false, '2026-06-20T10:44:31'],
  ['freya.nilsson', false, true, false, '2026-11-12T09:20:00'],
  ['quentin.moreau', false, false, false, '2026-11-14T10:05:18'],
  ['oscar.duarte', false, true, false, '2026-11-11T15:45:27']
];

/** Builds Workspace users (staff plus a suspended former analyst) and the GCP policies. */
export function buildGoogle(rng, people) {
  const r = rng.fork('google');
  const byHandle = new Map(people.map((p) => [p.handle, p]));
  const users = WORKSPACE.map(([handle, superAdmin, twoSv, app, last]) => {
    const p = byHandle.get(handle);
    return {
      handle,
      id: googleNumericId(r),
      etag: r.alnum(27),
      given: p.given,
      family: p.surname,
      email: p.email,
      orgUnit: p.department === 'Data & Analytics' ? '/Analytics' : '/IT',
      suspended: false,
      lastLogin: last === 'never' ? null : at(last),
      created: Math.max(p.hired, at('2022-04-01T08:00:00')),
      title: p.title,
      department: p.department,
      employeeId: `NWM-${r.digits(5)}`,
      twoSv,
      enforced2Sv: false,
      app,
      superAdmin,
      mailGb: r.int(10, 900) / 100,
      driveGb: r.int(10, 4000) / 100
    };
  });
  users.push({
    handle: 'petra.lang',
    id: googleNumericId(r),
    etag: r.alnum(27),
    given: 'Petra',
    family: 'Lang',
    email: `petra.lang@${ORG.domain}`,
    orgUnit: '/Analytics/Leavers',
    suspended: true,
    lastLogin: at('2025-03-14T17:22:03'),
    created: at('2021-09-06T08:00:00'),
    title: 'Data Analyst',
    department: 'Data & Analytics',
    twoSv: false,
    enforced2Sv: false,
    app: false,
    mailGb: 2.31,
    driveGb: 14.02
  });
  return { users };
}

const sa = (name) => `${name}@${ORG.gcpProject}.iam.gserviceaccount.com`;
export const GCP_SERVICE_ACCOUNTS = {
  etl: sa('etl-runner'),
  reporting: sa('reporting-sa'),
  compute: `${ORG.gcpProjectNumber}-compute@developer.gserviceaccount.com`
};

/** The project and organization IAM policies and the key list. */
export function buildGcp(rng) {
  const r = rng.fork('gcp');
  const u = (h) => `user:${h}@${ORG.domain}`;
  const project = [
    {
      role: 'roles/owner',
      members: [u('nikos.papadopoulos'), `serviceAccount:${GCP_SERVICE_ACCOUNTS.etl}`]
    },
    {
      role: 'roles/editor',
      members: [
        `serviceAccount:${GCP_SERVICE_ACCOUNTS.compute}`,
        `group:analytics-team@${ORG.domain}`
      ]
    },
    { role: 'roles/viewer', members: [u('mei.wong'), 'user:contractor.viz@example.net'] },
    {
      role: 'roles/bigquery.dataEditor',
      members: [
        u('eleni.georgiou'),
        `deleted:user:aaron.blake@${ORG.domain}?uid=118230957146385127409`
      ]
    },
    {
      role: 'roles/bigquery.jobUser',
      members: [
        `group:analytics-team@${ORG.domain}`,
        `serviceAccount:${GCP_SERVICE_ACCOUNTS.reporting}`
      ]
    },
    { role: 'roles/iam.serviceAccountTokenCreator', members: [u('quentin.moreau')] },
    { role: 'roles/iam.serviceAccountUser', members: [u('dimitris.kostas')] },
    { role: 'roles/iam.securityAdmin', members: [u('tomasz.wojcik')] },
    { role: 'roles/storage.objectViewer', members: ['allUsers'] }
  ];
  const organization = [
    {
      role: 'roles/resourcemanager.organizationAdmin',
      members: [u('tomasz.wojcik'), `group:gcp-org-admins@${ORG.domain}`]
    },
    { role: 'roles/billing.admin', members: [u('sofia.rossi')] },
    { role: 'roles/resourcemanager.projectCreator', members: [`domain:${ORG.domain}`] },
    { role: 'roles/billing.creator', members: [`domain:${ORG.domain}`] }
  ];
  const key = (email, created, type, expires, disabled) => ({
    project: ORG.gcpProject,
    email,
    keyId: r.hex(40),
    created: at(created),
    expires: expires ? at(expires) : undefined,
    type,
    disabled
  });
  const keys = [
    key(GCP_SERVICE_ACCOUNTS.etl, '2023-02-01T10:15:00', 'USER_MANAGED'),
    key(GCP_SERVICE_ACCOUNTS.etl, '2026-11-01T04:12:00', 'SYSTEM_MANAGED', '2026-11-17T04:12:00'),
    key(GCP_SERVICE_ACCOUNTS.reporting, '2024-03-01T09:00:00', 'USER_MANAGED', undefined, true),
    key(GCP_SERVICE_ACCOUNTS.reporting, '2026-09-10T13:40:00', 'USER_MANAGED'),
    key(
      GCP_SERVICE_ACCOUNTS.reporting,
      '2026-11-03T06:00:00',
      'SYSTEM_MANAGED',
      '2026-11-19T06:00:00'
    ),
    key(
      GCP_SERVICE_ACCOUNTS.compute,
      '2026-10-30T11:00:00',
      'SYSTEM_MANAGED',
      '2026-11-15T11:00:00'
    )
  ];
  return { project, organization, keys, etags: [`BwY${r.alnum(8)}=`, `BwY${r.alnum(8)}=`] };
}
