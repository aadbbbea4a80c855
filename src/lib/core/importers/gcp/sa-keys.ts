/**
 * `gcp-service-account-keys`: `gcloud iam service-accounts keys list --format=json` (an array)
 * or the API's `{keys: […]}` body. Each key is named
 * `projects/P/serviceAccounts/SA_EMAIL/keys/KEY_ID`.
 */
import type { RejectedRow } from '../../assessment';
import { isoOrUndefined } from '../../decode/dates';
import { bool, obj, prop, text } from '../../decode/values';
import type { Account, Credential } from '../../model';
import { emptyRecordSet, recordId } from '../../model';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { gcpAccountId, memberAccount } from './members';

const KEY_NAME = /^projects\/([^/]+)\/serviceAccounts\/([^/]+)\/keys\/([^/]+)$/;

function keysOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  const keys = prop(value, 'keys');
  return Array.isArray(keys) ? keys : undefined;
}

function detect(value: unknown): Detection | null {
  const keys = keysOf(value);
  if (!keys || keys.length === 0) return null;
  // Every item a named key, most of them named by the key path: one odd name is a row to
  // reject, not a reason to miss the file.
  const named = keys.every((k) => typeof prop(k, 'name') === 'string');
  const pathed = keys.filter((k) => KEY_NAME.test(text(prop(k, 'name')) ?? '')).length;
  const typed = keys.some((k) => prop(k, 'keyType') !== undefined || prop(k, 'validAfterTime'));
  if (!named || !typed || pathed * 2 < keys.length) return null;
  return {
    confidence: 0.95,
    evidence: `GCP service-account keys: ${keys.length} keys named projects/…/serviceAccounts/…/keys/…`
  };
}

/** `validBeforeTime` of a key that never expires is the year 9999: no expiry then. */
function expiryOf(raw: unknown): string | undefined {
  const iso = isoOrUndefined(raw);
  return iso && !iso.startsWith('9999-') ? iso : undefined;
}

function parse(value: unknown): ImportOutput {
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const warnings: string[] = [];
  const accounts = new Map<string, Account>();

  (keysOf(value) ?? []).forEach((item, i) => {
    const raw = obj(item);
    const name = text(prop(raw, 'name')) ?? '';
    const match = KEY_NAME.exec(name);
    if (!raw || !match) {
      const reason = `key name "${name}" is not projects/…/serviceAccounts/…/keys/…`;
      // JSON has no lines: `line` is the key's 1-based position.
      rejected.push({ line: i + 1, column: 'name', reason });
      return;
    }
    const email = decodeURIComponent(match[2]).toLowerCase();
    const keyId = match[3];
    const owner = memberAccount('serviceAccount', email);
    if (!accounts.has(owner.id)) accounts.set(owner.id, owner);

    const keyType = text(prop(raw, 'keyType'));
    const credential: Credential = {
      id: recordId('gcp', 'sa-key', `${email}/${keyId}`),
      system: 'gcp',
      kind: 'sa-key',
      ownerId: gcpAccountId('serviceAccount', email),
      name: keyId,
      created: isoOrUndefined(prop(raw, 'validAfterTime')),
      expires: expiryOf(prop(raw, 'validBeforeTime')),
      active: bool(prop(raw, 'disabled')) !== true,
      // Google rotates its own SYSTEM_MANAGED keys; only user-managed keys are the client's
      // to count and rotate (SPEC §5).
      customerManaged: keyType !== 'SYSTEM_MANAGED'
    };
    if (!keyType) warnings.push(`key ${keyId}: no keyType, counted as user-managed`);
    records.credentials.push(credential);
  });

  records.accounts = [...accounts.values()];
  // A key list is produced per service account (`--iam-account`): that account is the scope.
  const scopeKey =
    records.accounts
      .map((a) => a.nativeId)
      .sort()
      .join(',') || undefined;
  return { records, rejected, warnings, scopeKey };
}

export const gcpServiceAccountKeys: JsonImporter = {
  id: 'gcp-service-account-keys',
  label: 'GCP service-account keys (keys list JSON)',
  system: 'gcp',
  input: 'json',
  detect,
  parse
};
