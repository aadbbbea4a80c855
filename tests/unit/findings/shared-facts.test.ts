import { describe, expect, it } from 'vitest';
import { perRecords } from '../../../src/lib/core/analysis/per-records';
import { namer } from '../../../src/lib/core/findings/rules/privilege/context';
import { dormancyOfAccounts } from '../../../src/lib/core/metrics';
import { account, analysisInput, daysBefore } from '../../fixtures/metrics/build';

describe('perRecords', () => {
  it('perRecords(records, key, compute) computes once per record set and key', () => {
    const a = {};
    const b = {};
    let runs = 0;
    const count = () => ++runs;
    expect(perRecords(a, 'k', count)).toBe(1);
    expect(perRecords(a, 'k', count)).toBe(1);
    expect(perRecords(a, 'other', count)).toBe(2);
    expect(perRecords(b, 'k', count)).toBe(3);
  });
});

describe('namer', () => {
  it('namer(input) prefers policies, then roles, then groups, then accounts on one id', () => {
    const alice = account('alice');
    const input = analysisInput({ accounts: [alice, account('shared')] });
    const role = {
      id: 'x:1',
      system: 'aws' as const,
      nativeId: '1',
      name: 'Admin',
      privileged: true
    };
    input.records.groups = [
      { id: 'x:1', system: 'aws', nativeId: '1', name: 'Ops', memberIds: [] },
      { id: 'x:2', system: 'ad', nativeId: '2', name: 'Ops', memberIds: [] },
      { id: 'entra:user:shared', system: 'ad', nativeId: '3', name: 'Team', memberIds: [] }
    ];
    input.records.roles = [role];
    input.records.policies = [
      {
        id: 'x:2',
        system: 'aws',
        nativeId: '2',
        name: 'Pol',
        kind: 'inline',
        document: {},
        attachedTo: []
      }
    ];
    const name = namer(input);
    expect(name(alice.id)).toBe('alice@corp.example (Entra ID)');
    expect(name('x:1')).toBe('Admin (AWS)');
    expect(name('x:2')).toBe('Pol');
    expect(name('entra:user:shared')).toBe('Team (Active Directory)');
    expect(name('admin-tier:gcp')).toBe('Google Cloud admin rights');
    expect(name('unknown:id')).toBe('unknown:id');
    // asked twice, the same words
    expect(name(alice.id)).toBe('alice@corp.example (Entra ID)');
  });
});

describe('dormancyOfAccounts', () => {
  it('dormancyOfAccounts(input) judges again for another as-of date or threshold', () => {
    const idle = account('idle', { lastSignIn: daysBefore(100) });
    const input = analysisInput({ accounts: [idle] });
    expect(dormancyOfAccounts(input)[0].status).toBe('dormant');
    const later = { ...input, settings: { ...input.settings, dormantDays: 200 } };
    expect(dormancyOfAccounts(later)[0].status).toBe('active');
    const earlier = { ...input, asOf: daysBefore(50) };
    expect(dormancyOfAccounts(earlier)[0]).toMatchObject({ status: 'active', days: 50 });
  });
});
