/** explainPath between two nodes joined by a possible and a definite escalation edge. */
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { explainPath, type EdgeAttrs, type NodeAttrs } from '$lib/core/graph';

describe('explainPath', () => {
  it('explainPath(possible edge added before a definite one) tells the definite method', () => {
    const g = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
    g.addNode('u', { kind: 'account', label: 'rahul', system: 'aws' });
    g.addNode('r', { kind: 'role', label: 'lambda-exec-admin', system: 'aws' });
    g.addDirectedEdge('u', 'r', {
      kind: 'can-escalate',
      methodId: 'lambda-update-code',
      actions: ['lambda:UpdateFunctionCode'],
      certainty: 'possible'
    });
    g.addDirectedEdge('u', 'r', {
      kind: 'can-escalate',
      methodId: 'passrole-lambda-invoke',
      actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
      certainty: 'definite'
    });
    const [sentence] = explainPath(g, ['u', 'r']);
    expect(sentence).toContain('iam:PassRole');
    expect(sentence).not.toContain('if the conditions');
  });
});
