/**
 * Entra applications and service principals as Graph JSON (`GET /applications`,
 * `GET /servicePrincipals`, optionally `$expand=owners`) with their `passwordCredentials` and
 * `keyCredentials`. Both become service accounts (SPEC §5); an application seen without its
 * service principal is keyed by its own object id, so importing both lists shows an app twice
 * until identity resolution links them by `appId` (kept in attrs).
 */
import { isoOrUndefined, latest } from '../../decode/dates';
import { bool, list, prop, text } from '../../decode/values';
import type { Account, Credential } from '../../model';
import { emptyRecordSet } from '../../model';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { ownerCredentials, pastDates } from './app-credentials';
import { graphCollection, hasAny, sampleMatch } from './graph-collection';
import { applicationId, isGuid, objectKey, servicePrincipalId } from './ids';
import { WarningTally } from './tally';

/** Tenants Microsoft publishes its own applications from (appOwnerOrganizationId). */
const MICROSOFT_TENANTS = new Set([
  'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
  '72f988bf-86f1-41af-91ab-2d7cd011db47'
]);

function looksLikeApp(item: Record<string, unknown>): boolean {
  return (
    hasAny(item, 'appId') &&
    hasAny(item, 'id') &&
    (hasAny(item, 'passwordCredentials') || hasAny(item, 'keyCredentials'))
  );
}

function detect(value: unknown): Detection | null {
  const collection = graphCollection(value);
  if (!collection || collection.items.length === 0) return null;
  const { matched, seen } = sampleMatch(collection.items, looksLikeApp);
  if (matched < seen) return null;
  const context = /#(applications|serviceprincipals)(\(|$)/.test(collection.context);
  return {
    confidence: context ? 0.97 : 0.9,
    evidence: `Entra applications or service principals: ${
      context ? '@odata.context names them, ' : ''
    }items have appId and passwordCredentials/keyCredentials`
  };
}

function isServicePrincipal(item: Record<string, unknown>, context: string): boolean {
  if (context.includes('#serviceprincipals')) return true;
  if (context.includes('#applications')) return false;
  const odata = text(prop(item, '@odata.type'))?.toLowerCase() ?? '';
  if (odata.endsWith('serviceprincipal')) return true;
  return ['servicePrincipalType', 'servicePrincipalNames', 'appOwnerOrganizationId'].some((k) =>
    hasAny(item, k)
  );
}

/** The owners of an object, when `$expand=owners` was used: names or UPNs, comma-joined. */
export function ownerNames(item: unknown): string | undefined {
  const names = list<unknown>(prop(item, 'owners'))
    .map(
      (o) =>
        text(prop(o, 'userPrincipalName')) ?? text(prop(o, 'displayName')) ?? text(prop(o, 'id'))
    )
    .filter((n): n is string => n !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
}

function appAccount(item: Record<string, unknown>, sp: boolean, objectId: string): Account {
  const appId = text(prop(item, 'appId'));
  const owningTenant = text(prop(item, 'appOwnerOrganizationId'))?.toLowerCase();
  const account: Account = {
    id: sp ? servicePrincipalId(objectId) : applicationId(objectId),
    system: 'entra',
    nativeId: objectKey(objectId),
    name: text(prop(item, 'displayName')) ?? appId ?? objectKey(objectId),
    kind: 'service',
    primary: true
  };
  const enabled = bool(prop(item, 'accountEnabled'));
  if (enabled !== undefined) account.enabled = enabled;
  const created = isoOrUndefined(prop(item, 'createdDateTime'));
  if (created) account.created = created;
  const owner = ownerNames(item);
  if (owner) account.owner = owner;
  const attrs: NonNullable<Account['attrs']> = {
    objectType: sp ? 'servicePrincipal' : 'application'
  };
  if (appId) attrs.appId = appId.toLowerCase();
  const spType = text(prop(item, 'servicePrincipalType'));
  if (spType) attrs.servicePrincipalType = spType;
  if (owningTenant) attrs.appOwnerOrganizationId = owningTenant;
  if (owningTenant && MICROSOFT_TENANTS.has(owningTenant)) attrs.microsoftFirstParty = true;
  const audience = text(prop(item, 'signInAudience'));
  if (audience) attrs.signInAudience = audience;
  account.attrs = attrs;
  return account;
}

function parse(value: unknown): ImportOutput {
  const collection = graphCollection(value);
  const items = collection?.items ?? [];
  const context = collection?.context ?? '';
  const tally = new WarningTally();
  const rejected: ImportOutput['rejected'] = [];

  // As-of for "active": the newest creation or start date in the file (see app-credentials).
  const asOf = items
    .flatMap(pastDates)
    .reduce<string | undefined>((a, b) => latest(a, b), undefined);
  const accounts = new Map<string, Account>();
  const credentials = new Map<string, Credential>();

  items.forEach((item, index) => {
    const objectId = text(prop(item, 'id'));
    if (!objectId || !isGuid(objectId)) {
      rejected.push({ line: 0, column: 'id', reason: `item ${index + 1}: no object id` });
      return;
    }
    const sp = isServicePrincipal(item, context);
    const account = appAccount(item, sp, objectId);
    accounts.set(account.id, account);
    // Keys of Microsoft's own apps and of managed identities are not the customer's to rotate.
    const managed =
      account.attrs?.microsoftFirstParty === true ||
      /managedidentity/i.test(String(account.attrs?.servicePrincipalType ?? ''));
    const owner = { accountId: account.id, nativeId: account.nativeId, customerManaged: !managed };
    for (const credential of ownerCredentials(item, owner, asOf)) {
      credentials.set(credential.id, credential);
    }
  });

  const records = emptyRecordSet();
  records.accounts = [...accounts.values()];
  records.credentials = [...credentials.values()];
  const warnings = tally.messages();
  if (records.credentials.length > 0) {
    warnings.push(
      asOf
        ? `The export time is not in the file: credentials ending before ${asOf} (the newest creation or start date in it) are inactive, all others active.`
        : 'The export time is not in the file and it has no creation dates: every credential counts as active.'
    );
  }
  return { records, rejected, warnings };
}

export const entraApps: JsonImporter = {
  id: 'entra-apps',
  label: 'Entra ID applications and service principals (Graph JSON)',
  system: 'entra',
  input: 'json',
  detect,
  parse
};
