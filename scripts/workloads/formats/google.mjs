/**
 * Google Workspace: the admin console's "Download users" CSV (bracketed column notes, `True`/
 * `False`, `Never logged in`, zone-less times) and Directory API `users.list` JSON.
 */
import { csvLine } from '../lib/out.mjs';
import { googleTime, isoMillis } from '../lib/time.mjs';

export const GOOGLE_USERS_CSV_HEADER = [
  'First Name [Required]',
  'Last Name [Required]',
  'Email Address [Required]',
  'Password [Required]',
  'Password Hash Function [UPLOAD ONLY]',
  'Org Unit Path [Required]',
  'New Primary Email [UPLOAD ONLY]',
  'Status [READ ONLY]',
  'Last Sign In [READ ONLY]',
  'Recovery Email',
  'Home Secondary Email',
  'Work Secondary Email',
  'Recovery Phone [MUST BE IN THE E.164 FORMAT]',
  'Work Phone',
  'Home Phone',
  'Mobile Phone',
  'Work Address',
  'Home Address',
  'Employee ID',
  'Employee Type',
  'Employee Title',
  'Manager Email',
  'Department',
  'Cost Center',
  '2sv Enrolled [READ ONLY]',
  '2sv Enforced [READ ONLY]',
  'Building ID',
  'Floor Name',
  'Floor Section',
  'Email Usage [READ ONLY]',
  'Drive Usage [READ ONLY]',
  'Photos Usage [READ ONLY]',
  'Storage limit [READ ONLY]',
  'Storage Used [READ ONLY]',
  'Change Password at Next Sign-In',
  'New Status [UPLOAD ONLY]',
  'Advanced Protection Program enrollment'
];

const tf = (b) => (b ? 'True' : 'False');

/**
 * One row. `u`: given, family, email, orgUnit, suspended, lastLogin (ms or null), recovery
 * email/phone, title, department, employeeId, twoSv, enforced2Sv, app (Advanced Protection),
 * mailGb, driveGb.
 */
export function googleUserCsvRow(u) {
  const used = (u.mailGb ?? 0) + (u.driveGb ?? 0);
  return csvLine([
    u.given,
    u.family,
    u.email,
    '****',
    '',
    u.orgUnit,
    '',
    u.suspended ? 'Suspended' : 'Active',
    typeof u.lastLogin === 'number' ? googleTime(u.lastLogin) : 'Never logged in',
    u.recoveryEmail ?? '',
    '',
    '',
    u.recoveryPhone ?? '',
    '',
    '',
    '',
    '',
    '',
    u.employeeId ?? '',
    '',
    u.title ?? '',
    u.managerEmail ?? '',
    u.department ?? '',
    '',
    tf(u.twoSv),
    tf(u.enforced2Sv),
    '',
    '',
    '',
    `${(u.mailGb ?? 0).toFixed(2)}GB`,
    `${(u.driveGb ?? 0).toFixed(2)}GB`,
    '0.00GB',
    'Unlimited',
    `${used.toFixed(2)}GB`,
    'False',
    '',
    tf(u.app)
  ]);
}

/** The whole download. */
export function googleUsersCsv(users) {
  return [csvLine(GOOGLE_USERS_CSV_HEADER), ...users.map(googleUserCsvRow)].join('\n') + '\n';
}

/** One Directory API user; a user who never signed in has the epoch as `lastLoginTime`. */
export function directoryUser(u, customerId) {
  return {
    kind: 'admin#directory#user',
    id: u.id,
    etag: `"${u.etag}"`,
    primaryEmail: u.email,
    name: { givenName: u.given, familyName: u.family, fullName: `${u.given} ${u.family}` },
    isAdmin: u.superAdmin === true,
    isDelegatedAdmin: u.delegatedAdmin === true,
    lastLoginTime: isoMillis(typeof u.lastLogin === 'number' ? u.lastLogin : 0),
    creationTime: isoMillis(u.created),
    agreedToTerms: typeof u.lastLogin === 'number',
    suspended: u.suspended === true,
    ...(u.suspended ? { suspensionReason: 'ADMIN' } : {}),
    archived: false,
    changePasswordAtNextLogin: false,
    ipWhitelisted: false,
    emails: [{ address: u.email, primary: true }],
    ...(u.recoveryEmail ? { recoveryEmail: u.recoveryEmail } : {}),
    customerId,
    orgUnitPath: u.orgUnit,
    isMailboxSetup: true,
    isEnrolledIn2Sv: u.twoSv,
    isEnforcedIn2Sv: u.enforced2Sv,
    includeInGlobalAddressList: true,
    ...(u.title || u.department
      ? {
          organizations: [
            { title: u.title, department: u.department, primary: true, customType: '' }
          ]
        }
      : {})
  };
}
