/**
 * Passwordless adoption: among enabled human and guest accounts whose source tells, how many
 * can sign in without a password. Entra says so per user (`isPasswordlessCapable` in the
 * registration details, which also counts Authenticator phone sign-in); for other sources a
 * phishing-resistant method (FIDO2 or passkey, Windows Hello for Business, certificate) is a
 * passwordless one, while push, codes and SMS still follow a password.
 */
import type { Account } from '../model';
import { isEnabled, isHumanOrGuest } from './account-state';
import { hasPhishingResistant, reportsMethodTypes } from './mfa-state';
import { roundPercent } from './round';

export interface PasswordlessFigure {
  /** 0–100 with one decimal; null when no source tells. */
  percent: number | null;
  capable: number;
  measuredIds: string[];
  /** The measured accounts that cannot sign in without a password: the list to act on. */
  withoutIds: string[];
}

function capability(account: Account): boolean | undefined {
  const reported = account.attrs?.isPasswordlessCapable;
  if (typeof reported === 'boolean') return reported || hasPhishingResistant(account);
  return reportsMethodTypes(account) ? hasPhishingResistant(account) : undefined;
}

export function passwordlessAdoption(accounts: readonly Account[]): PasswordlessFigure {
  const measuredIds: string[] = [];
  const withoutIds: string[] = [];
  for (const a of accounts) {
    if (!isEnabled(a) || !isHumanOrGuest(a)) continue;
    const capable = capability(a);
    if (capable === undefined) continue;
    measuredIds.push(a.id);
    if (!capable) withoutIds.push(a.id);
  }
  const capable = measuredIds.length - withoutIds.length;
  return { percent: roundPercent(capable, measuredIds.length), capable, measuredIds, withoutIds };
}
