/**
 * Google Cloud: `gcloud projects|organizations get-iam-policy --format=json` and
 * `gcloud iam service-accounts keys list --format=json` (one array over all service accounts).
 */
import { isoSeconds } from '../lib/time.mjs';

/** An IAM policy as gcloud prints it. `bindings`: [{role, members}]. */
export function iamPolicy(bindings, etag) {
  return {
    bindings: bindings.map((b) => ({ members: b.members.slice().sort(), role: b.role })),
    etag,
    version: 1
  };
}

/**
 * One key as gcloud lists it. `k`: project, email, keyId, created, expires (ms, or undefined
 * for a key that never expires: Google writes the year 9999), type, disabled.
 */
export function serviceAccountKey(k) {
  const key = {
    keyAlgorithm: 'KEY_ALG_RSA_2048',
    keyOrigin: 'GOOGLE_PROVIDED',
    keyType: k.type,
    name: `projects/${k.project}/serviceAccounts/${k.email}/keys/${k.keyId}`,
    validAfterTime: isoSeconds(k.created),
    validBeforeTime: k.expires ? isoSeconds(k.expires) : '9999-12-31T23:59:59Z'
  };
  if (k.disabled) key.disabled = true;
  return key;
}
