/**
 * Drawing primitives of the graph on a 2D canvas. Everything of one colour in a call goes into
 * one Path2D and is stroked or filled once, edges with both ends off screen are skipped, and
 * labels appear only when zoomed in far enough to read. scene.ts decides when each runs.
 */
import type { Camera } from './camera';
import { EDGE_KINDS, NODE_KINDS, type GraphSnapshot } from './graph-protocol';
import { DASHED, DIM_EDGE, DIM_NODE, EDGE_COLOURS, NODE_COLOURS, PATH_COLOUR } from './palette';

/** What the cached picture depends on: the camera, the size and the filters and focus. */
export interface SceneView {
  cam: Camera;
  width: number;
  height: number;
  /** 1 for nodes the filters keep. */
  visible: Uint8Array;
  /** Focus: 1 for the focused node and its blast radius; null when nothing is focused. */
  emphasis: Uint8Array | null;
}

/** What is drawn over the picture every frame. */
export interface DrawState extends SceneView {
  /** Node indexes of the highlighted path. */
  path: readonly number[] | null;
  focused: number;
  hover: number;
}

const TIER = NODE_KINDS.indexOf('admin-tier');
const LABEL_LIMIT = 600;
const TAU = Math.PI * 2;
// Edges that carry rights are drawn last, so the grey structure never hides them.
const RIGHTS = new Set(
  ['can-assume', 'can-escalate', 'admin-equivalent'].map((k) => EDGE_KINDS.indexOf(k as never))
);

/** Radius of an ordinary node on screen, in CSS pixels. */
export function nodeRadius(snap: GraphSnapshot, cam: Camera): number {
  return Math.min(9, Math.max(1.5, snap.unit * cam.scale * 0.35));
}

const tierRadius = (r: number) => Math.max(7, r * 2);

/** Edge indexes in drawing order: structure first, edges that carry rights last. */
export function edgeOrder(snap: GraphSnapshot): Uint32Array {
  const order = new Uint32Array(snap.edgeKinds.length);
  let k = 0;
  for (const last of [false, true]) {
    for (let e = 0; e < snap.edgeKinds.length; e++)
      if (RIGHTS.has(snap.edgeKinds[e]) === last) order[k++] = e;
  }
  return order;
}

/** Strokes edges order[from..to) in one pass per colour. */
export function drawEdges(
  ctx: CanvasRenderingContext2D,
  snap: GraphSnapshot,
  v: SceneView,
  order: Uint32Array,
  from: number,
  to: number
): void {
  const { scale, tx, ty } = v.cam;
  const { positions: pos, edgeSource: src, edgeTarget: dst, edgeKinds } = snap;
  const batches = EDGE_KINDS.map(() => new Path2D());
  const used = new Uint8Array(EDGE_KINDS.length);
  const dim = new Path2D();
  const { width: w, height: h, visible, emphasis } = v;
  for (let k = from; k < to; k++) {
    const e = order[k];
    const a = src[e];
    const b = dst[e];
    if (!visible[a] || !visible[b]) continue;
    const x1 = pos[a * 2] * scale + tx;
    const y1 = pos[a * 2 + 1] * scale + ty;
    const x2 = pos[b * 2] * scale + tx;
    const y2 = pos[b * 2 + 1] * scale + ty;
    if ((x1 < 0 && x2 < 0) || (x1 > w && x2 > w) || (y1 < 0 && y2 < 0) || (y1 > h && y2 > h))
      continue;
    const faded = emphasis !== null && !(emphasis[a] && emphasis[b]);
    const p = faded ? dim : batches[edgeKinds[e]];
    if (!faded) used[edgeKinds[e]] = 1;
    p.moveTo(x1, y1);
    p.lineTo(x2, y2);
  }
  ctx.lineWidth = 1;
  ctx.strokeStyle = DIM_EDGE;
  ctx.stroke(dim);
  EDGE_KINDS.forEach((kind, k) => {
    if (!used[k]) return;
    ctx.globalAlpha = RIGHTS.has(k) ? 0.9 : 0.45;
    ctx.setLineDash(DASHED.has(kind) ? [5, 3] : []);
    ctx.strokeStyle = EDGE_COLOURS[kind];
    ctx.stroke(batches[k]);
  });
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

/** Fills every visible node on screen, faded ones grey; returns the others, for labels. */
export function drawNodes(
  ctx: CanvasRenderingContext2D,
  snap: GraphSnapshot,
  v: SceneView
): number[] {
  const { scale, tx, ty } = v.cam;
  const r = nodeRadius(snap, v.cam);
  const tr = tierRadius(r);
  const batches = NODE_KINDS.map(() => new Path2D());
  const dim = new Path2D();
  const onScreen: number[] = [];
  const { positions: pos, kinds } = snap;
  for (let i = 0; i < kinds.length; i++) {
    if (!v.visible[i]) continue;
    const x = pos[i * 2] * scale + tx;
    const y = pos[i * 2 + 1] * scale + ty;
    if (x < -tr || y < -tr || x > v.width + tr || y > v.height + tr) continue;
    const faded = v.emphasis !== null && !v.emphasis[i];
    if (!faded) onScreen.push(i);
    const p = faded ? dim : batches[kinds[i]];
    if (kinds[i] === TIER) {
      p.moveTo(x, y - tr);
      p.lineTo(x + tr, y);
      p.lineTo(x, y + tr);
      p.lineTo(x - tr, y);
      p.closePath();
    } else if (r < 2.5) p.rect(x - r, y - r, 2 * r, 2 * r);
    else {
      p.moveTo(x + r, y);
      p.arc(x, y, r, 0, TAU);
    }
  }
  ctx.fillStyle = DIM_NODE;
  ctx.fill(dim);
  NODE_KINDS.forEach((kind, k) => {
    ctx.fillStyle = NODE_COLOURS[kind];
    ctx.fill(batches[k]);
  });
  return onScreen;
}

function labelAt(snap: GraphSnapshot, cam: Camera, i: number): [number, number] {
  const r = nodeRadius(snap, cam);
  return [
    snap.positions[i * 2] * cam.scale + cam.tx + (snap.kinds[i] === TIER ? tierRadius(r) : r) + 3,
    snap.positions[i * 2 + 1] * cam.scale + cam.ty + 4
  ];
}

/**
 * Names of nodes on screen once zoomed in far enough, each only where it overlaps no name
 * already written: a coarse grid of taken cells keeps that cheap for thousands of nodes.
 */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  snap: GraphSnapshot,
  v: SceneView,
  nodes: number[]
) {
  if (snap.unit * v.cam.scale < 6) return;
  const CELL = 6;
  const cols = Math.ceil(v.width / CELL) + 1;
  const rows = Math.ceil(v.height / CELL) + 1;
  const taken = new Uint8Array(cols * rows);
  const cells = (x: number, y: number, w: number) => {
    const out: number[] = [];
    const [c0, c1] = [
      Math.max(0, Math.floor(x / CELL)),
      Math.min(cols - 1, Math.floor((x + w) / CELL))
    ];
    const [r0, r1] = [
      Math.max(0, Math.floor((y - 10) / CELL)),
      Math.min(rows - 1, Math.floor((y + 3) / CELL))
    ];
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push(r * cols + c);
    return out;
  };
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillStyle = '#1b2430';
  let written = 0;
  for (const i of nodes) {
    if (written >= LABEL_LIMIT) break;
    const text = snap.labels[i];
    const [x, y] = labelAt(snap, v.cam, i);
    // An estimate of the width: measuring thousands of names would cost more than drawing.
    const area = cells(x, y, text.length * 6.2);
    if (area.some((c) => taken[c])) continue;
    for (const c of area) taken[c] = 1;
    ctx.fillText(text, x, y);
    written++;
  }
}

