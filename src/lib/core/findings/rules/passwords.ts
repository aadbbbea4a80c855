/** Password rules (area PWD): passwords that never change or have not for years. */
import type { Account } from '../../model';
import { isEnabled } from '../../metrics/account-state';
import { daysBeforeAsOf } from '../../metrics/days-before';
import { day, days, nameAccount } from '../describe';
import type { AnalysisInput, Rule } from '../types';
import { notAssessed, verdict } from '../verdict';

const NEEDS_NEVER_EXPIRES =
  'password expiry flags (Active Directory users with PasswordNeverExpires, Entra users ' +
  'with passwordPolicies)';
const NEEDS_PASSWORD_LAST_SET =
  'password change dates (Active Directory users with PasswordLastSet, Entra users with ' +
  'lastPasswordChangeDateTime, or an AWS credential report)';

/** Enabled accounts that sign in with a password (an AWS user can have none). */
function passwordAccounts(input: AnalysisInput): Account[] {
  return input.records.accounts.filter((a) => isEnabled(a) && a.attrs?.passwordEnabled !== false);
}

export const passwordNeverExpires: Rule = {
  id: 'ZTW-PWD-001',
  severity: 'low',
  title: 'Passwords set never to expire',
  why:
    'A password that never expires stays valid for ever once it leaks. Current guidance ' +
    'drops forced changes for users protected by MFA, but service and administrator ' +
    'accounts that rely on the password alone are a favourite target of cracking.',
  remediation:
    'Replace service accounts with managed identities or group-managed service accounts; ' +
    'for the rest, require MFA or a long random password rotated by a vault.',
  step: 2,
  ztmm: 'Authentication',
  attack: 'T1110',
  needs: NEEDS_NEVER_EXPIRES,
  evaluate(input) {
    const judged = passwordAccounts(input).filter((a) => a.passwordNeverExpires !== undefined);
    if (judged.length === 0) return notAssessed(NEEDS_NEVER_EXPIRES);
    const hits = judged
      .filter((a) => a.passwordNeverExpires === true)
      .map((a) => ({ id: a.id, evidence: `${nameAccount(a)}: password set never to expire` }));
    return verdict(hits);
  }
};

export const oldPasswords: Rule = {
  id: 'ZTW-PWD-002',
  severity: 'low',
  title: 'Passwords unchanged for a long time',
  why:
    'An old password has had years to be reused elsewhere, leaked in a breach or cracked ' +
    'from a stolen hash; on service accounts it often sits in scripts and shares.',
  remediation:
    'Change the passwords of these accounts, starting with service and privileged ones, and ' +
    'move service accounts to secrets that a vault or the platform rotates.',
  step: 2,
  ztmm: 'Authentication',
  attack: 'T1110',
  needs: NEEDS_PASSWORD_LAST_SET,
  evaluate(input) {
    const judged = passwordAccounts(input).filter((a) => a.passwordLastSet !== undefined);
    if (judged.length === 0) return notAssessed(NEEDS_PASSWORD_LAST_SET);
    const limit = input.settings.oldPasswordDays;
    const daysBefore = daysBeforeAsOf(input.asOf);
    const hits = judged.flatMap((a) => {
      const set = a.passwordLastSet as string;
      const age = daysBefore(set);
      if (age <= limit) return [];
      const evidence = `${nameAccount(a)}: password last set ${day(set)}, ${days(age)} before the as-of date`;
      return [{ id: a.id, evidence }];
    });
    return verdict(hits);
  }
};

export const passwordRules: Rule[] = [passwordNeverExpires, oldPasswords];
