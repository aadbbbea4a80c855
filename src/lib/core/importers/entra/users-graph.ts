/**
 * Entra users as Graph JSON: `GET /users` (with `$select=…,signInActivity` when the tenant
 * has the licence) as Graph Explorer saves it, a bare array, or `Get-MgUser | ConvertTo-Json`
 * with PascalCase keys. `signInActivity` is present on some users only.
 */
import type { RejectedRow } from '../../assessment';
import { obj, prop, text } from '../../decode/values';
import type { Account } from '../../model';
import { emptyRecordSet } from '../../model';
import type { Detection, JsonImporter } from '../types';
import { graphCollection, hasAny, sampleMatch } from './graph-collection';
import { WarningTally } from './tally';
import { userAccount, type UserFields } from './user-account';

const USER_KEYS = ['accountEnabled', 'userType', 'signInActivity', 'onPremisesSyncEnabled', 'mail'];
/** Keys of other Graph lists whose items also carry `userPrincipalName`. */
const OTHER_KEYS = [
  'methodsRegistered',
  'isMfaRegistered',
  'ipAddress',
  'appDisplayName',
  'status'
];

function looksLikeUser(item: Record<string, unknown>): boolean {
  return (
    hasAny(item, 'id') &&
    hasAny(item, 'userPrincipalName') &&
    !OTHER_KEYS.some((k) => hasAny(item, k))
  );
}

function detect(value: unknown): Detection | null {
  const collection = graphCollection(value);
  if (!collection || collection.items.length === 0) return null;
  const { matched, seen } = sampleMatch(collection.items, looksLikeUser);
  if (matched < seen) return null;
  const usersContext = /#users(\(|$)/.test(collection.context);
  const userKeys = USER_KEYS.filter((k) => collection.items.slice(0, 20).some((i) => hasAny(i, k)));
  if (!usersContext && userKeys.length === 0) return null;
  return {
    confidence: usersContext ? 0.97 : 0.9,
    evidence: `Graph users: ${usersContext ? '@odata.context is users, ' : ''}items have id, userPrincipalName${
      userKeys.length ? ', ' + userKeys.join(', ') : ''
    }`
  };
}

function str(item: unknown, ...names: string[]): string | undefined {
  return text(prop(item, ...names));
}

function fieldsOf(item: Record<string, unknown>): UserFields {
  const signIn = obj(prop(item, 'signInActivity'));
  return {
    id: str(item, 'id'),
    upn: str(item, 'userPrincipalName'),
    displayName: str(item, 'displayName'),
    userType: str(item, 'userType'),
    accountEnabled: prop(item, 'accountEnabled'),
    created: prop(item, 'createdDateTime'),
    mail: str(item, 'mail'),
    syncEnabled: prop(item, 'onPremisesSyncEnabled'),
    sam: str(item, 'onPremisesSamAccountName'),
    immutableId: str(item, 'onPremisesImmutableId'),
    sid: str(item, 'onPremisesSecurityIdentifier'),
    proxyAddresses: prop(item, 'proxyAddresses'),
    // Present (even null) means the export selected it; absent means we cannot say.
    passwordPolicies:
      prop(item, 'passwordPolicies') === undefined
        ? undefined
        : (prop(item, 'passwordPolicies') ?? ''),
    passwordLastSet: prop(item, 'lastPasswordChangeDateTime'),
    lastSuccessfulSignIn: prop(signIn, 'lastSuccessfulSignInDateTime'),
    lastInteractiveSignIn: prop(signIn, 'lastSignInDateTime'),
    lastNonInteractiveSignIn: prop(signIn, 'lastNonInteractiveSignInDateTime'),
    creationType: str(item, 'creationType'),
    externalUserState: str(item, 'externalUserState')
  };
}

function parse(value: unknown) {
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const tally = new WarningTally();
  const accounts = new Map<string, Account>();
  const items = graphCollection(value)?.items ?? [];

  items.forEach((item, index) => {
    const where = `item ${index + 1}`;
    const result = userAccount(fieldsOf(item));
    if ('rejected' in result) {
      // JSON has no useful line numbers once parsed: line 0, the item's position in the reason.
      rejected.push({
        line: 0,
        column: result.rejected.column,
        reason: `${where}: ${result.rejected.reason}`
      });
      return;
    }
    if (accounts.has(result.account.id)) {
      rejected.push({ line: 0, column: 'id', reason: `${where}: the same user appears earlier` });
      return;
    }
    accounts.set(result.account.id, result.account);
    for (const note of result.notes) {
      tally.add(`${note.field} could not be read and was left out`, where);
    }
  });
  records.accounts = [...accounts.values()];
  return { records, rejected, warnings: tally.messages() };
}

export const entraUsersGraph: JsonImporter = {
  id: 'entra-users-graph',
  label: 'Entra ID users (Graph JSON)',
  system: 'entra',
  input: 'json',
  detect,
  parse
};
