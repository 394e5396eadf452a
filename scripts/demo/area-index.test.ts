import { describe, expect, it } from 'vitest';
import { AreaIndex } from './area-index';
import { type Multi, flatten, pointInFlat } from './geometry';
import { Rng } from './random';

/** A star-shaped ring (concave) around (cx, cy). */
const star = (rng: Rng, cx: number, cy: number, r: number, n: number) =>
  Array.from({ length: n + 1 }, (_, i) => {
    const a = ((i % n) / n) * 2 * Math.PI;
    const k = i % 2 ? 0.45 : 1;
    return [cx + Math.cos(a) * r * k * rng.range(0.8, 1), cy + Math.sin(a) * r * k * rng.range(0.8, 1)] as [
      number,
      number,
    ];
  }).map((p, i, all) => (i === n ? all[0] : p));

describe('AreaIndex', () => {
  it('finds, for random points, the shape pointInFlat finds (concave, holed and two-part shapes)', () => {
    const rng = new Rng(3);
    const square = (x0: number, y0: number, s: number): [number, number][] => [
      [x0, y0],
      [x0 + s, y0],
      [x0 + s, y0 + s],
      [x0, y0 + s],
      [x0, y0],
    ];
    const shapes: Multi[] = [
      [[star(rng, 0, 0, 5, 40)]],
      [[square(6, -5, 8), square(8, -3, 3)]], // with a hole
      [[star(rng, 2, 9, 3, 16)], [square(10, 5, 2)]], // two parts
    ];
    const cells = 64;
    const index = new AreaIndex(shapes, cells);
    const rings = shapes.map((s) => flatten(s));
    const brute = (x: number, y: number) => rings.findIndex((r) => pointInFlat(r, x, y));
    let checked = 0;
    let inside = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = rng.range(-6, 15);
      const y = rng.range(-6, 13);
      const want = brute(x, y);
      expect(index.find(x, y), `${x},${y}`).toBe(want);
      checked++;
      if (want >= 0) inside++;
    }
    expect(checked).toBe(20_000);
    expect(inside).toBeGreaterThan(3000);
  });
});
