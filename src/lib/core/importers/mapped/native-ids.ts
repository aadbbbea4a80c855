/**
 * Account ids for a mapped file whose id column holds a system's own account ids. The ids
 * follow that system's importers exactly, so the mapped rows and the system's exports meet on
 * one account record; a value that is not of the system's form cannot meet anything.
 */
import type { System } from '../../model';
import { adAccountId, normaliseSid } from '../ad/ids';
import { awsUserId } from '../aws/arn';
import { isGuid, objectKey, userId } from '../entra/ids';
import { gcpAccountId } from '../gcp/members';
import { googleUserId } from '../google/super-admin';
import { oktaUserId } from '../okta/user-account';

/** What each system's account ids look like, for the form and for rejected rows. */
export const NATIVE_ID_FORMS: Record<System, string> = {
  aws: 'IAM user ARNs (arn:aws:iam::123456789012:user/name)',
  entra: 'Entra object ids (GUIDs)',
  okta: 'Okta user ids (00u…) or Okta logins',
  google: 'primary email addresses',
  ad: 'SIDs (S-1-5-21-…) or sAMAccountNames',
  gcp: 'principal email addresses'
};

export type NativeId = { id: string; nativeId: string } | { error: string };

const IAM_USER_ARN = /^arn:aws[a-z-]*:iam::\d{12}:(user\/.+|root)$/;
const EMAIL = /^[^@\s]+@[^@\s]+$/;

/** The record id and native id of one account in `system`, or why the value does not fit. */
export function nativeAccountId(system: System, value: string): NativeId {
  const wrong = { error: `${value} is not one of the ${NATIVE_ID_FORMS[system]}` };
  switch (system) {
    case 'aws':
      return IAM_USER_ARN.test(value) ? { id: awsUserId(value), nativeId: value } : wrong;
    case 'entra':
      return isGuid(value) ? { id: userId(value), nativeId: objectKey(value) } : wrong;
    case 'okta': {
      // The Okta importers key users by id, or by lower-case login when a report has no id.
      const native = /^00u[0-9a-z]+$/i.test(value) ? value : value.toLowerCase();
      return { id: oktaUserId(native), nativeId: native };
    }
    case 'google':
      return EMAIL.test(value) ? { id: googleUserId(value), nativeId: value.toLowerCase() } : wrong;
    case 'gcp': {
      if (!EMAIL.test(value)) return wrong;
      // Service account emails always end in gserviceaccount.com, whatever the row's kind.
      const service = /\.gserviceaccount\.com$/i.test(value);
      return {
        id: gcpAccountId(service ? 'serviceAccount' : 'user', value),
        nativeId: value.trim().toLowerCase()
      };
    }
    case 'ad': {
      const sid = normaliseSid(value);
      // `DOMAIN\jdoe` is how logs and HR tools often write a sAMAccountName.
      const sam = sid ? undefined : value.replace(/^[^\\]*\\/, '');
      if (!sid && (!sam || sam.includes('@'))) return wrong;
      const id = adAccountId(sid, sam);
      return id ? { id, nativeId: id.split(':').slice(2).join(':') } : wrong;
    }
  }
}
