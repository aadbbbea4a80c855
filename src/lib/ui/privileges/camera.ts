/** Pan and zoom of the graph view: screen = world × scale + offset. Pure, so it can be tested. */

export interface Camera {
  scale: number;
  tx: number;
  ty: number;
}

export const MIN_SCALE = 0.002;
export const MAX_SCALE = 8;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Bounds of positions stored as x0, y0, x1, y1, …; a unit box around 0 when empty. */
export function boundsOf(positions: Float32Array, only?: readonly number[]) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const count = only ? only.length : positions.length / 2;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const x = positions[i * 2];
    const y = positions[i * 2 + 1];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (minX > maxX) return { minX: -1, minY: -1, maxX: 1, maxY: 1 };
  return { minX, minY, maxX, maxY };
}

/** The camera that shows the whole box inside a width × height view, with a margin. */
export function fitCamera(
  box: { minX: number; minY: number; maxX: number; maxY: number },
  width: number,
  height: number,
  margin = 40
): Camera {
  const w = Math.max(box.maxX - box.minX, 1);
  const h = Math.max(box.maxY - box.minY, 1);
  const scale = clamp(
    Math.min((width - 2 * margin) / w, (height - 2 * margin) / h),
    MIN_SCALE,
    MAX_SCALE
  );
  return {
    scale,
    tx: width / 2 - ((box.minX + box.maxX) / 2) * scale,
    ty: height / 2 - ((box.minY + box.maxY) / 2) * scale
  };
}

/** Zooms by `factor` keeping the world point under (sx, sy) where it is on screen. */
export function zoomAt(cam: Camera, factor: number, sx: number, sy: number): Camera {
  const scale = clamp(cam.scale * factor, MIN_SCALE, MAX_SCALE);
  const wx = (sx - cam.tx) / cam.scale;
  const wy = (sy - cam.ty) / cam.scale;
  return { scale, tx: sx - wx * scale, ty: sy - wy * scale };
}

/** The camera moved so that world point (x, y) sits at the centre of the view. */
export function centreOn(cam: Camera, x: number, y: number, width: number, height: number) {
  return { scale: cam.scale, tx: width / 2 - x * cam.scale, ty: height / 2 - y * cam.scale };
}
