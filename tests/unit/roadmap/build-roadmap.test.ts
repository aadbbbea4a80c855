import { describe, expect, it } from 'vitest';
import { buildRoadmap } from '../../../src/lib/core/roadmap';
import type { RoadmapEdit, RoadmapInput, StepGap } from '../../../src/lib/core/roadmap';
import {
  finding,
  NO_MFA_USERS,
  noMfa,
  passing,
  rootFinding,
  TWO_KEY_USERS,
  twoKeys
} from '../report/findings';
import { awsUser } from '../report/real-aws';

const ASOF = '2017-01-01T00:00:00Z';
const GAPS: StepGap[] = [
  { step: 1, current: 2, target: 3, gap: 1, questionIds: ['inv-1', 'inv-2'] },
  { step: 4, current: null, target: 3, gap: 3, questionIds: [] }
];

function input(over: Partial<RoadmapInput> = {}): RoadmapInput {
  return {
    findings: [noMfa(), rootFinding(), twoKeys(), passing()],
    gaps: GAPS,
    asOf: ASOF,
    ...over
  };
}

describe('buildRoadmap', () => {
  it('buildRoadmap(input) orders by step, then risk, then effort (SPEC §8)', () => {
    const { actions } = buildRoadmap(input());
    expect(actions.map((a) => a.id)).toEqual([
      'question:1:inv-1',
      'question:1:inv-2',
      'rule:ZTW-MFA-001',
      'rule:ZTW-AWS-001',
      'rule:ZTW-CRED-002',
      'step:4'
    ]);
  });

  it('buildRoadmap(input) scores a finding by severity × affected identities', () => {
    const byId = new Map(buildRoadmap(input()).actions.map((a) => [a.id, a]));
    const mfa = byId.get('rule:ZTW-MFA-001');
    // 8 console users without MFA in the real report, high severity (weight 6).
    expect(mfa?.affectedCount).toBe(8);
    expect(mfa?.affected).toEqual([...NO_MFA_USERS].sort());
    expect(mfa?.risk).toBe(48);
    expect(mfa?.impact).toBe(2);
    expect(mfa?.horizon).toBe('0-30');
    expect(mfa?.targetDate).toBe('2017-01-31');
    expect(mfa?.why).toEqual({ findingIds: ['ZTW-MFA-001'], questionIds: [] });
    expect(mfa?.title).toBe('Fix console users without mfa.');

    const root = byId.get('rule:ZTW-AWS-001');
    expect([root?.risk, root?.impact, root?.horizon]).toEqual([10, 3, '0-30']);

    const keys = byId.get('rule:ZTW-CRED-002');
    expect(keys?.affected).toEqual([...TWO_KEY_USERS].sort());
    expect([keys?.risk, keys?.horizon, keys?.targetDate]).toEqual([6, '31-90', '2017-04-01']);
  });

  it('buildRoadmap(input) turns question gaps and an unanswered step into actions', () => {
    const byId = new Map(buildRoadmap(input()).actions.map((a) => [a.id, a]));
    const q = byId.get('question:1:inv-1');
    expect(q?.origin).toBe('gap');
    expect(q?.severity).toBe('medium');
    expect(q?.why).toEqual({ findingIds: [], questionIds: ['inv-1'] });
    expect(byId.get('step:4')?.title).toMatch(/Assess step 4/);
    expect(byId.get('step:4')?.horizon).toBe('31-90');
  });

  it('buildRoadmap(input) uses per-question stages and action text when the questionnaire gives them', () => {
    const gaps: StepGap[] = [
      {
        step: 2,
        current: 2.5,
        target: 4,
        gap: 1.5,
        questionIds: ['mfa-1', 'mfa-2'],
        questions: [
          { questionId: 'mfa-1', current: 1, target: 4, action: 'Enforce phishing-resistant MFA' },
          { questionId: 'mfa-2', current: 4, target: 4 }
        ]
      }
    ];
    const { actions } = buildRoadmap({ findings: [], gaps, asOf: ASOF });
    expect(actions).toHaveLength(1);
    expect(actions[0].title).toBe('Enforce phishing-resistant MFA');
    expect(actions[0].severity).toBe('high');
  });

  it('buildRoadmap(input) leaves accepted findings out while the acceptance runs', () => {
    const accepted = (expires: string) =>
      buildRoadmap(
        input({
          acceptances: [{ ruleId: 'ZTW-CRED-002', reason: 'migration', expires, acceptedAt: ASOF }]
        })
      ).actions.map((a) => a.id);
    expect(accepted('2017-06-01T00:00:00Z')).not.toContain('rule:ZTW-CRED-002');
    expect(accepted('2016-12-01T00:00:00Z')).toContain('rule:ZTW-CRED-002');
  });

  it('buildRoadmap(input) honours an acceptance carried on the finding itself', () => {
    const accepted = {
      ...twoKeys(),
      acceptance: {
        ruleId: 'ZTW-CRED-002',
        reason: 'x',
        expires: '2017-03-01T00:00:00Z',
        acceptedAt: ASOF
      }
    };
    const ids = buildRoadmap(input({ findings: [accepted] })).actions.map((a) => a.id);
    expect(ids).not.toContain('rule:ZTW-CRED-002');
  });

  it('buildRoadmap(input) marks a high-impact, low-effort action as a quick win', () => {
    const { actions } = buildRoadmap(input({ efforts: { 'ZTW-AWS-001': 1 } }));
    const root = actions.find((a) => a.id === 'rule:ZTW-AWS-001');
    expect(root?.quickWin).toBe(true);
    expect(actions.filter((a) => a.quickWin)).toHaveLength(1);
  });

  it('buildRoadmap(input) is the same for the same inputs', () => {
    expect(buildRoadmap(input())).toEqual(buildRoadmap(input()));
  });
});

