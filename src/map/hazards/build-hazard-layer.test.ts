import { describe, expect, it } from 'vitest';
import {
  buildHazardRings,
  HAZARD_RING_GENERAL,
  HAZARD_RING_MAJOR,
  ringRadius,
  ringZoomStyle,
} from './build-hazard-layer.ts';

describe('hazard rings', () => {
  const open = {
    rows: Uint32Array.from([0, 2, 3, 5]),
    count: Uint16Array.from([1, 2, 9, 4]),
    major: Uint8Array.from([1, 0, 0, 1]),
  };
  const lon = Float64Array.from([120, 121, 122, 123, 124, NaN]);
  const lat = Float64Array.from([30, 31, 32, 33, 34, 35]);

  it('draws general rings first, major last, skipping rows outside the mask or without a position', () => {
    const a = buildHazardRings(lon, lat, open, null);
    expect(Array.from(a.rows)).toEqual([2, 3, 0]); // 5 has no position
    expect(Array.from(a.positions.slice(0, 2))).toEqual([122, 32]);
    expect(Array.from(a.colors.slice(0, 3))).toEqual([...HAZARD_RING_GENERAL]);
    expect(Array.from(a.colors.slice(8, 11))).toEqual([...HAZARD_RING_MAJOR]);
    const masked = buildHazardRings(lon, lat, open, Uint8Array.from([0, 1, 1, 0, 1, 1]));
    expect(Array.from(masked.rows)).toEqual([2]);
  });

  it('sizes rings 10 to 16 px by the number of open hazards', () => {
    expect(ringRadius(1)).toBe(10);
    expect(ringRadius(2)).toBe(12);
    expect(ringRadius(8)).toBe(16);
    expect(ringRadius(500)).toBe(16);
    const a = buildHazardRings(lon, lat, open, null);
    expect(Array.from(a.radii)).toEqual([12, 16, 10]);
  });

  it('shrinks, thins and fades the rings at district zoom so the points stay readable', () => {
    const near = ringZoomStyle(14);
    const mid = ringZoomStyle(12);
    const far = ringZoomStyle(10);
    expect(near).toEqual({ scale: 1, width: 1.5, fade: 1 });
    for (const k of ['scale', 'width', 'fade'] as const) {
      expect(mid[k]).toBeLessThan(near[k]);
      expect(far[k]).toBeLessThan(mid[k]);
    }
    // Even far out, the smallest ring (one hazard) still clears a small point (5 px).
    expect(ringRadius(1) * far.scale).toBeGreaterThan(5);
  });
});
