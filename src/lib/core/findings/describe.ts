/** Words for evidence sentences: how records, dates and spans of days are written. */
import type { Account, Credential } from '../model';
import { SYSTEM_LABELS } from '../model';
import { accountLabel } from '../metrics/account-state';

/** The calendar day of an ISO timestamp (UTC). */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** "1 day", "412 days". */
export function days(n: number): string {
  return `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`;
}

/** "alice@corp (Entra ID)": the account's login and its system. */
export function nameAccount(account: Account): string {
  return `${accountLabel(account)} (${SYSTEM_LABELS[account.system]})`;
}

const CREDENTIAL_WORDS: Record<Credential['kind'], string> = {
  'access-key': 'access key',
  'client-secret': 'client secret',
  certificate: 'certificate',
  'sa-key': 'service-account key',
  'api-token': 'API token',
  'ssh-key': 'SSH key'
};

/** "access key access_key_1 of andrew (AWS)": what the credential is and who holds it. */
export function nameCredential(credential: Credential, owner: Account | undefined): string {
  const what = CREDENTIAL_WORDS[credential.kind];
  const name = credential.name ? ` ${credential.name}` : '';
  const holder = owner ? nameAccount(owner) : credential.ownerId;
  return `${what}${name} of ${holder}`;
}
