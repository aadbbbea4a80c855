/**
 * Draws the graph on a 2D canvas. Everything of one colour goes into one Path2D and is stroked
 * or filled once (thousands of separate strokes are what makes canvas graphs slow), edges with
 * both ends off screen are skipped, and labels appear only when zoomed in far enough to read.
 */
import type { Camera } from './camera';
import { EDGE_KINDS, NODE_KINDS, type GraphSnapshot } from './graph-protocol';
import { DASHED, DIM_EDGE, DIM_NODE, EDGE_COLOURS, NODE_COLOURS, PATH_COLOUR } from './palette';

export interface DrawState {
  cam: Camera;
  width: number;
  height: number;
  /** 1 for nodes the filters keep. */
  visible: Uint8Array;
  /** Focus: 1 for the focused node and its blast radius; null when nothing is focused. */
  emphasis: Uint8Array | null;
  /** Node indexes of the highlighted path. */
  path: readonly number[] | null;
  focused: number;
  hover: number;
}

const TIER = NODE_KINDS.indexOf('admin-tier');
const LABEL_LIMIT = 600;
const TAU = Math.PI * 2;

/** Radius of an ordinary node on screen, in CSS pixels. */
export function nodeRadius(snap: GraphSnapshot, cam: Camera): number {
  return Math.min(9, Math.max(1.5, snap.unit * cam.scale * 0.35));
}

function diamond(p: Path2D, x: number, y: number, r: number) {
  p.moveTo(x, y - r);
  p.lineTo(x + r, y);
  p.lineTo(x, y + r);
  p.lineTo(x - r, y);
  p.closePath();
}

function drawEdges(ctx: CanvasRenderingContext2D, snap: GraphSnapshot, s: DrawState) {
  const { scale, tx, ty } = s.cam;
  const { positions: pos, edgeSource: src, edgeTarget: dst, edgeKinds } = snap;
  const batches = EDGE_KINDS.map(() => new Path2D());
  const dim = new Path2D();
  const { width: w, height: h, visible, emphasis } = s;
  for (let e = 0; e < src.length; e++) {
    const a = src[e];
    const b = dst[e];
    if (!visible[a] || !visible[b]) continue;
    const x1 = pos[a * 2] * scale + tx;
    const y1 = pos[a * 2 + 1] * scale + ty;
    const x2 = pos[b * 2] * scale + tx;
    const y2 = pos[b * 2 + 1] * scale + ty;
    if ((x1 < 0 && x2 < 0) || (x1 > w && x2 > w) || (y1 < 0 && y2 < 0) || (y1 > h && y2 > h))
      continue;
    const p = emphasis && !(emphasis[a] && emphasis[b]) ? dim : batches[edgeKinds[e]];
    p.moveTo(x1, y1);
    p.lineTo(x2, y2);
  }
  ctx.lineWidth = 1;
  ctx.strokeStyle = DIM_EDGE;
  ctx.stroke(dim);
  EDGE_KINDS.forEach((kind, k) => {
    ctx.globalAlpha = DASHED.has(kind) || kind === 'admin-equivalent' ? 0.9 : 0.45;
    ctx.setLineDash(DASHED.has(kind) ? [5, 3] : []);
    ctx.strokeStyle = EDGE_COLOURS[kind];
    ctx.stroke(batches[k]);
  });
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

function drawPath(ctx: CanvasRenderingContext2D, snap: GraphSnapshot, s: DrawState) {
  if (!s.path || s.path.length < 2) return;
  const { scale, tx, ty } = s.cam;
  const at = (i: number) => [
    snap.positions[i * 2] * scale + tx,
    snap.positions[i * 2 + 1] * scale + ty
  ];
  ctx.lineWidth = 4;
  ctx.strokeStyle = PATH_COLOUR;
  ctx.fillStyle = '#1b2430';
  for (let k = 0; k + 1 < s.path.length; k++) {
    const [x1, y1] = at(s.path[k]);
    const [x2, y2] = at(s.path[k + 1]);
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
    // An arrowhead halfway shows which way the rights flow.
    const angle = Math.atan2(y2 - y1, x2 - x1);
    const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2];
    ctx.beginPath();
    ctx.moveTo(mx + 7 * Math.cos(angle), my + 7 * Math.sin(angle));
    ctx.lineTo(mx + 7 * Math.cos(angle + 2.5), my + 7 * Math.sin(angle + 2.5));
    ctx.lineTo(mx + 7 * Math.cos(angle - 2.5), my + 7 * Math.sin(angle - 2.5));
    ctx.fill();
  }
}

