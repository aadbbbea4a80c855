/** AWS root user rules (area ROOT): the one account no policy can restrict. */
import { daysBetween } from '../../decode/dates';
import type { Account } from '../../model';
import { effectiveLastSignIn } from '../../metrics/last-sign-in';
import { hasMfa, reportsMfaState } from '../../metrics/mfa-state';
import { day, days, nameAccount, nameCredential } from '../describe';
import type { AnalysisInput, Rule } from '../types';
import { notAssessed, verdict } from '../verdict';

const NEEDS_ROOT = 'an AWS credential report (it lists the root user)';
/** "Used recently" for root: a fixed window, since best practice is not to use root at all. */
export const ROOT_RECENT_DAYS = 90;

function roots(input: AnalysisInput): Account[] {
  return input.records.accounts.filter((a) => a.kind === 'root');
}

export const rootAccessKeys: Rule = {
  id: 'ZTW-ROOT-001',
  severity: 'critical',
  title: 'AWS root user with active access keys',
  why:
    'Root access keys carry unrestricted power over the AWS account, cannot be limited by ' +
    'IAM policies and, once leaked, are used by attackers within minutes.',
  remediation:
    'Delete the root access keys (after moving whatever uses them to an IAM role), and keep ' +
    'root for the few tasks that need it.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1078.004',
  needs: NEEDS_ROOT,
  evaluate(input) {
    const rootIds = new Map(roots(input).map((a) => [a.id, a]));
    if (rootIds.size === 0) return notAssessed(NEEDS_ROOT);
    const hits = input.records.credentials
      .filter((c) => c.kind === 'access-key' && c.active && rootIds.has(c.ownerId))
      .map((c) => {
        const created = c.created ? `, created ${day(c.created)}` : '';
        const used = c.lastUsed ? `, last used ${day(c.lastUsed)}` : ', never used';
        return {
          id: c.ownerId,
          evidence: `${nameCredential(c, rootIds.get(c.ownerId))}: active${created}${used}`
        };
      });
    return verdict(hits);
  }
};

export const rootWithoutMfa: Rule = {
  id: 'ZTW-ROOT-002',
  severity: 'critical',
  title: 'AWS root user without MFA',
  why:
    'Whoever learns the root password, or resets it through the account email, owns the ' +
    'AWS account outright when no second factor stands in the way.',
  remediation:
    'Register a hardware security key or passkey for the root user and keep it in a safe ' +
    'place with a named custodian.',
  step: 2,
  ztmm: 'Authentication',
  attack: 'T1078.004',
  needs: NEEDS_ROOT,
  evaluate(input) {
    const all = roots(input);
    if (all.length === 0) return notAssessed(NEEDS_ROOT);
    const judged = all.filter(reportsMfaState);
    if (judged.length === 0) return notAssessed(`${NEEDS_ROOT} with mfa_active`);
    const hits = judged
      .filter((a) => !hasMfa(a))
      .map((a) => ({ id: a.id, evidence: `${nameAccount(a)}: mfa_active is false` }));
    return verdict(hits);
  }
};

export const rootUsedRecently: Rule = {
  id: 'ZTW-ROOT-003',
  severity: 'medium',
  title: 'AWS root user signed in recently',
  why:
    'Routine use of root means the most powerful credential is handled often, and that work ' +
    'which IAM roles should do is done without any limit or attribution.',
  remediation:
    'Find out who signed in as root and why; move that work to named IAM roles and alert on ' +
    'every root sign-in.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1078.004',
  needs: NEEDS_ROOT,
  evaluate(input) {
    const all = roots(input);
    if (all.length === 0) return notAssessed(NEEDS_ROOT);
    const signIns = effectiveLastSignIn(input);
    const hits = all.flatMap((a) => {
      const last = signIns.get(a.id);
      if (!last) return [];
      const ago = daysBetween(last, input.asOf);
      if (ago > ROOT_RECENT_DAYS) return [];
      const when = ago >= 0 ? `${days(ago)} before the as-of date` : 'after the as-of date';
      return [{ id: a.id, evidence: `${nameAccount(a)}: last sign-in ${day(last)}, ${when}` }];
    });
    return verdict(hits);
  }
};

export const rootRules: Rule[] = [rootAccessKeys, rootWithoutMfa, rootUsedRecently];
