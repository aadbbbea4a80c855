/**
 * GCP privilege. Real organization policy (cloud-custodian), by hand: roles/owner for
 * serviceAccount abc@testproject and user abc@gmail.com; roles/editor for serviceAccount def,
 * allUsers and user zzz@gmail.com (the def and zzz binding is repeated); roles/viewer and the
 * made-up roles/admin grant nothing privileged; "abcdefg" has no type prefix and is skipped.
 */
import { describe, expect, it } from 'vitest';
import { gcpIamPolicy } from '$lib/core/importers/gcp/iam-policy';
import { gcpServiceAccountKeys } from '$lib/core/importers/gcp/sa-keys';
import { privilegeRules } from '$lib/core/findings/rules/privilege';
import { analyse, importFixture, importReal, inputOf } from './helpers';

const org = importReal(
  gcpIamPolicy,
  '09_gcp_iam',
  'c7n_flight_organization-iam-policy_getIamPolicy.body.json'
);
const project = importReal(
  gcpIamPolicy,
  '09_gcp_iam',
  'c7n_flight_project-iam-policy_custodian-test-2_getIamPolicy.body.json'
);
const tail = (id: string) => id.replace(/^gcp:[^:]+:/, '');

describe('analysePrivilege on the real GCP organization policy', () => {
  const a = analyse(org);

  it('analysePrivilege(org policy) finds 5 basic-role bindings: owner ×2, editor ×3 (the repeated editor binding counted once)', () => {
    expect(a.gcp.primitive.map((b) => `${tail(b.roleId)} ${tail(b.principalId)}`).sort()).toEqual([
      'roles/editor allUsers',
      'roles/editor def@testproject.iam.gserviceaccount.com',
      'roles/editor zzz@gmail.com',
      'roles/owner abc@gmail.com',
      'roles/owner abc@testproject.iam.gserviceaccount.com'
    ]);
  });

  it('analysePrivilege(org policy) finds one public binding: allUsers holds roles/editor', () => {
    expect(a.gcp.publicBindings.map((b) => tail(b.principalId))).toEqual(['allUsers']);
  });

  it('analysePrivilege(org policy) makes the 4 owner/editor accounts admin-equivalent; allUsers is not an account', () => {
    expect(a.adminEquivalent.map(tail).sort()).toEqual([
      'abc@gmail.com',
      'abc@testproject.iam.gserviceaccount.com',
      'def@testproject.iam.gserviceaccount.com',
      'zzz@gmail.com'
    ]);
    expect(a.privileged).toHaveLength(4);
  });

  it('analysePrivilege(org policy) finds no deleted principals and no impersonation bindings', () => {
    expect(a.gcp.deletedBindings).toEqual([]);
    expect(a.gcp.impersonation).toEqual([]);
  });
});

describe('analysePrivilege on the real GCP project policy', () => {
  it('analysePrivilege(project policy) finds roles/editor held by def@testproject and zzz@gmail.com, nothing public', () => {
    const a = analyse(project);
    expect(a.gcp.primitive.map((b) => tail(b.principalId)).sort()).toEqual([
      'def@testproject.iam.gserviceaccount.com',
      'zzz@gmail.com'
    ]);
    expect(a.gcp.publicBindings).toEqual([]);
  });
});

describe('analysePrivilege on a GCP fixture with impersonation, deleted principals and keys', () => {
  const records = [
    importFixture(gcpIamPolicy, 'gcp-impersonation-policy.json'),
    importFixture(gcpServiceAccountKeys, 'gcp-deployer-keys.json')
  ];
  const a = analyse(records);

  it('analysePrivilege(fixture) lets the Token Creator (definite) and the Service Account User group (possible) act as the owner service account', () => {
    const edges = a.edges
      .filter((e) => e.methodId === 'gcp-impersonation')
      .map((e) => `${tail(e.from)} ${tail(e.to)} ${e.certainty}`);
    expect(edges.sort()).toEqual([
      'ci@example.com deployer@shop-prod.iam.gserviceaccount.com possible',
      'intern@example.com deployer@shop-prod.iam.gserviceaccount.com definite'
    ]);
    expect(a.escalation?.map(tail)).toEqual(['intern@example.com']);
  });

  it('analysePrivilege(fixture) lists both deleted principals and the allAuthenticatedUsers binding', () => {
    expect(a.gcp.deletedBindings).toHaveLength(2);
    expect(a.gcp.publicBindings.map((b) => tail(b.principalId))).toEqual(['allAuthenticatedUsers']);
  });

  it('analysePrivilege(fixture) flags the user-managed key aa11 of the owner service account, not the Google-managed bb22', () => {
    expect(a.gcp.privilegedKeys.map((k) => k.credentialId.split('/').pop())).toEqual(['aa11']);
  });

  it('privilegeRules on the fixture: public binding critical, deleted principals, impersonation and key findings', () => {
    const input = inputOf(records);
    const status = (id: string) => privilegeRules.find((r) => r.id === id)!.evaluate(input).status;
    expect(
      ['ZTW-PRIV-018', 'ZTW-PRIV-019', 'ZTW-PRIV-020', 'ZTW-PRIV-021', 'ZTW-PRIV-022'].map(status)
    ).toEqual(['finding', 'finding', 'finding', 'finding', 'finding']);
  });
});
