/** The graph view's pan and zoom arithmetic. */
import { describe, expect, it } from 'vitest';
import { boundsOf, centreOn, fitCamera, zoomAt } from '$lib/ui/privileges/camera';

describe('camera', () => {
  it('boundsOf(positions, only) spans the chosen nodes only', () => {
    const pos = Float32Array.from([0, 0, 10, 5, -4, 20]);
    expect(boundsOf(pos)).toEqual({ minX: -4, minY: 0, maxX: 10, maxY: 20 });
    expect(boundsOf(pos, [0, 1])).toEqual({ minX: 0, minY: 0, maxX: 10, maxY: 5 });
  });

  it('fitCamera(box 100×50 into 240×140 with margin 20) scales by 2 and centres the box', () => {
    const cam = fitCamera({ minX: 0, minY: 0, maxX: 100, maxY: 50 }, 240, 140, 20);
    expect(cam.scale).toBe(2);
    expect(cam.tx + 50 * cam.scale).toBe(120);
    expect(cam.ty + 25 * cam.scale).toBe(70);
  });

  it('zoomAt(camera, 2, point) keeps the world point under the pointer where it was', () => {
    const cam = { scale: 1.5, tx: 30, ty: -10 };
    const next = zoomAt(cam, 2, 200, 100);
    expect(next.scale).toBe(3);
    expect((200 - next.tx) / next.scale).toBeCloseTo((200 - cam.tx) / cam.scale);
    expect((100 - next.ty) / next.scale).toBeCloseTo((100 - cam.ty) / cam.scale);
  });

  it('centreOn(camera, x, y) puts the point in the middle of the view', () => {
    const c = centreOn({ scale: 2, tx: 0, ty: 0 }, 10, 20, 300, 100);
    expect(c.tx + 10 * 2).toBe(150);
    expect(c.ty + 20 * 2).toBe(50);
  });
});
