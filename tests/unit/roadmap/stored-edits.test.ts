import { describe, expect, it } from 'vitest';
import type { RoadmapEdit } from '../../../src/lib/core/roadmap';
import { buildRoadmap } from '../../../src/lib/core/roadmap';
import { orderEdits, type StoredEditValue } from '../../../src/lib/ui/roadmap/edits';
import { describeEdit } from '../../../src/lib/ui/roadmap/labels';
import { noMfa, rootFinding } from '../report/findings';

const ASOF = '2017-01-01T00:00:00Z';

describe('orderEdits', () => {
  it('orderEdits(docs) sorts by sequence number, not by key text, and keeps each key', () => {
    const docs = new Map<string, StoredEditValue>([
      ['10', { kind: 'update', actionId: 'rule:A', owner: 'late' }],
      ['000002', { kind: 'update', actionId: 'rule:A', owner: 'early' }],
      ['9', { kind: 'drop', actionId: 'rule:B' }],
      ['draft', { kind: 'drop', actionId: 'rule:C' }]
    ]);
    const out = orderEdits(docs);
    expect(out.map((e) => e.seq)).toEqual([2, 9, 10]);
    expect(out.map((e) => e.key)).toEqual([
      'roadmap-edit:000002',
      'roadmap-edit:9',
      'roadmap-edit:10'
    ]);
  });

  it('orderEdits(docs) feeds buildRoadmap so the later owner wins', () => {
    const docs = new Map<string, StoredEditValue>([
      ['10', { kind: 'update', actionId: 'rule:ZTW-MFA-001', owner: 'Анна Соколова' }],
      ['2', { kind: 'update', actionId: 'rule:ZTW-MFA-001', owner: 'first owner' }]
    ]);
    const edits = orderEdits(docs).map((e) => e.edit);
    const { actions } = buildRoadmap(
      { findings: [noMfa(), rootFinding()], gaps: [], asOf: ASOF },
      edits
    );
    expect(actions.find((a) => a.id === 'rule:ZTW-MFA-001')?.owner).toBe('Анна Соколова');
  });
});

describe('describeEdit', () => {
  it('describeEdit(edit) says what each kind of orphaned edit did', () => {
    const edits: RoadmapEdit[] = [
      { kind: 'update', actionId: 'rule:X', owner: 'Ops', targetDate: '2027-01-31' },
      { kind: 'merge', actionId: 'rule:X', intoId: 'rule:Y' },
      { kind: 'drop', actionId: 'rule:X', reason: 'fixed' },
      { kind: 'order', actionIds: ['a', 'b', 'c'] },
      { kind: 'add', action: { id: 'custom:1', title: 'Buy keys', step: 2 } }
    ];
    expect(edits.map(describeEdit)).toEqual([
      'Set owner “Ops”, target date 2027-01-31 on rule:X',
      'Merge rule:X into rule:Y',
      'Drop rule:X (fixed)',
      'Manual order of 3 actions',
      'Add “Buy keys”'
    ]);
  });
});