describe('buildRoadmap with edits', () => {
  const edits: RoadmapEdit[] = [
    { kind: 'update', actionId: 'rule:ZTW-MFA-001', owner: 'Identity team' },
    { kind: 'update', actionId: 'rule:ZTW-AWS-001', notes: 'Root keys already gone?' },
    { kind: 'update', actionId: 'rule:ZTW-CRED-002', targetDate: '2017-02-15' },
    { kind: 'drop', actionId: 'question:1:inv-2', reason: 'Covered by the CMDB project' },
    { kind: 'add', action: { id: 'custom:1', title: 'Name an identity owner', step: 1 } },
    { kind: 'order', actionIds: ['rule:ZTW-CRED-002', 'question:1:inv-1'] }
  ];

  it('buildRoadmap(input, edits) applies owner, date, drop, custom action and manual order', () => {
    const { actions, dropped, orphaned } = buildRoadmap(input(), edits);
    expect(orphaned).toEqual([]);
    expect(dropped.map((d) => [d.action.id, d.reason])).toEqual([
      ['question:1:inv-2', 'Covered by the CMDB project']
    ]);
    // Computed order: custom:1 (step 1, risk 3, effort 2, id sorts before "question"),
    // inv-1, MFA, root, keys, step 4. The manual order swaps the keys into inv-1's place.
    expect(actions.map((a) => a.id)).toEqual([
      'custom:1',
      'rule:ZTW-CRED-002',
      'rule:ZTW-MFA-001',
      'rule:ZTW-AWS-001',
      'question:1:inv-1',
      'step:4'
    ]);
    const keys = actions.find((a) => a.id === 'rule:ZTW-CRED-002');
    expect(keys?.targetDate).toBe('2017-02-15');
    expect(keys?.edited).toEqual(['targetDate']);
    expect(actions.find((a) => a.id === 'custom:1')?.origin).toBe('custom');
  });

  it('buildRoadmap(changed input, edits) keeps edits on surviving actions and reports the orphans', () => {
    // Later import: kit enrolled MFA, the root finding is resolved.
    const fewer = finding(
      { id: 'ZTW-MFA-001', severity: 'high', step: 2, title: 'Console users without MFA' },
      NO_MFA_USERS.filter((id) => id !== awsUser('kit'))
    );
    const { actions, orphaned } = buildRoadmap(
      input({ findings: [fewer, twoKeys(), passing()] }),
      edits
    );
    const mfa = actions.find((a) => a.id === 'rule:ZTW-MFA-001');
    expect(mfa?.owner).toBe('Identity team');
    expect(mfa?.affectedCount).toBe(7);
    expect(actions.find((a) => a.id === 'rule:ZTW-CRED-002')?.targetDate).toBe('2017-02-15');
    expect(actions.some((a) => a.id === 'rule:ZTW-AWS-001')).toBe(false);
    expect(orphaned).toEqual([{ edit: edits[1], missing: ['rule:ZTW-AWS-001'] }]);
  });

  it('buildRoadmap(input, merge) folds one action into another', () => {
    const { actions } = buildRoadmap(input(), [
      { kind: 'merge', actionId: 'rule:ZTW-CRED-002', intoId: 'rule:ZTW-MFA-001' }
    ]);
    expect(actions).toHaveLength(5);
    const merged = actions.find((a) => a.id === 'rule:ZTW-MFA-001');
    // andrew and kit hold two keys and are already among the 8 users without MFA.
    expect(merged?.affectedCount).toBe(8);
    expect(merged?.why.findingIds).toEqual(['ZTW-CRED-002', 'ZTW-MFA-001']);
    expect(merged?.mergedFrom).toEqual(['rule:ZTW-CRED-002']);
    expect(merged?.step).toBe(2);
  });

  it('buildRoadmap(input, chained merges) lands both merged actions in the last one', () => {
    const { actions, orphaned } = buildRoadmap(input(), [
      { kind: 'merge', actionId: 'rule:ZTW-AWS-001', intoId: 'rule:ZTW-MFA-001' },
      { kind: 'merge', actionId: 'rule:ZTW-MFA-001', intoId: 'rule:ZTW-CRED-002' }
    ]);
    expect(orphaned).toEqual([]);
    const last = actions.find((a) => a.id === 'rule:ZTW-CRED-002');
    expect(last?.mergedFrom).toEqual(['rule:ZTW-AWS-001', 'rule:ZTW-MFA-001']);
    // 8 without MFA plus root; the worse severity (critical) wins.
    expect(last?.affectedCount).toBe(9);
    expect(last?.severity).toBe('critical');
  });

  it('buildRoadmap(input, horizon edit) moves the target date with the horizon unless the date was set', () => {
    const { actions } = buildRoadmap(input(), [
      { kind: 'update', actionId: 'rule:ZTW-MFA-001', horizon: '91-180' }
    ]);
    const mfa = actions.find((a) => a.id === 'rule:ZTW-MFA-001');
    expect([mfa?.horizon, mfa?.targetDate]).toEqual(['91-180', '2017-06-30']);
  });
});
