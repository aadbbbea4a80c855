/** Privilege rules over every system: admin-equivalence, escalation, privileged passwords. */
import { daysBetween } from '../../../decode/dates';
import type { Account } from '../../../model';
import { day, days, nameAccount } from '../../describe';
import type { AnalysisInput, Rule } from '../../types';
import { notAssessed, verdict, type Hit } from '../../verdict';
import { describeSteps, namer, NEEDS_ANY_PRIVILEGE, privilegeOf } from './context';

const NEEDS_ESCALATION = 'AWS authorization details, a GCP IAM policy or Entra app permissions';
const NEEDS_EXPIRY = `${NEEDS_ANY_PRIVILEGE}, and password expiry flags`;
const NEEDS_LAST_SET = `${NEEDS_ANY_PRIVILEGE}, and password change dates`;

export const adminEquivalentPrincipals: Rule = {
  id: 'ZTW-PRIV-001',
  severity: 'info',
  title: 'Admin-equivalent principals',
  why:
    'Each of these principals can change anything in its system, including who else may. ' +
    'They are the first thing an attacker looks for and should be few, known and watched.',
  remediation:
    'Confirm each one is needed; move people to eligible (just-in-time) assignments, give ' +
    'workloads narrower rights, and review the list on a schedule.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1078',
  needs: NEEDS_ANY_PRIVILEGE,
  evaluate(input) {
    const p = privilegeOf(input);
    if (p.assessedSystems.length === 0) return notAssessed(NEEDS_ANY_PRIVILEGE);
    const name = namer(input);
    const hits = p.adminEquivalentDetails.map((d) => ({
      id: d.principalId,
      evidence: `${name(d.principalId)}: ${d.reason}${d.conditional ? ', under a condition' : ''}`
    }));
    return verdict(hits);
  }
};

function escalationRule(certainty: 'definite' | 'possible'): Rule['evaluate'] {
  return (input: AnalysisInput) => {
    const p = privilegeOf(input);
    if (p.escalation === null) return notAssessed(NEEDS_ESCALATION);
    const name = namer(input);
    const hits = p.escalationPaths
      .filter((x) => x.certainty === certainty)
      .map((x) => ({ id: x.principalId, evidence: describeSteps(x.steps, name) }));
    return verdict(hits);
  };
}

export const escalationPaths: Rule = {
  id: 'ZTW-PRIV-002',
  severity: 'high',
  title: 'Principals that can escalate to admin rights',
  why:
    'These principals are not administrators on paper, but their rights let them make ' +
    "themselves administrators: rewriting their own policies, minting another user's keys, " +
    'or running code as a more powerful role. Reviews that count admins miss them.',
  remediation:
    'Remove the escalation actions (policy writes, iam:PassRole on powerful roles, credential ' +
    'creation for others) or pin them to specific resources; add permissions boundaries.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1098',
  needs: NEEDS_ESCALATION,
  evaluate: escalationRule('definite')
};

export const possibleEscalationPaths: Rule = {
  id: 'ZTW-PRIV-003',
  severity: 'medium',
  title: 'Possible escalation paths that depend on facts the exports do not show',
  why:
    'These paths need something the exports cannot confirm: an existing function or instance ' +
    'running as a powerful role, an older policy version, or a policy condition that may hold.',
  remediation:
    'Check each path against the live account; if it holds, treat it as an escalation path ' +
    'and remove the rights it rests on.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1098',
  needs: NEEDS_ESCALATION,
  evaluate: escalationRule('possible')
};

function privilegedAccounts(input: AnalysisInput): Account[] | undefined {
  const p = privilegeOf(input);
  if (p.assessedSystems.length === 0) return undefined;
  const ids = new Set(p.privileged);
  return input.records.accounts.filter((a) => ids.has(a.id));
}

export const privilegedNeverExpiring: Rule = {
  id: 'ZTW-PRIV-004',
  severity: 'medium',
  title: 'Privileged accounts whose password never expires',
  why:
    'A privileged password that never expires stays valid for as long as it has been leaked, ' +
    'cracked or written into a script; on an admin account that is the whole domain.',
  remediation:
    'Require phishing-resistant MFA or smart cards for these accounts, or rotate their ' +
    'passwords through a vault; turn off the never-expires flag.',
  step: 2,
  ztmm: 'Authentication',
  attack: 'T1110',
  needs: NEEDS_EXPIRY,
  evaluate(input) {
    const accounts = privilegedAccounts(input);
    const judged = accounts?.filter((a) => a.passwordNeverExpires !== undefined) ?? [];
    if (!accounts || judged.length === 0) return notAssessed(NEEDS_EXPIRY);
    const hits: Hit[] = judged
      .filter((a) => a.passwordNeverExpires)
      .map((a) => ({
        id: a.id,
        evidence: `${nameAccount(a)}: privileged, password never expires`
      }));
    return verdict(hits);
  }
};

export const privilegedOldPasswords: Rule = {
  id: 'ZTW-PRIV-005',
  severity: 'medium',
  title: 'Privileged accounts with old passwords',
  why:
    'An old administrator password has had years to leak or be cracked from a stolen hash, ' +
    'and it unlocks everything the account can do.',
  remediation:
    'Change these passwords now and put privileged accounts on rotation or, better, on ' +
    'phishing-resistant MFA with the password out of daily use.',
  step: 2,
  ztmm: 'Authentication',
  attack: 'T1110',
  needs: NEEDS_LAST_SET,
  evaluate(input) {
    const accounts = privilegedAccounts(input);
    const judged = accounts?.filter((a) => a.passwordLastSet !== undefined) ?? [];
    if (!accounts || judged.length === 0) return notAssessed(NEEDS_LAST_SET);
    const limit = input.settings.oldPasswordDays;
    const hits: Hit[] = judged.flatMap((a) => {
      const age = daysBetween(a.passwordLastSet as string, input.asOf);
      if (age <= limit) return [];
      const set = day(a.passwordLastSet as string);
      return [
        {
          id: a.id,
          evidence: `${nameAccount(a)}: privileged, password last set ${set}, ${days(age)} before the as-of date`
        }
      ];
    });
    return verdict(hits);
  }
};

export const generalPrivilegeRules: Rule[] = [
  adminEquivalentPrincipals,
  escalationPaths,
  possibleEscalationPaths,
  privilegedNeverExpiring,
  privilegedOldPasswords
];
