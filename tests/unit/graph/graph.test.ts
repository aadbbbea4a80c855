/** The privilege graph: build, paths, shortest path, blast radius, reach share, explanations. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/assessment';
import {
  adminReachShare,
  blastRadius,
  buildPrivilegeGraph,
  explainPath,
  pathsToAdminTier,
  shortestPathToAdminTier
} from '$lib/core/graph';
import { emptyRecordSet, type Group, type RecordSet } from '$lib/core/model';
import { analysePrivilege } from '$lib/core/privilege/analyse';
import { scenario } from './scenario';

function graphOf(records: RecordSet, persons = scenario().persons) {
  const analysis = analysePrivilege({
    records,
    persons,
    asOf: '2024-01-01T00:00:00Z',
    settings: DEFAULT_SETTINGS,
    formats: []
  });
  return buildPrivilegeGraph(records, persons, analysis);
}

describe('buildPrivilegeGraph on the scenario', () => {
  const { records, persons } = scenario();
  const g = graphOf(records, persons);

  it('buildPrivilegeGraph(scenario) has one admin tier per system with accounts: AWS and Entra', () => {
    expect(g.filterNodes((_id, a) => a.kind === 'admin-tier').sort()).toEqual([
      'admin-tier:aws',
      'admin-tier:entra'
    ]);
  });

  it('shortestPathToAdminTier(Alice) runs Alice → alice → lambda-admin → AWS admin tier', () => {
    expect(shortestPathToAdminTier(g, 'person:alice')).toEqual([
      'person:alice',
      'aws:user:alice',
      'aws:role:lambda-admin',
      'admin-tier:aws'
    ]);
  });

  it('explainPath(Alice’s path) gives one plain sentence per edge', () => {
    const path = shortestPathToAdminTier(g, 'person:alice')!;
    expect(explainPath(g, path)).toEqual([
      'Alice owns the account alice.',
      'alice has policy deploy, which allows iam:PassRole, lambda:CreateFunction and lambda:InvokeFunction, so alice can create a Lambda function that runs as the role and invoke it and gains the rights of lambda-admin.',
      'lambda-admin is admin-equivalent: policy AdministratorAccess allows * on *, which gives AWS admin rights.'
    ]);
  });

  it('explainPath(member-of and eligible assignment) reads "is a member of" and "holds the role … (eligible)"', () => {
    expect(explainPath(g, ['aws:user:alice', 'aws:group:ops'])).toEqual([
      'alice is a member of ops.'
    ]);
    expect(explainPath(g, ['entra:user:bob', 'entra:role:ga'])).toEqual([
      'bob@corp holds the role Global Administrator (eligible).'
    ]);
  });

  it('pathsToAdminTier(Bob) finds his one path through the eligible Global Administrator role', () => {
    expect(pathsToAdminTier(g, 'person:bob')).toEqual({
      paths: [['person:bob', 'entra:user:bob', 'entra:role:ga', 'admin-tier:entra']],
      truncated: false
    });
  });

  it('blastRadius(Alice) reaches her account, group ops, role lambda-admin, both policies and the AWS admin tier', () => {
    const b = blastRadius(g, 'person:alice');
    expect(b.accounts).toEqual(['aws:user:alice']);
    expect(b.groups).toEqual(['aws:group:ops']);
    expect(b.roles).toEqual(['aws:role:lambda-admin']);
    expect(b.policies.sort()).toEqual(['aws:policy:admin', 'aws:policy:deploy']);
    expect(b.adminTiers).toEqual(['admin-tier:aws']);
  });

  it('adminReachShare(scenario) is 66.7: Alice and Bob of three persons reach an admin tier, Carol does not', () => {
    expect(adminReachShare(g)).toEqual({
      identities: 3,
      reaching: ['person:alice', 'person:bob'],
      share: 66.7
    });
  });
});

describe('pathsToAdminTier caps', () => {
  function fan(width: number, depth: number): RecordSet {
    const r = emptyRecordSet();
    r.accounts = [{ id: 'ad:user:eve', system: 'ad', nativeId: 'eve', name: 'eve', kind: 'human' }];
    const groups: Group[] = [
      { id: 'ad:group:da', system: 'ad', nativeId: 'da', name: 'Domain Admins', memberIds: [] }
    ];
    for (let w = 0; w < width; w++) {
      let below = 'ad:user:eve';
      for (let d = 0; d < depth; d++) {
        const id = `ad:group:g${w}-${d}`;
        groups.push({ id, system: 'ad', nativeId: id, name: id, memberIds: [below] });
        below = id;
      }
      groups[0].memberIds.push(below);
    }
    r.groups = groups;
    return r;
  }

  it('pathsToAdminTier(eve, maxPaths 3) stops at 3 of 10 parallel nestings and says it was truncated', () => {
    const g = graphOf(fan(10, 2), []);
    const all = pathsToAdminTier(g, 'ad:user:eve');
    expect(all.paths).toHaveLength(10);
    expect(all.truncated).toBe(false);
    expect(pathsToAdminTier(g, 'ad:user:eve', { maxPaths: 3 })).toMatchObject({ truncated: true });
    expect(pathsToAdminTier(g, 'ad:user:eve', { maxPaths: 3 }).paths).toHaveLength(3);
  });

  it('pathsToAdminTier(eve, maxDepth 8) finds nothing through 12 nested groups and says so; the shortest path still finds it', () => {
    const g = graphOf(fan(1, 12), []);
    expect(pathsToAdminTier(g, 'ad:user:eve', { maxDepth: 8 })).toEqual({
      paths: [],
      truncated: true
    });
    expect(shortestPathToAdminTier(g, 'ad:user:eve')).toHaveLength(15);
  });

  it('buildPrivilegeGraph leaves out edges of disabled accounts: a disabled Domain Admin reaches nothing', () => {
    const r = fan(1, 1);
    r.accounts[0].enabled = false;
    expect(shortestPathToAdminTier(graphOf(r, []), 'ad:user:eve')).toBeNull();
  });
});
