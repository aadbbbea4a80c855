/// <reference lib="webworker" />
/**
 * The graph worker: builds and lays out the privilege graph off the main thread (layout of
 * 5,000 nodes takes long enough to freeze a page) and answers focus questions about it.
 */
import type { GraphRequest, GraphResponse } from '../ui/privileges/graph-protocol';
import {
  assessmentSession,
  focusOf,
  snapshotOf,
  syntheticSession,
  transferables,
  type GraphSession
} from '../ui/privileges/graph-session';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let session: GraphSession | null = null;

function send(message: GraphResponse): void {
  if (message.type === 'graph') scope.postMessage(message, transferables(message.snapshot));
  else scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<GraphRequest>) => {
  const req = event.data;
  try {
    if (req.type === 'build') {
      session = assessmentSession(req.records, req.persons, req.privilege);
      send({ type: 'graph', requestId: req.requestId, snapshot: snapshotOf(session, req.layout) });
    } else if (req.type === 'synthetic') {
      session = syntheticSession(req.nodes, req.edges, req.seed);
      send({ type: 'graph', requestId: req.requestId, snapshot: snapshotOf(session, req.layout) });
    } else if (req.type === 'layout' && session) {
      send({ type: 'graph', requestId: req.requestId, snapshot: snapshotOf(session, req.layout) });
    } else if (req.type === 'focus') {
      send({
        type: 'focus',
        requestId: req.requestId,
        focus: session ? focusOf(session, req.id) : null
      });
    }
  } catch (e) {
    send({
      type: 'error',
      requestId: req.requestId,
      message: e instanceof Error ? e.message : String(e)
    });
  }
};
