import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/lib/core/analysis/result';
import type { Person } from '../../../src/lib/core/identity/person';
import { emptyRecordSet } from '../../../src/lib/core/model';
import { inventoryCounts } from '../../../src/lib/ui/inventory/counts';
import { decodeKey, encodeKey } from '../../../src/lib/ui/inventory/links';
import { lookupOf, rolesOfAccount } from '../../../src/lib/ui/inventory/lookup';
import { linkExplanation } from '../../../src/lib/ui/inventory/person-links';
import { recordsOf } from '../../../src/lib/ui/inventory/record-ids';

const person: Person = {
  id: 'person:ad:user:s-1',
  name: 'Ирина',
  accountIds: ['ad:user:s-1', 'entra:user:1', 'okta:user:00u1'],
  systems: ['ad', 'entra', 'okta'],
  reasons: [
    { accountId: 'entra:user:1', rule: 'sid', key: 'sid:s-1' },
    { accountId: 'okta:user:00u1', rule: 'manual', key: 'ad:user:s-1' }
  ],
  orphan: false
};

function analysis(): AnalysisResult {
  const records = emptyRecordSet();
  const base = { privileged: false, credentialCount: 0 };
  const accounts = [
    {
      id: 'ad:user:s-1',
      system: 'ad',
      nativeId: 's-1',
      name: 'Ирина',
      kind: 'human',
      enabled: true
    },
    { id: 'entra:user:1', system: 'entra', nativeId: '1', name: 'Irina', kind: 'human' },
    { id: 'okta:user:00u1', system: 'okta', nativeId: '00u1', name: 'irina', kind: 'human' },
    { id: 'entra:sp:9', system: 'entra', nativeId: '9', name: 'Backup app', kind: 'service' },
    { id: 'gcp:sa:x', system: 'gcp', nativeId: 'x', name: 'x', kind: 'service', owner: 'ops' }
  ] as const;
  records.groups = [
    {
      id: 'ad:group:inner',
      system: 'ad',
      nativeId: 'inner',
      name: 'Inner',
      memberIds: ['ad:user:s-1']
    },
    {
      id: 'ad:group:outer',
      system: 'ad',
      nativeId: 'outer',
      name: 'Outer',
      memberIds: ['ad:group:inner']
    },
    // A cycle: Loop holds Outer and Inner, and is itself a member of Inner.
    {
      id: 'ad:group:loop',
      system: 'ad',
      nativeId: 'loop',
      name: 'Loop',
      memberIds: ['ad:group:outer', 'ad:group:inner']
    }
  ];
  records.groups[0].memberIds.push('ad:group:loop');
  records.roles = [
    { id: 'ad:role:da', system: 'ad', nativeId: 'da', name: 'Domain Admins', privileged: true },
    {
      id: 'entra:role:ga',
      system: 'entra',
      nativeId: 'ga',
      name: 'Global Administrator',
      privileged: true
    }
  ];
  records.assignments = [
    {
      id: 'as1',
      system: 'ad',
      principalId: 'ad:group:outer',
      roleId: 'ad:role:da',
      type: 'permanent'
    },
    {
      id: 'as2',
      system: 'entra',
      principalId: 'entra:user:1',
      roleId: 'entra:role:ga',
      type: 'eligible'
    }
  ];
  records.credentials = [
    {
      id: 'entra:secret:1',
      system: 'entra',
      kind: 'client-secret',
      ownerId: 'entra:sp:9',
      active: true,
      customerManaged: true
    },
    {
      id: 'gcp:key:1',
      system: 'gcp',
      kind: 'sa-key',
      ownerId: 'gcp:sa:x',
      active: true,
      customerManaged: false
    }
  ];
  return {
    asOf: { date: '2024-06-30T00:00:00Z', origin: 'data' },
    sources: [],
    records,
    accounts: accounts.map((a) => ({ ...base, ...a })),
    persons: [person],
    kpis: [],
    findings: [],
    charts: {},
    extra: {},
    elapsedMs: 0
  };
}

describe('inventory lookups', () => {
  it('encodeKey(id) survives the hash router: no / # ? %, and decodes back in any script', () => {
    const id = 'aws:user:arn:aws:iam::1:user/team/Ирина#1?x=%2F';
    const key = encodeKey(id);
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeKey(key)).toBe(id);
    expect(decodeKey('!!')).toBeUndefined();
  });

  it('rolesOfAccount(lookup, id) finds roles held directly and through nested groups once', () => {
    const lookup = lookupOf(analysis());
    const ad = rolesOfAccount(lookup, 'ad:user:s-1');
    expect(ad.map((h) => [h.role?.name, h.via?.name])).toEqual([['Domain Admins', 'Outer']]);
    const entra = rolesOfAccount(lookup, 'entra:user:1');
    expect(entra.map((h) => [h.role?.name, h.assignment.type, h.via])).toEqual([
      ['Global Administrator', 'eligible', undefined]
    ]);
  });

  it('linkExplanation(person, id) names the rule and key, a manual link by the other name', () => {
    const nameOf = (id: string) => lookupOf(analysis()).accounts.get(id)?.name ?? id;
    expect(linkExplanation(person, 'entra:user:1', nameOf)).toBe('same SID s-1');
    expect(linkExplanation(person, 'okta:user:00u1', nameOf)).toBe('linked by you to Ирина');
    expect(linkExplanation(person, 'ad:user:s-1', nameOf)).toBe('first account of this person');
  });

  it('recordsOf(lookup, ids) sorts ids into accounts, people, credentials, roles and unknown', () => {
    const lookup = lookupOf(analysis());
    const r = recordsOf(lookup, [
      'entra:sp:9',
      'person:ad:user:s-1',
      'gcp:key:1',
      'ad:role:da',
      'ad:group:inner',
      'gone',
      'entra:sp:9'
    ]);
    expect(r.accounts.map((a) => a.id)).toEqual(['entra:sp:9']);
    expect(r.persons.map((p) => p.name)).toEqual(['Ирина']);
    expect(r.credentials.map((c) => c.id)).toEqual(['gcp:key:1']);
    expect(r.roles.map((x) => x.name)).toEqual(['Domain Admins']);
    expect(r.groups.map((x) => x.name)).toEqual(['Inner']);
    expect(r.unknown).toEqual(['gone']);
  });

  it('inventoryCounts(analysis) counts kinds, sources, status, owners and customer keys', () => {
    const c = inventoryCounts(analysis());
    expect(c.accounts).toBe(5);
    expect(c.byKind).toEqual([
      ['human', 3],
      ['service', 2]
    ]);
    expect(c.bySource).toEqual([
      ['entra', 2],
      ['okta', 1],
      ['ad', 1],
      ['gcp', 1]
    ]);
    expect([c.enabled, c.disabled, c.enabledUnknown]).toEqual([1, 0, 4]);
    expect(c.withoutOwner).toEqual(['entra:sp:9']);
    expect(c.orphans).toEqual([]);
    // The GCP key is provider-managed: not counted (SPEC §5).
    expect(c.activeCredentials).toBe(1);
  });
});
