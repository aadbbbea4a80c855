/**
 * Client secrets (`passwordCredentials`) and certificates (`keyCredentials`) of an application
 * or service principal, as Graph and ScubaGear write them, turned into Credential records.
 */
import { isoOrUndefined } from '../../decode/dates';
import { list, obj, prop, text } from '../../decode/values';
import type { Credential } from '../../model';
import { recordId } from '../../model';
import { objectKey } from './ids';

export interface CredentialOwner {
  /** The account id the credentials belong to. */
  accountId: string;
  /** Used when a credential has no keyId, to keep its id stable. */
  nativeId: string;
  /** false for keys Microsoft or Azure manage (first-party apps, managed identities). */
  customerManaged: boolean;
}

/**
 * `active` means "not expired when the file was made". The export time is rarely in the file,
 * so the caller passes the best date it has (`asOf`); with none, every credential is active.
 */
function toCredential(
  raw: Record<string, unknown>,
  kind: Credential['kind'],
  owner: CredentialOwner,
  index: number,
  asOf: string | undefined
): Credential {
  const keyId = text(prop(raw, 'keyId'));
  const expires = isoOrUndefined(prop(raw, 'endDateTime'));
  const credential: Credential = {
    id: recordId(
      'entra',
      'credential',
      keyId ? objectKey(keyId) : `${owner.nativeId}#${kind}-${index + 1}`
    ),
    system: 'entra',
    kind,
    ownerId: owner.accountId,
    active: !(expires && asOf && expires < asOf),
    customerManaged: owner.customerManaged
  };
  const name = text(prop(raw, 'displayName')) ?? text(prop(raw, 'hint'));
  if (name) credential.name = name;
  const created = isoOrUndefined(prop(raw, 'startDateTime'));
  if (created) credential.created = created;
  if (expires) credential.expires = expires;
  return credential;
}

function items(value: unknown): Record<string, unknown>[] {
  return list<unknown>(value).flatMap((v) => (obj(v) ? [obj(v)!] : []));
}

/**
 * The credentials of one object. A SAML signing certificate is stored as a Sign key, a Verify
 * key and a password for the private key, all with the same `customKeyIdentifier`: that is one
 * credential, so later entries sharing an identifier with an earlier one are dropped.
 */
export function ownerCredentials(
  source: unknown,
  owner: CredentialOwner,
  asOf: string | undefined
): Credential[] {
  const seen = new Set<string>();
  const out: Credential[] = [];
  const entries: [Record<string, unknown>, Credential['kind']][] = [
    ...items(prop(source, 'keyCredentials')).map(
      (k) =>
        [
          k,
          text(prop(k, 'type'))?.toLowerCase() === 'symmetric' ? 'client-secret' : 'certificate'
        ] as [Record<string, unknown>, Credential['kind']]
    ),
    ...items(prop(source, 'passwordCredentials')).map(
      (p) => [p, 'client-secret'] as [Record<string, unknown>, Credential['kind']]
    )
  ];
  entries.forEach(([raw, kind], index) => {
    const identifier = text(prop(raw, 'customKeyIdentifier'));
    if (identifier && seen.has(identifier)) return;
    if (identifier) seen.add(identifier);
    out.push(toCredential(raw, kind, owner, index, asOf));
  });
  return out;
}

/** Dates in the file that lie in the past of its export: credential starts, creations. */
export function pastDates(source: unknown): string[] {
  const dates: (string | undefined)[] = [isoOrUndefined(prop(source, 'createdDateTime'))];
  for (const key of ['keyCredentials', 'passwordCredentials']) {
    for (const raw of items(prop(source, key)))
      dates.push(isoOrUndefined(prop(raw, 'startDateTime')));
  }
  return dates.filter((d): d is string => d !== undefined);
}
