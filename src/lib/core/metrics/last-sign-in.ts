/** The last sign-in of every account, from its directory export and any imported log. */
import { perRecords } from '../analysis/per-records';
import { latest } from '../decode/dates';
import type { AnalysisInput } from '../findings/types';

/**
 * Account id → newest sign-in: the later of the account's own `lastSignIn` and its successful
 * sign-in events (SPEC §5). Accounts never seen signing in are absent from the map. Computed
 * once per record set and shared: callers only read it.
 */
export function effectiveLastSignIn(input: Pick<AnalysisInput, 'records'>): Map<string, string> {
  return perRecords(input.records, 'effectiveLastSignIn', () => lastSignIns(input));
}

function lastSignIns(input: Pick<AnalysisInput, 'records'>): Map<string, string> {
  const last = new Map<string, string>();
  for (const account of input.records.accounts) {
    if (account.lastSignIn) last.set(account.id, account.lastSignIn);
  }
  for (const event of input.records.events) {
    if (event.category !== 'signin' || event.result !== 'success' || !event.actorId) continue;
    const newest = latest(last.get(event.actorId), event.time);
    if (newest) last.set(event.actorId, newest);
  }
  return last;
}

/** Account id → newest use of any credential it owns (access keys, secrets, keys); shared. */
export function lastCredentialUse(input: Pick<AnalysisInput, 'records'>): Map<string, string> {
  return perRecords(input.records, 'lastCredentialUse', () => lastKeyUses(input));
}

function lastKeyUses(input: Pick<AnalysisInput, 'records'>): Map<string, string> {
  const last = new Map<string, string>();
  for (const credential of input.records.credentials) {
    if (!credential.lastUsed) continue;
    const newest = latest(last.get(credential.ownerId), credential.lastUsed);
    if (newest) last.set(credential.ownerId, newest);
  }
  return last;
}
