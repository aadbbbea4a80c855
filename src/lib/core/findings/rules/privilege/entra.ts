/** Entra ID privilege rules: Global Administrator count, standing access, who holds roles. */
import type { PrivilegedHolding } from '../../../privilege/types';
import type { AnalysisInput, Rule } from '../../types';
import { notAssessed, verdict } from '../../verdict';
import { namer, NEEDS_ENTRA_ROLES, privilegeOf } from './context';

const NEEDS_APPS =
  'Entra applications with their API permissions (a ScubaGear export lists the risky ones)';

function entra(input: AnalysisInput) {
  const p = privilegeOf(input);
  return p.entra.assessed ? p.entra : undefined;
}

function holdingHits(input: AnalysisInput, holdings: readonly PrivilegedHolding[], what: string) {
  const name = namer(input);
  return holdings.map((h) => ({
    id: h.accountId,
    evidence:
      `${name(h.accountId)}: ${what} holding ${h.roleName} (${h.type})` +
      (h.via?.length ? ` through ${h.via.map(name).join(' → ')}` : '')
  }));
}

function globalAdminEvidence(input: AnalysisInput, ids: readonly string[]): string[] {
  const name = namer(input);
  return ids.map((id) => `${name(id)}: Global Administrator`);
}

export const tooManyGlobalAdmins: Rule = {
  id: 'ZTW-PRIV-006',
  severity: 'high',
  title: 'More than five Global Administrators',
  why:
    'Every Global Administrator can take over the whole tenant and every connected app. ' +
    'Microsoft advises fewer than five; each extra one widens what a single phish can reach.',
  remediation:
    'Move day-to-day work to narrower roles (User, Exchange, Security Administrator), keep ' +
    'two emergency accounts and a few eligible (PIM) Global Administrators.',
  step: 3,
  ztmm: 'Governance',
  attack: 'T1078.004',
  needs: NEEDS_ENTRA_ROLES,
  evaluate(input) {
    const e = entra(input);
    if (!e) return notAssessed(NEEDS_ENTRA_ROLES);
    if (e.globalAdmins.length <= 5) return { status: 'pass' };
    return {
      status: 'finding',
      affected: e.globalAdmins,
      evidence: [
        `${e.globalAdmins.length} Global Administrators (more than 5)`,
        ...globalAdminEvidence(input, e.globalAdmins)
      ]
    };
  }
};

export const tooFewGlobalAdmins: Rule = {
  id: 'ZTW-PRIV-007',
  severity: 'medium',
  title: 'Fewer than two Global Administrators',
  why:
    'With one Global Administrator (or none imported), losing that account to a lockout, a ' +
    'leaver or an MFA failure leaves nobody able to run the tenant.',
  remediation:
    'Keep at least two: typically two cloud-only emergency-access accounts excluded from ' +
    'risky policies, monitored, with phishing-resistant credentials kept offline.',
  step: 3,
  ztmm: 'Governance',
  attack: 'T1531',
  needs: NEEDS_ENTRA_ROLES,
  evaluate(input) {
    const e = entra(input);
    if (!e) return notAssessed(NEEDS_ENTRA_ROLES);
    if (e.globalAdmins.length >= 2) return { status: 'pass' };
    return {
      status: 'finding',
      affected: e.globalAdmins,
      evidence: [
        `${e.globalAdmins.length} Global Administrator(s) found`,
        ...globalAdminEvidence(input, e.globalAdmins)
      ]
    };
  }
};

export const permanentPrivilegedAssignments: Rule = {
  id: 'ZTW-PRIV-008',
  severity: 'medium',
  title: 'Privileged Entra roles held permanently instead of eligible',
  why:
    'A standing assignment is active every minute, so a stolen session or token is an admin ' +
    'at once. Eligible assignments (PIM) are active only when asked for, with MFA and a reason.',
  remediation:
    'Convert these assignments to eligible in Privileged Identity Management, with MFA and ' +
    'approval on activation; keep permanent only the emergency-access accounts.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1078.004',
  needs: NEEDS_ENTRA_ROLES,
  evaluate(input) {
    const e = entra(input);
    if (!e) return notAssessed(NEEDS_ENTRA_ROLES);
    return verdict(holdingHits(input, e.permanent, 'permanently'));
  }
};

export const syncedPrivilegedAccounts: Rule = {
  id: 'ZTW-PRIV-009',
  severity: 'high',
  title: 'Accounts synced from on-premises AD holding privileged Entra roles',
  why:
    'A synced account is controlled from Active Directory: whoever takes over the domain can ' +
    'reset its password and walk into the cloud tenant as an administrator.',
  remediation:
    'Give cloud administrators separate cloud-only accounts and remove privileged roles from ' +
    'synced ones.',
  step: 3,
  ztmm: 'Identity Stores',
  attack: 'T1078.002',
  needs: NEEDS_ENTRA_ROLES,
  evaluate(input) {
    const e = entra(input);
    if (!e) return notAssessed(NEEDS_ENTRA_ROLES);
    return verdict(holdingHits(input, e.synced, 'synced account'));
  }
};

export const servicePrincipalsInPrivilegedRoles: Rule = {
  id: 'ZTW-PRIV-010',
  severity: 'medium',
  title: 'Service principals holding privileged Entra roles',
  why:
    'An application holding a directory role signs in with a secret or certificate, without ' +
    'MFA or Conditional Access; anyone who steals that credential is an administrator.',
  remediation:
    'Replace directory roles on apps with narrow Graph permissions or scoped roles, prefer ' +
    "managed identities, and watch the app's credentials.",
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1098.001',
  needs: NEEDS_ENTRA_ROLES,
  evaluate(input) {
    const e = entra(input);
    if (!e) return notAssessed(NEEDS_ENTRA_ROLES);
    return verdict(holdingHits(input, e.servicePrincipals, 'service principal'));
  }
};

export const appsThatGrantRoles: Rule = {
  id: 'ZTW-PRIV-011',
  severity: 'high',
  title: 'Applications with Graph permissions that can grant roles',
  why:
    'Permissions such as RoleManagement.ReadWrite.Directory or AppRoleAssignment.ReadWrite.All ' +
    'let an app make anyone, itself included, a Global Administrator.',
  remediation:
    "Remove these permissions or replace them with narrower ones; protect the app's " +
    'credentials and owners as you would a Global Administrator.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1098.003',
  needs: NEEDS_APPS,
  evaluate(input) {
    const p = privilegeOf(input);
    const reported = input.records.accounts.some(
      (a) => a.system === 'entra' && a.attrs?.riskyPermissions !== undefined
    );
    if (!reported && p.entra.appPermissions.length === 0) return notAssessed(NEEDS_APPS);
    const name = namer(input);
    return verdict(
      p.entra.appPermissions.map((x) => ({
        id: x.accountId,
        evidence: `${name(x.accountId)}: ${x.permission}${x.certainty === 'possible' ? ' (can take over other apps)' : ' (can grant any role)'}`
      }))
    );
  }
};

export const entraPrivilegeRules: Rule[] = [
  tooManyGlobalAdmins,
  tooFewGlobalAdmins,
  permanentPrivilegedAssignments,
  syncedPrivilegedAccounts,
  servicePrincipalsInPrivilegedRoles,
  appsThatGrantRoles
];
