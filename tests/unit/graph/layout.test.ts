/** layoutGraph: every node placed, columns by kind, deterministic, ForceAtlas2 on request. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/assessment';
import { buildPrivilegeGraph, layoutGraph } from '$lib/core/graph';
import { analysePrivilege } from '$lib/core/privilege/analyse';
import { scenario } from './scenario';

const { records, persons } = scenario();
const analysis = analysePrivilege({
  records,
  persons,
  asOf: '2024-01-01T00:00:00Z',
  settings: DEFAULT_SETTINGS,
  formats: []
});
const g = buildPrivilegeGraph(records, persons, analysis);

describe('layoutGraph', () => {
  it('layoutGraph(graph) places persons in the first column and admin tiers in the last, every node once', () => {
    const pos = layoutGraph(g, { columnGap: 100 });
    expect(Object.keys(pos).sort()).toEqual(g.nodes().sort());
    expect(pos['person:alice'].x).toBe(0);
    expect(pos['aws:user:alice'].x).toBe(100);
    expect(pos['admin-tier:aws'].x).toBe(500);
  });

  it('layoutGraph(graph) gives the same positions twice and leaves the graph without x/y attributes', () => {
    expect(layoutGraph(g)).toEqual(layoutGraph(g));
    expect(g.getNodeAttributes('person:alice')).not.toHaveProperty('x');
  });

  it('layoutGraph(graph, forceatlas2) returns finite coordinates for every node', () => {
    const pos = layoutGraph(g, { algorithm: 'forceatlas2', iterations: 20 });
    expect(Object.keys(pos)).toHaveLength(g.order);
    for (const p of Object.values(pos))
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});
