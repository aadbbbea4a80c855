/** Active Directory privilege rules: Kerberos roasting and unconstrained delegation. */
import type { AnalysisInput, Rule } from '../../types';
import { notAssessed, verdict } from '../../verdict';
import { namer, NEEDS_AD, privilegeOf } from './context';

type Pick = 'kerberoastable' | 'asrepRoastable' | 'unconstrainedDelegation';

function adRule(pick: Pick, what: string): Rule['evaluate'] {
  return (input: AnalysisInput) => {
    const p = privilegeOf(input);
    if (!p.ad.flagsReported) return notAssessed(NEEDS_AD);
    const name = namer(input);
    const privileged = new Set(p.privileged);
    return verdict(
      p.ad[pick].map((id) => ({
        id,
        evidence: `${name(id)}: ${what}${privileged.has(id) ? ', and the account is privileged' : ''}`
      }))
    );
  };
}

export const kerberoastable: Rule = {
  id: 'ZTW-PRIV-023',
  severity: 'high',
  title: 'Kerberoastable accounts (user accounts with an SPN)',
  why:
    'Any domain user can request a service ticket for an account with an SPN and crack its ' +
    'password offline; service accounts often have weak, old passwords and wide rights.',
  remediation:
    'Use group-managed service accounts, or give these accounts 25+ character random ' +
    'passwords and AES-only encryption; remove SPNs that are not used.',
  step: 2,
  ztmm: 'Authentication',
  attack: 'T1558.003',
  needs: NEEDS_AD,
  evaluate: adRule('kerberoastable', 'enabled user account with a service principal name')
};

export const asrepRoastable: Rule = {
  id: 'ZTW-PRIV-024',
  severity: 'high',
  title: 'Accounts that do not require Kerberos pre-authentication',
  why:
    'Without pre-authentication anyone can ask the domain controller for data encrypted with ' +
    "the account's password and crack it offline (AS-REP roasting), no credentials needed.",
  remediation: 'Clear "Do not require Kerberos preauthentication" on these accounts.',
  step: 2,
  ztmm: 'Authentication',
  attack: 'T1558.004',
  needs: NEEDS_AD,
  evaluate: adRule('asrepRoastable', 'Kerberos pre-authentication not required')
};

export const unconstrainedDelegation: Rule = {
  id: 'ZTW-PRIV-025',
  severity: 'high',
  title: 'Accounts trusted for unconstrained delegation',
  why:
    'A host or account with unconstrained delegation keeps the Kerberos tickets of everyone ' +
    'who connects to it; whoever controls it can act as those users, domain admins included.',
  remediation:
    'Switch to constrained or resource-based constrained delegation, and mark admin accounts ' +
    '"sensitive and cannot be delegated" (or put them in Protected Users).',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1558',
  needs: NEEDS_AD,
  evaluate: adRule('unconstrainedDelegation', 'trusted for unconstrained delegation')
};

export const adPrivilegeRules: Rule[] = [kerberoastable, asrepRoastable, unconstrainedDelegation];
