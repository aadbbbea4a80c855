/**
 * The graph worker's work, run directly: the privilege graph of the real cloudsplaining
 * authorization details flattened for drawing, escalation paths told in words, focus answers.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/assessment';
import { awsAuthorizationDetails } from '$lib/core/importers/aws/authz-details';
import { analysePrivilege } from '$lib/core/privilege/analyse';
import { EDGE_KINDS, NODE_KINDS, NO_SYSTEM } from '$lib/ui/privileges/graph-protocol';
import {
  assessmentSession,
  focusOf,
  snapshotOf,
  syntheticSession
} from '$lib/ui/privileges/graph-session';
import { importReal } from '../privilege/helpers';

const records = importReal(
  awsAuthorizationDetails,
  '02_aws_authorization_details',
  'cloudsplaining_examples_files_example.json'
);
const privilege = analysePrivilege({
  records,
  persons: [],
  asOf: '2020-06-01T00:00:00Z',
  settings: DEFAULT_SETTINGS,
  formats: []
});
const session = assessmentSession(records, [], privilege);
const snap = snapshotOf(session, 'layered');
const indexOf = (label: string) => snap.labels.indexOf(label);

describe('assessmentSession', () => {
  it('assessmentSession(cloudsplaining) tells privesc4 in words: policy privesc4-CreateAccessKey allows iam:CreateAccessKey on *, then the admin user it mints a key for', () => {
    const p = session.escalations.find((e) =>
      e.principalId.endsWith('/privesc4-CreateAccessKey-user')
    );
    expect(p?.certainty).toBe('definite');
    expect(p?.sentences[0]).toMatch(
      /^privesc4-CreateAccessKey-user has policy privesc4-CreateAccessKey, which allows iam:CreateAccessKey, so privesc4-CreateAccessKey-user can create an access key for another user/
    );
    // The path goes on to the admin tier, so the last sentence names AWS admin rights.
    expect(p?.sentences.at(-1)).toMatch(/AWS admin rights\.$/);
  });

  it('assessmentSession(cloudsplaining) tells every escalation path of the analysis, one sentence per step at least', () => {
    expect(session.escalations).toHaveLength(privilege.escalationPaths.length);
    privilege.escalationPaths.forEach((p, i) =>
      expect(session.escalations[i].sentences.length).toBeGreaterThanOrEqual(p.steps.length)
    );
  });
});

describe('snapshotOf', () => {
  it('snapshotOf(cloudsplaining) flattens every node and edge with kinds, systems and finite positions', () => {
    expect(snap.ids).toHaveLength(session.graph.order);
    expect(snap.edgeSource).toHaveLength(session.graph.size);
    expect(snap.positions).toHaveLength(snap.ids.length * 2);
    expect([...snap.positions].every(Number.isFinite)).toBe(true);
    const obama = indexOf('obama');
    expect(NODE_KINDS[snap.kinds[obama]]).toBe('account');
    expect(snap.systemNames[snap.systems[obama]]).toBe('aws');
    const tier = indexOf('AWS admin');
    expect(NODE_KINDS[snap.kinds[tier]]).toBe('admin-tier');
    expect(snap.systems[snap.ids.indexOf('admin-tier:aws')]).not.toBe(NO_SYSTEM);
  });

  it('snapshotOf(cloudsplaining) keeps obama → group admin (member-of) → AWS admin (admin-equivalent): group admin has AdministratorAccess', () => {
    const group = snap.labels.findIndex(
      (l, i) => l === 'admin' && NODE_KINDS[snap.kinds[i]] === 'group'
    );
    const edge = (from: number, to: number) => {
      const k = [...snap.edgeSource.keys()].find(
        (e) => snap.edgeSource[e] === from && snap.edgeTarget[e] === to
      );
      return k === undefined ? undefined : EDGE_KINDS[snap.edgeKinds[k]];
    };
    expect(edge(indexOf('obama'), group)).toBe('member-of');
    expect(edge(group, indexOf('AWS admin'))).toBe('admin-equivalent');
  });

  it('snapshotOf(layered) puts admin tiers in the last column and each reaching identity has a path ending at one', () => {
    const tierX = snap.positions[indexOf('AWS admin') * 2];
    for (let i = 0; i < snap.ids.length; i++)
      expect(snap.positions[i * 2]).toBeLessThanOrEqual(tierX);
    expect(snap.paths.length).toBe(snap.reaching.length);
    for (const p of snap.paths) expect(NODE_KINDS[snap.kinds[p.nodes.at(-1)!]]).toBe('admin-tier');
  });
});

describe('focusOf', () => {
  it('focusOf(privesc4) reaches the AWS admin tier and names its shortest path', () => {
    const id = snap.ids[indexOf('privesc4-CreateAccessKey-user')];
    const f = focusOf(session, id);
    expect(f?.adminTiers).toEqual(['AWS admin']);
    expect(f?.shortest?.sentences[0]).toContain('iam:CreateAccessKey');
    expect(f?.reach).toContain(indexOf('AWS admin'));
  });

  it('focusOf(unknown id) is null', () => {
    expect(focusOf(session, 'nobody')).toBeNull();
  });
});

describe('syntheticSession', () => {
  it('syntheticSession(600, 2000, 1) is marked synthetic and spreads its six admin tiers apart', () => {
    const s = snapshotOf(syntheticSession(600, 2000, 1), 'layered');
    expect(s.synthetic).toBe(true);
    const ys = [...s.kinds.keys()]
      .filter((i) => NODE_KINDS[s.kinds[i]] === 'admin-tier')
      .map((i) => s.positions[i * 2 + 1])
      .sort((a, b) => a - b);
    expect(ys).toHaveLength(6);
    for (let k = 1; k < ys.length; k++) expect(ys[k] - ys[k - 1]).toBeGreaterThan(40);
  });
});
