/** Account lifecycle rules (area ACCT): idle, never used, disabled, guests with power. */
import type { Account } from '../../model';
import { isCountedCredential } from '../../metrics/account-state';
import { credentialsReported } from '../../metrics/credential-formats';
import { dormancyOfAccounts } from '../../metrics/dormancy';
import { NEEDS_CREDENTIALS, NEEDS_PRIVILEGE, NEEDS_SIGN_IN } from '../../metrics/needs';
import { day, days, nameAccount, nameCredential } from '../describe';
import { accountsById } from '../lookup';
import type { Rule } from '../types';
import { notAssessed, verdict } from '../verdict';

export const dormantAccounts: Rule = {
  id: 'ZTW-ACCT-001',
  severity: 'medium',
  title: 'Dormant enabled accounts',
  why:
    'Accounts nobody uses still accept sign-ins; nobody notices when an attacker takes one ' +
    'over, and their access is rarely reviewed.',
  remediation:
    'Disable accounts idle for longer than the threshold after checking with their owner, ' +
    'and automate the check so it runs every month.',
  step: 1,
  ztmm: 'Identity Stores',
  attack: 'T1078',
  needs: NEEDS_SIGN_IN,
  evaluate(input) {
    const all = dormancyOfAccounts(input);
    if (all.every((d) => d.status === 'not-assessable')) return notAssessed(NEEDS_SIGN_IN);
    const hits = all
      .filter((d) => d.status === 'dormant')
      .map((d) => ({
        id: d.account.id,
        evidence:
          `${nameAccount(d.account)}: last ${d.via === 'credential use' ? 'credential use' : 'sign-in'} ` +
          `${day(d.lastActive!)}, ${days(d.days!)} before the as-of date`
      }));
    return verdict(hits);
  }
};

export const neverUsedAccounts: Rule = {
  id: 'ZTW-ACCT-002',
  severity: 'medium',
  title: 'Enabled accounts never used',
  why:
    'An account created and never used was often made for a project that died or a person ' +
    'who never started; it holds access no one needs, often with an initial password.',
  remediation:
    'Confirm with the requester whether the account is still needed; disable or delete it ' +
    'otherwise, and expire unused new accounts automatically.',
  step: 1,
  ztmm: 'Identity Stores',
  attack: 'T1078',
  needs: NEEDS_SIGN_IN,
  evaluate(input) {
    const all = dormancyOfAccounts(input);
    if (all.every((d) => d.status === 'not-assessable')) return notAssessed(NEEDS_SIGN_IN);
    const hits = all
      .filter((d) => d.status === 'never-used')
      .map((d) => {
        const never =
          d.account.kind === 'service' ? 'never signed in or used a key' : 'never signed in';
        return {
          id: d.account.id,
          evidence:
            `${nameAccount(d.account)}: ${never}, created ${day(d.account.created!)}, ` +
            `${days(d.days!)} before the as-of date`
        };
      });
    return verdict(hits);
  }
};

export const privilegedGuests: Rule = {
  id: 'ZTW-ACCT-003',
  severity: 'high',
  title: 'Guest accounts holding privileged roles',
  why:
    'A guest is governed by another organisation: its password policy, MFA and leaver ' +
    'process are out of your hands, yet it administers your tenant.',
  remediation:
    'Remove privileged roles from guests; where outside administrators are needed, give ' +
    'them member accounts under your policies, eligible rather than permanent.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1078.004',
  needs: NEEDS_PRIVILEGE,
  evaluate(input) {
    const privilege = input.privilege;
    if (!privilege || privilege.assessedSystems.length === 0) return notAssessed(NEEDS_PRIVILEGE);
    const byId = accountsById(input);
    const eligibleOnly = new Set(privilege.eligibleOnly);
    const hits = [...new Set(privilege.privileged)]
      .map((id) => byId.get(id))
      .filter((a): a is Account => a?.kind === 'guest')
      .map((a) => {
        const how = eligibleOnly.has(a.id) ? 'is eligible for' : 'holds';
        return {
          id: a.id,
          evidence: `${nameAccount(a)}: guest account that ${how} privileged access`
        };
      });
    return verdict(hits);
  }
};

export const disabledWithCredentials: Rule = {
  id: 'ZTW-ACCT-004',
  severity: 'medium',
  title: 'Disabled accounts that still hold active credentials',
  why:
    'Disabling an account is undone with one click, and its keys and secrets work again at ' +
    'once; keys left active also hide which workloads still depend on the account.',
  remediation:
    'Deactivate and then delete the credentials of disabled accounts, after checking that ' +
    'nothing still uses them.',
  step: 1,
  ztmm: 'Identity Stores',
  attack: 'T1098',
  needs: NEEDS_CREDENTIALS,
  evaluate(input) {
    if (!credentialsReported(input)) return notAssessed(NEEDS_CREDENTIALS);
    const byId = accountsById(input);
    const held = input.records.credentials.filter(isCountedCredential);
    const known = held.filter((c) => byId.get(c.ownerId)?.enabled !== undefined);
    if (held.length > 0 && known.length === 0) {
      return notAssessed('the enabled or disabled state of the accounts holding credentials');
    }
    const hits = known
      .filter((c) => byId.get(c.ownerId)?.enabled === false)
      .map((c) => ({
        id: c.ownerId,
        evidence: `${nameCredential(c, byId.get(c.ownerId))}: active, but the account is disabled`
      }));
    return verdict(hits);
  }
};

export const accountRules: Rule[] = [
  dormantAccounts,
  neverUsedAccounts,
  privilegedGuests,
  disabledWithCredentials
];
