/**
 * First guesses for the mapping form, from common header names of HR and in-house account
 * lists. They only pre-fill the form: the user sees and confirms every choice.
 */
import { normaliseHeader } from '../../decode/header';
import { MAPPED_FIELDS, type MappedField } from './mapping';

/** Normalised header names per field, most telling first. */
const ALIASES: Record<MappedField, string[]> = {
  nativeId: ['id', 'userid', 'accountid', 'objectid', 'employeeid', 'employeenumber', 'uid', 'sid'],
  name: ['displayname', 'name', 'fullname', 'username', 'accountname', 'cn'],
  upn: ['upn', 'userprincipalname', 'principalname'],
  email: ['email', 'mail', 'emailaddress', 'workemail', 'primaryemail', 'emailaddr'],
  login: ['login', 'loginname', 'logon', 'logonname', 'samaccountname', 'account', 'userlogin'],
  kind: ['kind', 'accounttype', 'usertype', 'type', 'identitytype', 'category'],
  enabled: ['enabled', 'status', 'accountstatus', 'active', 'state', 'accountenabled'],
  created: ['created', 'createdate', 'createddate', 'creationdate', 'whencreated', 'createdat'],
  lastSignIn: [
    'lastsignin',
    'lastlogin',
    'lastlogon',
    'lastlogondate',
    'lastlogintime',
    'lastsignindate',
    'lastactivity',
    'lastseen'
  ],
  passwordLastSet: [
    'passwordlastset',
    'pwdlastset',
    'passwordchanged',
    'passwordlastchanged',
    'passwordchangedate',
    'lastpasswordchange'
  ],
  mfaRegistered: [
    'mfa',
    'mfaregistered',
    'mfaenabled',
    '2fa',
    '2faenabled',
    'twofactor',
    'mfastatus'
  ],
  owner: ['owner', 'manager', 'responsible', 'accountowner', 'sponsor']
};

/** For each field, the first header cell whose name is a usual name for it; one cell per field. */
export function suggestColumns(header: readonly string[]): Partial<Record<MappedField, string>> {
  const names = header.map(normaliseHeader);
  const used = new Set<number>();
  const out: Partial<Record<MappedField, string>> = {};
  for (const field of MAPPED_FIELDS) {
    for (const alias of ALIASES[field]) {
      const i = names.findIndex((n, j) => n === alias && !used.has(j));
      if (i >= 0) {
        used.add(i);
        out[field] = header[i];
        break;
      }
    }
  }
  return out;
}
