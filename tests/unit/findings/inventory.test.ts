import { describe, expect, it } from 'vitest';
import {
  orphanAccounts,
  serviceAccountsWithoutOwner
} from '../../../src/lib/core/findings/rules/inventory';
import { account, analysisInput, person } from '../../fixtures/metrics/build';

describe('ZTW-INV-001 orphanAccounts', () => {
  const entraAlice = account('alice');
  const awsAlice = account('alice', { system: 'aws', upn: undefined, login: 'alice' });
  const awsBob = account('bob', { system: 'aws', upn: undefined, login: 'bob' });
  const awsCarol = account('carol', { system: 'aws', upn: undefined, enabled: false });
  const persons = [
    person('alice', [entraAlice, awsAlice]),
    person('bob', [awsBob], true),
    person('carol', [awsCarol], true)
  ];

  it('orphanAccounts.evaluate(input) flags enabled accounts of orphan persons, naming the directory', () => {
    const input = analysisInput(
      { accounts: [entraAlice, awsAlice, awsBob, awsCarol] },
      { persons }
    );
    expect(orphanAccounts.evaluate(input)).toEqual({
      status: 'finding',
      affected: [awsBob.id],
      evidence: ['bob (AWS): no matching account in Entra ID, the authoritative directory']
    });
  });

  it('orphanAccounts.evaluate(input) is not assessed without an authoritative directory or persons', () => {
    const awsOnly = analysisInput({ accounts: [awsBob] }, { persons: [person('bob', [awsBob])] });
    expect(orphanAccounts.evaluate(awsOnly).status).toBe('not-assessed');
    const unresolved = analysisInput({ accounts: [entraAlice, awsBob] });
    expect(orphanAccounts.evaluate(unresolved).status).toBe('not-assessed');
  });
});

describe('ZTW-INV-002 serviceAccountsWithoutOwner', () => {
  const owned = account('app1', { kind: 'service', owner: 'alice@corp.example' });
  const unowned = account('app2', { kind: 'service' });
  const disabled = account('app3', { kind: 'service', enabled: false });
  const gcpSa = account('sa', { system: 'gcp', kind: 'service', upn: undefined });

  it('serviceAccountsWithoutOwner.evaluate(input) flags ownerless service accounts where owners are reported', () => {
    const result = serviceAccountsWithoutOwner.evaluate(
      analysisInput({ accounts: [owned, unowned, disabled, gcpSa] })
    );
    expect(result).toEqual({
      status: 'finding',
      affected: [unowned.id],
      evidence: [
        'app2@corp.example (Entra ID): service account with no owner',
        'Google Cloud: the imported exports name no owners, so it was not judged.'
      ]
    });
  });

  it('serviceAccountsWithoutOwner.evaluate(input) is not assessed when no export names any owner', () => {
    expect(
      serviceAccountsWithoutOwner.evaluate(analysisInput({ accounts: [unowned, gcpSa] })).status
    ).toBe('not-assessed');
  });
});
