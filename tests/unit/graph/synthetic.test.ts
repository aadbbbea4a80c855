/** syntheticGraph and shortestPathsToAdminTiers: the benchmark graph and the batch path query. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/assessment';
import {
  adminReachShare,
  buildPrivilegeGraph,
  shortestPathToAdminTier,
  shortestPathsToAdminTiers,
  syntheticGraph
} from '$lib/core/graph';
import { analysePrivilege } from '$lib/core/privilege/analyse';
import { scenario } from './scenario';

describe('syntheticGraph', () => {
  it('syntheticGraph(5000, 20000, 1) has exactly 5,000 nodes, six admin tiers and 20,000 edges', () => {
    const g = syntheticGraph(5000, 20000, 1);
    expect(g.order).toBe(5000);
    expect(g.size).toBe(20000);
    expect(g.filterNodes((_id, a) => a.kind === 'admin-tier')).toHaveLength(6);
    expect(g.filterEdges((_e, _a, s, t) => s === t)).toHaveLength(0);
  });

  it('syntheticGraph(n, m, seed) is the same for the same seed and differs for another', () => {
    const edges = (seed: number) =>
      syntheticGraph(200, 600, seed).mapEdges((_e, a, s, t) => `${s}>${t}:${a.kind}`);
    expect(edges(7)).toEqual(edges(7));
    expect(edges(7)).not.toEqual(edges(8));
  });

  it('syntheticGraph(5000, 20000, 1) lets some but not all identities reach an admin tier', () => {
    const share = adminReachShare(syntheticGraph(5000, 20000, 1)).share ?? 0;
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(100);
  });
});

describe('shortestPathsToAdminTiers', () => {
  const { records, persons } = scenario();
  const analysis = analysePrivilege({
    records,
    persons,
    asOf: '2024-01-01T00:00:00Z',
    settings: DEFAULT_SETTINGS,
    formats: []
  });
  const g = buildPrivilegeGraph(records, persons, analysis);

  it('shortestPathsToAdminTiers(scenario persons) gives Alice and Bob their paths and leaves Carol out', () => {
    const paths = shortestPathsToAdminTiers(g, ['person:alice', 'person:bob', 'person:carol']);
    expect([...paths.keys()].sort()).toEqual(['person:alice', 'person:bob']);
    expect(paths.get('person:alice')).toEqual(shortestPathToAdminTier(g, 'person:alice'));
    expect(paths.get('person:bob')).toEqual([
      'person:bob',
      'entra:user:bob',
      'entra:role:ga',
      'admin-tier:entra'
    ]);
  });

  it('shortestPathsToAdminTiers(synthetic) finds paths as short as the one-by-one search', () => {
    const s = syntheticGraph(300, 900, 3);
    const ids = s.filterNodes((_id, a) => a.kind === 'person');
    const batch = shortestPathsToAdminTiers(s, ids);
    for (const id of ids) {
      const one = shortestPathToAdminTier(s, id);
      expect(batch.get(id)?.length).toBe(one?.length);
    }
  });

  it('shortestPathsToAdminTiers(unknown id or a tier itself) gives no path', () => {
    expect(shortestPathsToAdminTiers(g, ['nobody', 'admin-tier:aws']).size).toBe(0);
  });
});
