/**
 * ScubaGear's `risky_applications` and `risky_third_party_service_principals`: applications
 * with risky API permissions, their service principals and their credentials. The objects are
 * PowerShell-serialised (PascalCase, `/Date(ms)/`, one-item arrays collapsed), which `prop`,
 * `list` and `readDate` take in their stride.
 */
import { bool, list, obj, prop, text } from '../../decode/values';
import type { Account, Credential } from '../../model';
import { ownerCredentials } from './app-credentials';
import { applicationId, isGuid, objectKey, servicePrincipalId } from './ids';

export interface ScubaApps {
  accounts: Account[];
  credentials: Credential[];
  /** Service principal object ids seen here, to type role holders elsewhere in the file. */
  servicePrincipalIds: string[];
}

function riskyPermissions(item: unknown): string[] {
  return list<unknown>(prop(item, 'Permissions'))
    .filter((p) => bool(prop(p, 'IsRisky')) === true)
    .map((p) => text(prop(p, 'RoleDisplayName')) ?? '?');
}

function appAccount(
  item: unknown,
  spId: string | undefined,
  appObjectId: string | undefined
): Account | undefined {
  const objectId = spId ?? appObjectId;
  if (!objectId) return undefined;
  const appId = text(prop(item, 'AppId'));
  const account: Account = {
    id: spId ? servicePrincipalId(spId) : applicationId(objectId),
    system: 'entra',
    nativeId: objectKey(objectId),
    name: text(prop(item, 'DisplayName')) ?? appId ?? objectKey(objectId),
    kind: 'service',
    // ScubaGear lists only the apps with risky permissions: a partial view of the inventory.
    primary: false
  };
  const attrs: NonNullable<Account['attrs']> = {
    objectType: spId ? 'servicePrincipal' : 'application'
  };
  if (appId) attrs.appId = appId.toLowerCase();
  if (spId && appObjectId) attrs.applicationObjectId = objectKey(appObjectId);
  const owningTenant = text(prop(item, 'AppOwnerOrganizationId'));
  if (owningTenant) attrs.appOwnerOrganizationId = owningTenant.toLowerCase();
  const multiTenant = bool(prop(item, 'IsMultiTenantEnabled'));
  if (multiTenant !== undefined) attrs.multiTenant = multiTenant;
  const audience = text(prop(item, 'SignInAudience'));
  if (audience) attrs.signInAudience = audience;
  const risky = riskyPermissions(item);
  attrs.riskyPermissions = risky.length;
  if (risky.length > 0) attrs.riskyPermissionNames = risky.join(', ');
  account.attrs = attrs;
  return account;
}

/** Accounts and credentials of both risky-app sections; `asOf` is the report's time. */
export function scubaApps(report: unknown, asOf: string | undefined): ScubaApps {
  const out: ScubaApps = { accounts: [], credentials: [], servicePrincipalIds: [] };
  const sections: [unknown[], boolean][] = [
    [list<unknown>(prop(report, 'risky_applications')), false],
    [list<unknown>(prop(report, 'risky_third_party_service_principals')), true]
  ];
  for (const [items, thirdParty] of sections) {
    for (const item of items) {
      // Risky apps carry { Application, ServicePrincipal } object ids; third-party SPs one id.
      const ids = obj(prop(item, 'ObjectId'));
      const spId = thirdParty ? text(prop(item, 'ObjectId')) : text(prop(ids, 'ServicePrincipal'));
      const appObjectId = thirdParty ? undefined : text(prop(ids, 'Application'));
      const account = appAccount(
        item,
        spId && isGuid(spId) ? spId : undefined,
        appObjectId && isGuid(appObjectId) ? appObjectId : undefined
      );
      if (!account) continue;
      out.accounts.push(account);
      if (account.attrs?.objectType === 'servicePrincipal')
        out.servicePrincipalIds.push(account.nativeId);
      const owner = { accountId: account.id, nativeId: account.nativeId, customerManaged: true };
      out.credentials.push(...ownerCredentials(item, owner, asOf));
    }
  }
  return out;
}