function drawNodes(ctx: CanvasRenderingContext2D, snap: GraphSnapshot, s: DrawState): number[] {
  const { scale, tx, ty } = s.cam;
  const r = nodeRadius(snap, s.cam);
  const tierR = Math.max(7, r * 2);
  const batches = NODE_KINDS.map(() => new Path2D());
  const dim = new Path2D();
  const onScreen: number[] = [];
  const { positions: pos, kinds } = snap;
  for (let i = 0; i < kinds.length; i++) {
    if (!s.visible[i]) continue;
    const x = pos[i * 2] * scale + tx;
    const y = pos[i * 2 + 1] * scale + ty;
    if (x < -tierR || y < -tierR || x > s.width + tierR || y > s.height + tierR) continue;
    const faded = s.emphasis !== null && !s.emphasis[i];
    if (!faded) onScreen.push(i);
    const p = faded ? dim : batches[kinds[i]];
    if (kinds[i] === TIER) diamond(p, x, y, tierR);
    else if (r < 2.5) p.rect(x - r, y - r, 2 * r, 2 * r);
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

function drawLabel(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  strong: boolean
) {
  ctx.font = strong ? '600 12px system-ui, sans-serif' : '11px system-ui, sans-serif';
  if (strong) {
    const w = ctx.measureText(text).width;
    ctx.fillStyle = 'rgba(255,255,255,0.88)';
    ctx.fillRect(x - 2, y - 11, w + 4, 15);
  }
  ctx.fillStyle = '#1b2430';
  ctx.fillText(text, x, y);
}

/** Draws one frame of the graph into a context already scaled for the device pixel ratio. */
export function drawGraph(ctx: CanvasRenderingContext2D, snap: GraphSnapshot, s: DrawState): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, s.width, s.height);
  drawEdges(ctx, snap, s);
  drawPath(ctx, snap, s);
  const onScreen = drawNodes(ctx, snap, s);

  const { scale, tx, ty } = s.cam;
  const r = nodeRadius(snap, s.cam);
  const place = (i: number): [number, number] => [
    snap.positions[i * 2] * scale + tx + (snap.kinds[i] === TIER ? Math.max(7, r * 2) : r) + 3,
    snap.positions[i * 2 + 1] * scale + ty + 4
  ];
  if (snap.unit * scale >= 11) {
    for (const i of onScreen.slice(0, LABEL_LIMIT))
      drawLabel(ctx, snap.labels[i], ...place(i), false);
  }

  // Tiers, the path and the focused node are named at every zoom level.
  const named = new Set<number>(s.path ?? []);
  for (let i = 0; i < snap.kinds.length; i++)
    if (snap.kinds[i] === TIER && s.visible[i]) named.add(i);
  for (const i of [s.focused, s.hover]) if (i >= 0) named.add(i);
  for (const i of named) drawLabel(ctx, snap.labels[i], ...place(i), true);
  if (s.focused >= 0) {
    const [x, y] = [
      snap.positions[s.focused * 2] * scale + tx,
      snap.positions[s.focused * 2 + 1] * scale + ty
    ];
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = '#1b2430';
    ctx.beginPath();
    ctx.arc(x, y, Math.max(r, 5) + 4, 0, TAU);
    ctx.stroke();
  }
}

/** The visible node nearest to a screen point, within reach of a pointer; -1 when none. */
export function pickNode(snap: GraphSnapshot, s: DrawState, sx: number, sy: number): number {
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
