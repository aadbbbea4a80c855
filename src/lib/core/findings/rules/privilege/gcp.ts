/** Google Cloud privilege rules: public and deleted principals, basic roles, impersonation, keys. */
import type { Assignment } from '../../../model';
import type { AnalysisInput, Rule } from '../../types';
import { notAssessed, verdict } from '../../verdict';
import { namer, NEEDS_GCP, privilegeOf } from './context';

const NEEDS_KEYS = `${NEEDS_GCP} and service-account key lists (gcloud iam service-accounts keys list)`;

function gcp(input: AnalysisInput) {
  const p = privilegeOf(input);
  return p.gcp.assessed ? p : undefined;
}

function bindingHits(input: AnalysisInput, bindings: readonly Assignment[], what: string) {
  const name = namer(input);
  return bindings.map((b) => ({
    id: b.principalId,
    evidence: `${name(b.principalId).replace(/^gcp:(public|deleted):/, '')}: ${what} ${name(b.roleId)}`
  }));
}

export const publicBindings: Rule = {
  id: 'ZTW-PRIV-018',
  severity: 'critical',
  title: 'GCP roles granted to allUsers or allAuthenticatedUsers',
  why:
    'allUsers is anyone on the internet; allAuthenticatedUsers is anyone with any Google ' +
    'account. A role granted to them is granted to the world.',
  remediation: 'Remove these bindings and grant the role to named principals or groups.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1078.004',
  needs: NEEDS_GCP,
  evaluate(input) {
    const p = gcp(input);
    if (!p) return notAssessed(NEEDS_GCP);
    return verdict(bindingHits(input, p.gcp.publicBindings, 'public principal holding'));
  }
};

export const deletedPrincipalBindings: Rule = {
  id: 'ZTW-PRIV-019',
  severity: 'low',
  title: 'GCP bindings that still name deleted principals',
  why:
    'A binding to a deleted user or service account grants nothing today, but it shows that ' +
    'access is not cleaned up when identities go, and clutters every review.',
  remediation: 'Remove the bindings of deleted principals.',
  step: 3,
  ztmm: 'Governance',
  needs: NEEDS_GCP,
  evaluate(input) {
    const p = gcp(input);
    if (!p) return notAssessed(NEEDS_GCP);
    return verdict(bindingHits(input, p.gcp.deletedBindings, 'deleted principal still bound to'));
  }
};

export const primitiveRoles: Rule = {
  id: 'ZTW-PRIV-020',
  severity: 'medium',
  title: 'GCP basic roles (Owner, Editor) in use',
  why:
    'Owner and Editor grant thousands of permissions across every service of the project; ' +
    'Google advises predefined or custom roles instead.',
  remediation:
    'Replace Owner and Editor with predefined roles for what each principal does; keep Owner ' +
    'for a break-glass group.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1078.004',
  needs: NEEDS_GCP,
  evaluate(input) {
    const p = gcp(input);
    if (!p) return notAssessed(NEEDS_GCP);
    return verdict(bindingHits(input, p.gcp.primitive, 'holds'));
  }
};

export const serviceAccountImpersonation: Rule = {
  id: 'ZTW-PRIV-021',
  severity: 'high',
  title: 'GCP principals that can act as service accounts',
  why:
    'Service Account Token Creator and Service Account User granted on a project let the ' +
    'holder act as every service account in it, including the most powerful.',
  remediation:
    'Grant these roles on individual service accounts, not on the project, and only to the ' +
    'workloads and pipelines that need them.',
  step: 3,
  ztmm: 'Access Management',
  attack: 'T1550.001',
  needs: NEEDS_GCP,
  evaluate(input) {
    const p = gcp(input);
    if (!p) return notAssessed(NEEDS_GCP);
    const name = namer(input);
    const hits = p.gcp.impersonation.map((b) => {
      const reach = p.edges.filter((e) => e.from === b.principalId && e.policyIds.includes(b.id));
      const to = reach.length ? `; reaches ${reach.map((e) => name(e.to)).join(', ')}` : '';
      return {
        id: b.principalId,
        evidence: `${name(b.principalId)}: holds ${name(b.roleId)}${to}`
      };
    });
    return verdict(hits);
  }
};

export const privilegedServiceAccountKeys: Rule = {
  id: 'ZTW-PRIV-022',
  severity: 'high',
  title: 'User-managed keys on privileged GCP service accounts',
  why:
    'A user-managed key is a long-lived file that signs in as the service account from ' +
    'anywhere; on an Owner or Editor account it is a portable admin password.',
  remediation:
    'Delete the keys; use workload identity federation or attached service accounts, and ' +
    'block key creation with the iam.disableServiceAccountKeyCreation constraint.',
  step: 3,
  ztmm: 'Authentication',
  attack: 'T1098.001',
  needs: NEEDS_KEYS,
  evaluate(input) {
    const p = gcp(input);
    const keysImported = input.records.credentials.some(
      (c) => c.system === 'gcp' && c.kind === 'sa-key'
    );
    if (!p || !keysImported) return notAssessed(NEEDS_KEYS);
    const name = namer(input);
    return verdict(
      p.gcp.privilegedKeys.map((k) => ({
        id: k.credentialId,
        evidence: `${name(k.accountId)}: user-managed key ${k.credentialId.split('/').pop()}`
      }))
    );
  }
};

export const gcpPrivilegeRules: Rule[] = [
  publicBindings,
  deletedPrincipalBindings,
  primitiveRoles,
  serviceAccountImpersonation,
  privilegedServiceAccountKeys
];
