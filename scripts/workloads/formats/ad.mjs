/**
 * Active Directory as Windows PowerShell 5.1 writes it: `Get-ADUser … | Select-Object … |
 * Export-Csv -Encoding UTF8` (a BOM, a `#TYPE` first line, every cell quoted, CRLF, en-US
 * dates) and `Get-ADGroupMember` over the admin groups.
 */
import { quotedLine } from '../lib/out.mjs';
import { fileTime, usDateTime } from '../lib/time.mjs';

export const AD_USERS_TYPE_LINE = '#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser';
export const AD_MEMBERS_TYPE_LINE =
  '#TYPE Selected.Microsoft.ActiveDirectory.Management.ADPrincipal';

export const AD_USERS_HEADER = [
  'DistinguishedName',
  'Enabled',
  'GivenName',
  'Name',
  'ObjectClass',
  'ObjectGUID',
  'SamAccountName',
  'SID',
  'Surname',
  'UserPrincipalName',
  'DisplayName',
  'EmailAddress',
  'Title',
  'Department',
  'Description',
  'whenCreated',
  'LastLogonDate',
  'lastLogonTimestamp',
  'PasswordLastSet',
  'pwdLastSet',
  'PasswordNeverExpires',
  'PasswordNotRequired',
  'DoesNotRequirePreAuth',
  'TrustedForDelegation',
  'userAccountControl',
  'adminCount',
  'ServicePrincipalName',
  'MemberOf'
];

export const AD_MEMBERS_HEADER = [
  'GroupName',
  'distinguishedName',
  'name',
  'objectClass',
  'objectGUID',
  'SamAccountName',
  'SID'
];

/** userAccountControl flag bits (MS-ADTS 2.2.16). */
const UAC = {
  ACCOUNTDISABLE: 0x2,
  PASSWD_NOTREQD: 0x20,
  NORMAL_ACCOUNT: 0x200,
  DONT_EXPIRE_PASSWORD: 0x10000,
  TRUSTED_FOR_DELEGATION: 0x80000,
  DONT_REQ_PREAUTH: 0x400000
};

/** The userAccountControl value implied by a user's flags. */
export function userAccountControl(u) {
  let v = UAC.NORMAL_ACCOUNT;
  if (!u.enabled) v |= UAC.ACCOUNTDISABLE;
  if (u.passwordNotRequired) v |= UAC.PASSWD_NOTREQD;
  if (u.passwordNeverExpires) v |= UAC.DONT_EXPIRE_PASSWORD;
  if (u.trustedForDelegation) v |= UAC.TRUSTED_FOR_DELEGATION;
  if (u.noPreauth) v |= UAC.DONT_REQ_PREAUTH;
  return v;
}

const tf = (b) => (b ? 'True' : 'False');
const date = (ms) => (typeof ms === 'number' ? usDateTime(ms) : '');

/**
 * One user row. `u`: dn, enabled, given, surname, name, guid, sam, sid, upn, displayName,
 * email, title, department, description, created, lastLogon (ms or null for never),
 * passwordLastSet (ms, or 0 for "must change"), passwordNeverExpires, passwordNotRequired,
 * noPreauth, trustedForDelegation, adminCount, spns, memberOf (group DNs).
 */
export function adUserRow(u) {
  // lastLogonTimestamp replicates only every 9–14 days, so LastLogonDate lags real logons.
  return quotedLine([
    u.dn,
    tf(u.enabled),
    u.given ?? '',
    u.name,
    'user',
    u.guid,
    u.sam,
    u.sid,
    u.surname ?? '',
    u.upn ?? '',
    u.displayName ?? '',
    u.email ?? '',
    u.title ?? '',
    u.department ?? '',
    u.description ?? '',
    date(u.created),
    date(u.lastLogon),
    typeof u.lastLogon === 'number' ? fileTime(u.lastLogon) : '',
    u.passwordLastSet ? date(u.passwordLastSet) : '',
    u.passwordLastSet ? fileTime(u.passwordLastSet) : '0',
    tf(u.passwordNeverExpires),
    tf(u.passwordNotRequired),
    tf(u.noPreauth),
    tf(u.trustedForDelegation),
    String(userAccountControl(u)),
    u.adminCount ? String(u.adminCount) : '',
    (u.spns ?? []).join(';'),
    (u.memberOf ?? []).join(';')
  ]);
}

/** The users file: BOM, `#TYPE` line, quoted header and rows, CRLF. */
export function adUsersCsv(users) {
  const lines = [AD_USERS_TYPE_LINE, quotedLine(AD_USERS_HEADER), ...users.map(adUserRow)];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** The members file: one row per direct member of each listed group. */
export function adGroupMembersCsv(groups) {
  const lines = [AD_MEMBERS_TYPE_LINE, quotedLine(AD_MEMBERS_HEADER)];
  for (const g of groups) {
    for (const m of g.members) {
      lines.push(quotedLine([g.name, m.dn, m.name, m.objectClass, m.guid, m.sam, m.sid]));
    }
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
