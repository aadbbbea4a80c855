/**
 * Keeps panning and zooming fluid on large graphs. Stroking 20,000 edges costs far more than a
 * frame in software rendering, so the picture is drawn into an off-screen layer a batch of edges
 * per animation frame, and every frame shows the last finished layer moved and scaled to the
 * current camera, with the path, focus and names drawn on top at full sharpness.
 */
import type { Camera } from './camera';
import type { GraphSnapshot } from './graph-protocol';
import {
  drawEdges,
  drawLabels,
  drawNodes,
  drawOverlay,
  edgeOrder,
  type DrawState,
  type SceneView
} from './render';

interface Job {
  view: SceneView;
  next: number;
  stage: 'edges' | 'nodes';
  /** Drawn because what is shown changed (not only the camera): show it as it grows. */
  content: boolean;
}

// Raster work per frame, in ms: leaves room for the rest of a 16.7 ms frame.
const BUDGET_MS = 4;

const sameCamera = (a: Camera, b: Camera) => a.scale === b.scale && a.tx === b.tx && a.ty === b.ty;

/** An off-screen canvas read back every frame (see work()), so kept in memory, not on a GPU. */
function layer(): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.getContext('2d', { willReadFrequently: true });
  return c;
}

export class Scene {
  private front = layer();
  private back = layer();
  private frontView: SceneView | null = null;
  private job: Job | null = null;
  private stale = true;
  private order: Uint32Array = new Uint32Array(0);
  private orderOf: GraphSnapshot | null = null;
  private perFrame = 2000;
  private dpr = 1;

  /** Matches the layers to the canvas; side effect: drops the finished picture. */
  resize(width: number, height: number, dpr: number): void {
    for (const c of [this.front, this.back]) {
      c.width = Math.round(width * dpr);
      c.height = Math.round(height * dpr);
    }
    this.dpr = dpr;
    this.frontView = null;
    this.job = null;
    this.stale = true;
  }

  /** The filters or the focus changed: the picture must be drawn again. */
  invalidate(): void {
    this.stale = true;
  }

  /** Draws one frame; true when more frames are needed to finish the picture. */
  frame(ctx: CanvasRenderingContext2D, snap: GraphSnapshot, state: DrawState): boolean {
    if (this.orderOf !== snap) {
      this.order = edgeOrder(snap);
      this.orderOf = snap;
      this.stale = true;
    }
    const moved = !this.frontView || !sameCamera(this.frontView.cam, state.cam);
    if (this.stale || (!this.job && moved)) this.start(state, this.stale);
    if (this.job) this.work(snap, this.job);

    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, state.width, state.height);
    const [layer, view] =
      this.job?.content || !this.frontView
        ? [this.back, this.job?.view]
        : [this.front, this.frontView];
    if (view) {
      const s = state.cam.scale / view.cam.scale;
      const x = state.cam.tx - view.cam.tx * s;
      const y = state.cam.ty - view.cam.ty * s;
      ctx.drawImage(layer, x, y, state.width * s, state.height * s);
    }
    drawOverlay(ctx, snap, state);
    return this.job !== null || !this.frontView || !sameCamera(this.frontView.cam, state.cam);
  }

  private start(state: DrawState, content: boolean) {
    const { cam, width, height, visible, emphasis } = state;
    this.job = {
      view: { cam: { ...cam }, width, height, visible, emphasis },
      next: 0,
      stage: 'edges',
      content
    };
    this.stale = false;
    const bctx = this.back.getContext('2d');
    bctx?.setTransform(1, 0, 0, 1, 0, 0);
    bctx?.clearRect(0, 0, this.back.width, this.back.height);
  }

  private work(snap: GraphSnapshot, job: Job) {
    const bctx = this.back.getContext('2d');
    if (!bctx) return;
    const started = performance.now();
    bctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    if (job.stage === 'edges') {
      const to = Math.min(this.order.length, job.next + this.perFrame);
      drawEdges(bctx, snap, job.view, this.order, job.next, to);
      job.next = to;
      if (to === this.order.length) job.stage = 'nodes';
      // Reading a pixel makes the browser rasterise now, so the time below is the real cost.
      bctx.getImageData(0, 0, 1, 1);
      const spent = performance.now() - started;
      this.perFrame = Math.round(
        Math.min(50_000, Math.max(500, (this.perFrame * BUDGET_MS) / Math.max(spent, 0.5)))
      );
      return;
    }
    drawLabels(bctx, snap, job.view, drawNodes(bctx, snap, job.view));
    [this.front, this.back] = [this.back, this.front];
    this.frontView = job.view;
    this.job = null;
  }
}
