import { describe, expect, it } from 'vitest';
import { accountCount } from '../../../src/lib/core/metrics/account-count';
import { credentialCount } from '../../../src/lib/core/metrics/credential-count';
import { escalationCount } from '../../../src/lib/core/metrics/escalation-count';
import { maturityScore } from '../../../src/lib/core/metrics/maturity-score';
import { peopleCount } from '../../../src/lib/core/metrics/people-count';
import { privilegedCount } from '../../../src/lib/core/metrics/privileged-count';
import { serviceAccountCount } from '../../../src/lib/core/metrics/service-account-count';
import { staleCredentials } from '../../../src/lib/core/metrics/stale-credentials';
import {
  account,
  analysisInput,
  credential,
  person,
  privilege
} from '../../fixtures/metrics/build';

const alice = account('alice');
const guest = account('guest', { kind: 'guest' });
const off = account('off', { enabled: false });
const svc = account('svc', { kind: 'service' });
const gcpSa = account('sa@p.iam.gserviceaccount.com', { system: 'gcp', kind: 'service' });
const root = account('root', { system: 'aws', kind: 'root' });

describe('accountCount', () => {
  it('accountCount(input) counts all four kinds, enabled or not', () => {
    const kpi = accountCount(analysisInput({ accounts: [alice, guest, off, svc, gcpSa, root] }));
    expect(kpi.value).toBe(6);
    expect(kpi.recordIds).toHaveLength(6);
  });

  it('accountCount(input) is not assessed when nothing holds an account', () => {
    expect(accountCount(analysisInput({})).value).toBeNull();
  });
});

describe('peopleCount', () => {
  it('peopleCount(input) counts persons, not accounts', () => {
    const bob = account('bob', { system: 'aws' });
    const input = analysisInput(
      { accounts: [alice, bob, guest] },
      { persons: [person('alice', [alice, bob]), person('guest', [guest])] }
    );
    const kpi = peopleCount(input);
    expect(kpi.value).toBe(2);
    expect(kpi.recordIds).toEqual(['person:alice', 'person:guest']);
  });

  it('peopleCount(input) is not assessed without persons', () => {
    expect(peopleCount(analysisInput({ accounts: [svc] })).notAssessed).toBeTruthy();
  });
});

describe('serviceAccountCount', () => {
  it('serviceAccountCount(input) counts service accounts of every system', () => {
    const kpi = serviceAccountCount(analysisInput({ accounts: [alice, svc, gcpSa, root] }));
    expect(kpi.value).toBe(2);
    expect(kpi.recordIds.sort()).toEqual([gcpSa.id, svc.id].sort());
  });

  it('serviceAccountCount(input) gives a real zero once accounts are imported', () => {
    expect(serviceAccountCount(analysisInput({ accounts: [alice] })).value).toBe(0);
  });
});

describe('credentialCount', () => {
  const creds = [
    credential('k1', svc),
    credential('k2', svc, { active: false }),
    credential('sys', gcpSa, { kind: 'sa-key', customerManaged: false }),
    credential('user', gcpSa, { kind: 'sa-key' })
  ];

  it('credentialCount(input) counts active customer credentials; SYSTEM_MANAGED and inactive keys are not', () => {
    const kpi = credentialCount(analysisInput({ accounts: [svc, gcpSa], credentials: creds }));
    expect(kpi.value).toBe(2);
    expect(kpi.recordIds.sort()).toEqual([creds[0].id, creds[3].id].sort());
  });

  it('credentialCount(input) is zero after a credential report without keys, not assessed without one', () => {
    const withReport = analysisInput({ accounts: [alice] }, { formats: ['aws-credential-report'] });
    expect(credentialCount(withReport).value).toBe(0);
    const without = credentialCount(analysisInput({ accounts: [alice] }));
    expect(without.value).toBeNull();
    expect(without.notAssessed).toMatch(/credential report/);
  });
});

describe('staleCredentials', () => {
  // AS_OF 2024-04-30: 90 days before is 2024-01-31, 91 days before is 2024-01-30
  const at90 = credential('at90', svc, { created: '2024-01-31T00:00:00Z' });
  const at91 = credential('at91', svc, { created: '2024-01-30T00:00:00Z' });
  const rotated = credential('rotated', svc, {
    created: '2022-01-01T00:00:00Z',
    rotated: '2024-04-01T00:00:00Z'
  });
  const inactiveOld = credential('inactive', svc, {
    created: '2020-01-01T00:00:00Z',
    active: false
  });
  const systemOld = credential('system', gcpSa, {
    kind: 'sa-key',
    customerManaged: false,
    created: '2020-01-01T00:00:00Z'
  });
  const undated = credential('undated', svc);

  it('staleCredentials(input) counts 91 days as stale, 90 not, and measures age from the last rotation', () => {
    const input = analysisInput({
      accounts: [svc, gcpSa],
      credentials: [at90, at91, rotated, inactiveOld, systemOld, undated]
    });
    const kpi = staleCredentials(input);
    expect(kpi.recordIds).toEqual([at91.id]);
    expect(kpi.value).toBe(1);
    // undated, inactive and provider-managed credentials are not measured
    expect(kpi.denominatorIds?.sort()).toEqual([at90.id, at91.id, rotated.id].sort());
  });

  it('staleCredentials(input) follows settings.staleCredentialDays', () => {
    const input = analysisInput(
      { accounts: [svc], credentials: [at90, rotated] },
      { settings: { staleCredentialDays: 20 } }
    );
    expect(staleCredentials(input).recordIds.sort()).toEqual([at90.id, rotated.id].sort());
  });

  it('staleCredentials(input) is not assessed when no credential has a date', () => {
    expect(
      staleCredentials(analysisInput({ accounts: [svc], credentials: [undated] })).value
    ).toBeNull();
  });
});

describe('privilegedCount and escalationCount', () => {
  it('privilegedCount(summary) counts the privileged accounts once each', () => {
    const kpi = privilegedCount(privilege({ privileged: [alice.id, root.id, alice.id] }));
    expect(kpi.value).toBe(2);
  });

  it('privilegedCount(undefined) is not assessed', () => {
    expect(privilegedCount(undefined).value).toBeNull();
    expect(privilegedCount(privilege({ assessedSystems: [] })).value).toBeNull();
  });

  it('escalationCount(summary) counts principals with a path; null escalation is not assessed', () => {
    expect(escalationCount(privilege({ escalation: ['aws:role:a', 'aws:user:b'] })).value).toBe(2);
    expect(escalationCount(privilege({ escalation: [] })).value).toBe(0);
    const none = escalationCount(privilege({ escalation: null }));
    expect(none.value).toBeNull();
    expect(none.notAssessed).toMatch(/escalation paths/);
  });
});

describe('maturityScore', () => {
  it('maturityScore(score) rounds to one decimal; null is not assessed', () => {
    expect(maturityScore(2.35).value).toBe(2.4);
    expect(maturityScore(3).value).toBe(3);
    expect(maturityScore(null).value).toBeNull();
    expect(maturityScore(null).notAssessed).toMatch(/questionnaire/);
  });
});
