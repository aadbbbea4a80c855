/** MFA rules (area MFA): who has no second factor, or only a weak one (SPEC §5, §7). */
import type { Account } from '../../model';
import { isEnabled, isHumanOrGuest } from '../../metrics/account-state';
import {
  hasMfa,
  hasPhishingResistant,
  mfaMethodsOf,
  mfaStrength,
  reportsMethodTypes,
  reportsMfaState
} from '../../metrics/mfa-state';
import { NEEDS_METHOD_TYPES, NEEDS_MFA_STATE, NEEDS_PRIVILEGE } from '../../metrics/needs';
import { nameAccount } from '../describe';
import type { AnalysisInput, Rule } from '../types';
import { notAssessed, verdict } from '../verdict';

/** Enabled human and guest accounts: the people MFA is about. */
function people(input: AnalysisInput): Account[] {
  return input.records.accounts.filter((a) => isEnabled(a) && isHumanOrGuest(a));
}

/** The privileged accounts among `accounts`, or undefined when privilege was not analysed. */
function privilegedAmong(input: AnalysisInput, accounts: Account[]): Account[] | undefined {
  const privilege = input.privilege;
  if (!privilege || privilege.assessedSystems.length === 0) return undefined;
  const ids = new Set(privilege.privileged);
  return accounts.filter((a) => ids.has(a.id));
}

/** Why an account has no MFA, in words. */
function noMfaFact(account: Account): string {
  const recovery = account.mfaMethods?.filter((m) => !mfaMethodsOf(account).includes(m)) ?? [];
  if (recovery.length > 0) {
    return `registered only ${recovery.join(', ')}, which ${recovery.length === 1 ? 'is' : 'are'} not MFA`;
  }
  return 'no MFA method registered';
}

/** A note naming accounts left out because their source does not say. */
function unjudged(accounts: Account[], what: string): string[] {
  if (accounts.length === 0) return [];
  const names = accounts.slice(0, 5).map(nameAccount).join(', ');
  const more = accounts.length > 5 ? ` and ${accounts.length - 5} more` : '';
  return [`Not judged, because their source does not report ${what}: ${names}${more}.`];
}

export const privilegedWithoutMfa: Rule = {
  id: 'ZTW-MFA-001',
  severity: 'critical',
  title: 'Privileged accounts without MFA',
  why:
    'An administrator protected by a password alone is one phished or guessed password away ' +
    'from handing over the tenant.',
  remediation:
    'Register a phishing-resistant method for every privileged account now, and enforce MFA ' +
    'for administrator roles with a conditional access or sign-on policy.',
  step: 2,
  ztmm: 'Authentication',
  attack: 'T1110',
  needs: `${NEEDS_PRIVILEGE} and ${NEEDS_MFA_STATE}`,
  evaluate(input) {
    const privileged = privilegedAmong(input, people(input));
    if (!privileged) return notAssessed(NEEDS_PRIVILEGE);
    const judged = privileged.filter(reportsMfaState);
    if (privileged.length > 0 && judged.length === 0) return notAssessed(NEEDS_MFA_STATE);
    const hits = judged
      .filter((a) => !hasMfa(a))
      .map((a) => ({ id: a.id, evidence: `${nameAccount(a)}: privileged, ${noMfaFact(a)}` }));
    const skipped = privileged.filter((a) => !reportsMfaState(a));
    return verdict(hits, unjudged(skipped, 'MFA state'));
  }
};

export const accountsWithoutMfa: Rule = {
  id: 'ZTW-MFA-002',
  severity: 'high',
  title: 'Human and guest accounts without MFA',
  why:
    'Passwords are sprayed, guessed and phished every day; an account without a second ' +
    'factor falls to any of these.',
  remediation:
    'Require MFA registration for every human and guest account, with a short registration ' +
    'campaign and a deadline after which sign-in without MFA is blocked.',
  step: 2,
  ztmm: 'Authentication',
  attack: 'T1110',
  needs: NEEDS_MFA_STATE,
  evaluate(input) {
    const judged = people(input).filter(reportsMfaState);
    if (judged.length === 0) return notAssessed(NEEDS_MFA_STATE);
    const hits = judged
      .filter((a) => !hasMfa(a))
      .map((a) => ({ id: a.id, evidence: `${nameAccount(a)}: ${noMfaFact(a)}` }));
    return verdict(hits);
  }
};

export const weakMfaOnly: Rule = {
  id: 'ZTW-MFA-003',
  severity: 'medium',
  title: 'MFA only by SMS or voice call',
  why:
    'Codes sent by SMS or voice can be intercepted or redirected by SIM swapping and phone ' +
    'number porting, and are phished as easily as passwords.',
  remediation:
    'Move these users to an authenticator app or a phishing-resistant method, then disable ' +
    'SMS and voice as sign-in methods.',
  step: 2,
  ztmm: 'Authentication',
  attack: 'T1111',
  needs: NEEDS_METHOD_TYPES,
  evaluate(input) {
    const judged = people(input).filter(reportsMethodTypes);
    if (judged.length === 0) return notAssessed(NEEDS_METHOD_TYPES);
    const hits = judged
      .filter((a) => mfaStrength(a) === 'weak')
      .map((a) => ({
        id: a.id,
        evidence: `${nameAccount(a)}: MFA only by ${mfaMethodsOf(a).join(', ')}`
      }));
    return verdict(hits);
  }
};

export const privilegedWithoutPhishingResistant: Rule = {
  id: 'ZTW-MFA-004',
  severity: 'high',
  title: 'Privileged accounts without a phishing-resistant method',
  why:
    'Push, code and SMS factors can be relayed by adversary-in-the-middle phishing kits; ' +
    'administrators are their favourite target.',
  remediation:
    'Issue FIDO2 security keys, passkeys, Windows Hello for Business or smart cards to ' +
    'administrators and require a phishing-resistant authentication strength for admin roles.',
  step: 2,
  ztmm: 'Authentication',
  attack: 'T1566',
  needs: `${NEEDS_PRIVILEGE} and ${NEEDS_METHOD_TYPES}`,
  evaluate(input) {
    const privileged = privilegedAmong(input, people(input));
    if (!privileged) return notAssessed(NEEDS_PRIVILEGE);
    const judged = privileged.filter(reportsMethodTypes);
    if (privileged.length > 0 && judged.length === 0) return notAssessed(NEEDS_METHOD_TYPES);
    const hits = judged
      .filter((a) => !hasPhishingResistant(a))
      .map((a) => {
        const methods = mfaMethodsOf(a);
        const has = methods.length > 0 ? `methods: ${methods.join(', ')}` : 'no MFA method';
        return { id: a.id, evidence: `${nameAccount(a)}: privileged, ${has}` };
      });
    const skipped = privileged.filter((a) => !reportsMethodTypes(a));
    return verdict(hits, unjudged(skipped, 'method types'));
  }
};

export const mfaRules: Rule[] = [
  privilegedWithoutMfa,
  accountsWithoutMfa,
  weakMfaOnly,
  privilegedWithoutPhishingResistant
];