function strongLabel(ctx: CanvasRenderingContext2D, text: string, x: number, y: number) {
  const w = ctx.measureText(text).width;
  ctx.fillStyle = 'rgba(255,255,255,0.88)';
  ctx.fillRect(x - 2, y - 11, w + 4, 15);
  ctx.fillStyle = '#1b2430';
  ctx.fillText(text, x, y);
}

/** The highlighted path, the focus ring and the names that show at every zoom level. */
export function drawOverlay(ctx: CanvasRenderingContext2D, snap: GraphSnapshot, s: DrawState) {
  const { scale, tx, ty } = s.cam;
  const at = (i: number) => [
    snap.positions[i * 2] * scale + tx,
    snap.positions[i * 2 + 1] * scale + ty
  ];
  const path = s.path ?? [];
  ctx.lineWidth = 4;
  ctx.strokeStyle = PATH_COLOUR;
  ctx.fillStyle = '#1b2430';
  for (let k = 0; k + 1 < path.length; k++) {
    const [x1, y1] = at(path[k]);
    const [x2, y2] = at(path[k + 1]);
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
    // An arrowhead halfway shows which way the rights flow.
    const angle = Math.atan2(y2 - y1, x2 - x1);
    const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2];
    ctx.beginPath();
    for (const turn of [0, 2.5, -2.5])
      ctx.lineTo(mx + 7 * Math.cos(angle + turn), my + 7 * Math.sin(angle + turn));
    ctx.fill();
  }

  const named = new Set<number>(path);
  for (let i = 0; i < snap.kinds.length; i++)
    if (snap.kinds[i] === TIER && s.visible[i]) named.add(i);
  for (const i of [s.focused, s.hover]) if (i >= 0) named.add(i);
  ctx.font = '600 12px system-ui, sans-serif';
  for (const i of named) strongLabel(ctx, snap.labels[i], ...labelAt(snap, s.cam, i));
  if (s.focused >= 0) {
    const [x, y] = at(s.focused);
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = '#1b2430';
    ctx.beginPath();
    ctx.arc(x, y, Math.max(nodeRadius(snap, s.cam), 5) + 4, 0, TAU);
    ctx.stroke();
  }
}

/** The visible node nearest to a screen point, within reach of a pointer; -1 when none. */
export function pickNode(snap: GraphSnapshot, s: SceneView, sx: number, sy: number): number {
  const { scale, tx, ty } = s.cam;
  const reach = Math.max(8, nodeRadius(snap, s.cam) + 3);
  let best = -1;
  let bestD = reach * reach;
  for (let i = 0; i < snap.kinds.length; i++) {
    if (!s.visible[i]) continue;
    const dx = snap.positions[i * 2] * scale + tx - sx;
    const dy = snap.positions[i * 2 + 1] * scale + ty - sy;
    const d = dx * dx + dy * dy;
    if (d < bestD) [best, bestD] = [i, d];
  }
  return best;
}
