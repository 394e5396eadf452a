/**
 * crs.ts pointTransform: GCJ-02 / BD-09 inputs are made with the forward formulas of coords.ts
 * (which pointTransform must invert), GK metres with the independent series of test-support/geodesy.ts.
 */
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { gcj02ToBd09, wgs84ToGcj02 } from '../coords.ts';
import { pointTransform } from './crs.ts';
import { GRS80, metres, tmForward } from './test-support/geodesy.ts';

/** WGS84 points spread over eastern and central China. */
const TRUTH: [number, number][] = [];
for (let lon = 98; lon <= 124; lon += 2.7) for (let lat = 21; lat <= 46; lat += 2.3) TRUTH.push([lon, lat]);

const worst = (f: (w: [number, number]) => [number, number]) => Math.max(...TRUTH.map((w) => metres(f(w), w)));

describe('pointTransform', () => {
  it('GCJ-02 points come back within 1 m of WGS84 (and were >50 m off before)', () => {
    const t = pointTransform('gcj02')!;
    expect(t).toMatchObject({ id: 'gcj02', projected: false });
    const gcj = (w: [number, number]) => wgs84ToGcj02(w[0], w[1]);
    expect(Math.min(...TRUTH.map((w) => metres(gcj(w), w)))).toBeGreaterThan(50);
    expect(worst((w) => t.toWgs84(...gcj(w)))).toBeLessThan(1);
  });

  it('BD-09 points come back within 1 m of WGS84', () => {
    const t = pointTransform('BD-09')!;
    expect(t.id).toBe('bd09');
    const bd = (w: [number, number]) => gcj02ToBd09(...wgs84ToGcj02(w[0], w[1]));
    expect(Math.min(...TRUTH.map((w) => metres(bd(w), w)))).toBeGreaterThan(50);
    expect(worst((w) => t.toWgs84(...bd(w)))).toBeLessThan(1);
  });

  it.each([
    ['wgs84', 'wgs84'],
    ['EPSG:4326', 'wgs84'],
    ['CGCS2000', 'cgcs2000'],
    ['EPSG:4490', 'cgcs2000'],
    ['GCJ-02', 'gcj02'],
    ['高德', 'gcj02'],
    ['baidu', 'bd09'],
  ])('%s is the geographic system %s', (name, id) => {
    const t = pointTransform(name)!;
    expect(t.id).toBe(id);
    expect(t.projected).toBe(false);
  });

  it('WGS84 and CGCS2000 leave lon/lat as they are', () => {
    for (const name of ['wgs84', 'cgcs2000'])
      expect(worst((w) => pointTransform(name)!.toWgs84(w[0], w[1]))).toBeLessThan(1e-6);
  });

  it('EPSG:4549 (CGCS2000 GK CM 120E) is projected and within 1 m', () => {
    const t = pointTransform('EPSG:4549')!;
    expect(t).toMatchObject({ id: 'EPSG:4549', projected: true });
    const near = TRUTH.filter(([lon]) => Math.abs(lon - 120) <= 1.5);
    expect(near.length).toBeGreaterThan(5);
    for (const w of near) expect(metres(t.toWgs84(...tmForward(w[0], w[1], 120, GRS80)), w)).toBeLessThan(1);
    expect(pointTransform('urn:ogc:def:crs:EPSG::4549')?.id).toBe('EPSG:4549');
  });

  it.each(['', 'foo', 'EPSG:99999', 'EPSG:', 'BD09MC', 'WKT:this is not wkt'])('%j is undefined', (name) => {
    expect(pointTransform(name)).toBeUndefined();
  });
});

// gcoord (an independent implementation, round trip <= 0.2 m) makes the inputs here.
describe('pointTransform against the gcoord package', () => {
  it('agrees with gcoord within 1 m', () => {
    for (const w of TRUTH) {
      const g = gcoord.transform([w[0], w[1]], gcoord.WGS84, gcoord.GCJ02);
      expect(metres(pointTransform('gcj02')!.toWgs84(g[0], g[1]), w)).toBeLessThan(1);
      const b = gcoord.transform([w[0], w[1]], gcoord.WGS84, gcoord.BD09);
      expect(metres(pointTransform('bd09')!.toWgs84(b[0], b[1]), w)).toBeLessThan(1);
    }
  });
});
