/**
 * The graph panel's state: the snapshot from the graph worker, filters, the focused identity and
 * the highlighted path. The camera is not here: it changes every frame and is no one else's
 * business, so the canvas keeps it.
 */
import type { AnalysisResult } from '$lib/core/analysis/result';
import type { NodeKind } from '$lib/core/graph';
import type { PrivilegeAnalysis } from '$lib/core/privilege/analyse';
import { emptyRecordSet } from '$lib/core/model';
import GraphWorker from '../../workers/graph.worker.ts?worker&inline';
import {
  NODE_KINDS,
  NO_SYSTEM,
  type FocusResult,
  type GraphRequest,
  type GraphResponse,
  type GraphSnapshot,
  type LayoutName
} from './graph-protocol';

export class GraphView {
  snapshot = $state.raw<GraphSnapshot | null>(null);
  busy = $state(false);
  error = $state<string | null>(null);
  layout = $state<LayoutName>('layered');
  hiddenSystems = $state<string[]>([]);
  hiddenKinds = $state<NodeKind[]>([]);
  focus = $state.raw<FocusResult | null>(null);
  /** Node indexes of the highlighted path, from a focus or from the paths table. */
  path = $state.raw<number[] | null>(null);
  /** Bumped when the canvas should bring `path` or the focused node into view. */
  revealCount = $state(0);

  private worker: Worker | null = null;
  private graphRequest = 0;
  private focusRequest = 0;

  /** 1 for nodes the system and kind filters keep. */
  readonly visible = $derived.by(() => {
    const s = this.snapshot;
    if (!s) return new Uint8Array(0);
    // Lookup tables by index: a plain local Set here trips the reactivity lint for nothing.
    const hiddenSys = new Uint8Array(256);
    for (const n of this.hiddenSystems) hiddenSys[s.systemNames.indexOf(n) & 255] = 1;
    hiddenSys[NO_SYSTEM] = 0;
    const hiddenKind = new Uint8Array(NODE_KINDS.length);
    for (const k of this.hiddenKinds) hiddenKind[NODE_KINDS.indexOf(k)] = 1;
    const out = new Uint8Array(s.kinds.length);
    for (let i = 0; i < out.length; i++)
      out[i] = hiddenKind[s.kinds[i]] | hiddenSys[s.systems[i]] ? 0 : 1;
    return out;
  });

  /** 1 for the focused node and everything it reaches; null without a focus. */
  readonly emphasis = $derived.by(() => {
    if (!this.focus || !this.snapshot) return null;
    const out = new Uint8Array(this.snapshot.kinds.length);
    out[this.focus.index] = 1;
    for (const i of this.focus.reach) out[i] = 1;
    return out;
  });

  private post(message: GraphRequest) {
    if (!this.worker) {
      this.worker = new GraphWorker();
      this.worker.onmessage = (e: MessageEvent<GraphResponse>) => this.onReply(e.data);
    }
    this.worker.postMessage(message);
  }

  private onReply(r: GraphResponse) {
    if (r.type === 'focus') {
      if (r.requestId !== this.focusRequest) return;
      this.focus = r.focus;
      this.path = r.focus?.shortest?.nodes ?? null;
      this.revealCount++;
      return;
    }
    if (r.requestId !== this.graphRequest) return;
    this.busy = false;
    if (r.type === 'error') this.error = `The graph could not be drawn (${r.message}).`;
    else {
      this.snapshot = r.snapshot;
      this.error = null;
    }
  }

  /** Builds the privilege graph of an analysis in the worker. */
  build(analysis: AnalysisResult): void {
    const privilege = analysis.extra.privilege as PrivilegeAnalysis | undefined;
    if (!privilege) return;
    // Only what the graph is made of crosses to the worker: sign-ins can number millions.
    const records = {
      ...emptyRecordSet(),
      accounts: analysis.records.accounts,
      groups: analysis.records.groups,
      roles: analysis.records.roles,
      assignments: analysis.records.assignments,
      policies: analysis.records.policies
    };
    this.start();
    const persons = analysis.persons;
    const layout = this.layout;
    this.post({ type: 'build', requestId: this.graphRequest, records, persons, privilege, layout });
  }

  /** Loads the deterministic benchmark graph instead of the assessment's. */
  synthetic(nodes: number, edges: number, seed: number): void {
    this.start();
    const layout = this.layout;
    this.post({ type: 'synthetic', requestId: this.graphRequest, nodes, edges, seed, layout });
  }

  /** Lays the current graph out again with another algorithm. */
  relayout(layout: LayoutName): void {
    this.layout = layout;
    if (!this.snapshot) return;
    this.busy = true;
    this.post({ type: 'layout', requestId: ++this.graphRequest, layout });
  }

  /** Focuses one node: its blast radius is emphasised and its shortest path highlighted. */
  focusOn(id: string): void {
    this.post({ type: 'focus', requestId: ++this.focusRequest, id });
  }

  /** Highlights a path (node indexes) and brings it into view. */
  showPath(nodes: number[]): void {
    this.path = nodes;
    this.revealCount++;
  }

  clearFocus(): void {
    this.focusRequest++;
    this.focus = null;
    this.path = null;
  }

  private start() {
    this.graphRequest++;
    this.busy = true;
    this.focus = null;
    this.path = null;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
