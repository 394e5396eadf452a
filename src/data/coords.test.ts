import { describe, expect, it } from 'vitest';
import {
  bd09ToGcj02,
  convertColumnsToWgs84,
  gcj02ToBd09,
  gcj02ToWgs84,
  parseCoordSystem,
  toWgs84,
  wgs84ToGcj02,
} from './coords';

/** Great-circle distance in metres (haversine, mean Earth radius). */
function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

/**
 * City coordinates in three systems, [lon, lat], from gcoord's test fixture
 * (github.com/hujiulong/gcoord, test/fixtures/china-cities.json, MIT). Their GCJ-02 values sit a
 * consistent ~0.46 m east and ~0.46 m north of the published formula (gcoord's own test only
 * checks them to 4 decimals, ~5 m), so WGS84<->GCJ-02 is checked to 1 m; BD-09<->GCJ-02 agrees to
 * under a centimetre.
 */
const GCOORD_CITIES: { name: string; wgs84: [number, number]; gcj02: [number, number]; bd09: [number, number] }[] = [
  {
    name: '驻马店',
    wgs84: [114.0164322, 33.0133556],
    gcj02: [114.022306, 33.0115324],
    bd09: [114.0287781, 33.0176697],
  },
  { name: '邵阳', wgs84: [111.4622119, 27.242124], gcj02: [111.4677938, 27.2388981], bd09: [111.4742271, 27.2451662] },
  { name: '那曲', wgs84: [92.0499619, 31.4784436], gcj02: [92.0512438, 31.4762063], bd09: [92.0576832, 31.4824421] },
  { name: '西昌', wgs84: [102.2658401, 27.8850446], gcj02: [102.2673386, 27.8816151], bd09: [102.2738428, 27.8876621] },
  { name: '沈阳', wgs84: [123.4253306, 41.8032629], gcj02: [123.4314787, 41.8057023], bd09: [123.438095, 41.8114013] },
  { name: '酒泉', wgs84: [98.4937175, 39.7319946], gcj02: [98.4943595, 39.7328234], bd09: [98.5008441, 39.7388949] },
  { name: '钦州', wgs84: [108.6503952, 21.9828281], gcj02: [108.6541485, 21.9799392], bd09: [108.6607283, 21.9856319] },
  {
    name: '锡林浩特',
    wgs84: [116.0414035, 43.9312805],
    gcj02: [116.0482308, 43.9334573],
    bd09: [116.0546232, 43.9397782],
  },
];

/**
 * WGS84/GCJ-02 pairs at full precision from eviltransform's test suite
 * (github.com/googollee/eviltransform, go/transform_test.go, MIT), [lon, lat].
 */
const EVILTRANSFORM_PAIRS: { name: string; wgs84: [number, number]; gcj02: [number, number] }[] = [
  { name: 'Shanghai', wgs84: [121.5272106, 31.1774276], gcj02: [121.531541859215, 31.17530398364597] },
  { name: 'Shenzhen', wgs84: [113.912316, 22.543847], gcj02: [113.9171764808363, 22.540796131694766] },
  { name: 'Beijing', wgs84: [116.377817, 39.911954], gcj02: [116.38404722455657, 39.91334545536069] },
];

describe('parseCoordSystem', () => {
  it.each([
    ['WGS84', 'wgs84'],
    ['WGS-84', 'wgs84'],
    ['wgs_84', 'wgs84'],
    ['EPSG:4326', 'wgs84'],
    ['epsg4326', 'wgs84'],
    ['CGCS2000', 'cgcs2000'],
    ['EPSG:4490', 'cgcs2000'],
    ['GCJ-02', 'gcj02'],
    ['gcj02', 'gcj02'],
    ['AMap', 'gcj02'],
    ['BD-09', 'bd09'],
    ['bd09ll', 'bd09'],
    ['Baidu', 'bd09'],
    ['  gcj-02 ', 'gcj02'],
  ])('%s -> %s', (input, expected) => {
    expect(parseCoordSystem(input)).toBe(expected);
  });

  it.each(['', 'EPSG:3857', 'EPSG:4549', 'bd09mc', 'utm', 'toString', 'constructor'])('rejects %j', (input) => {
    expect(parseCoordSystem(input)).toBeUndefined();
  });
});

describe('toWgs84', () => {
  it('leaves WGS84 and CGCS2000 unchanged', () => {
    expect(toWgs84('wgs84', 116.39, 39.9)).toEqual([116.39, 39.9]);
    expect(toWgs84('cgcs2000', 116.39, 39.9)).toEqual([116.39, 39.9]);
  });

  it('round-trips WGS84 -> GCJ-02 -> WGS84 within 0.01 m over a grid across China', () => {
    let worst = 0;
    for (let lon = 73.5; lon <= 135; lon += 0.5) {
      for (let lat = 18; lat <= 53.5; lat += 0.5) {
        const [gLon, gLat] = wgs84ToGcj02(lon, lat);
        const [wLon, wLat] = toWgs84('gcj02', gLon, gLat);
        worst = Math.max(worst, haversineM(lon, lat, wLon, wLat));
      }
    }
    // Measured: ~1e-4 m.
    expect(worst).toBeLessThan(0.01);
  });

  it('round-trips WGS84 -> BD-09 -> WGS84 within 0.01 m over a grid across China', () => {
    let worst = 0;
    for (let lon = 73.5; lon <= 135; lon += 0.75) {
      for (let lat = 18; lat <= 53.5; lat += 0.75) {
        const [gLon, gLat] = wgs84ToGcj02(lon, lat);
        const [bLon, bLat] = gcj02ToBd09(gLon, gLat);
        const [wLon, wLat] = toWgs84('bd09', bLon, bLat);
        worst = Math.max(worst, haversineM(lon, lat, wLon, wLat));
      }
    }
    expect(worst).toBeLessThan(0.01);
  });

  it('does far better than the one-step inverse, which is off by metres', () => {
    // Why the iteration exists: g - offset(g) misses by up to ~5 m somewhere in China.
    let worstOneStep = 0;
    for (let lon = 75; lon <= 135; lon += 1) {
      for (let lat = 20; lat <= 53; lat += 1) {
        const [gLon, gLat] = wgs84ToGcj02(lon, lat);
        const [oLon, oLat] = wgs84ToGcj02(gLon, gLat);
        worstOneStep = Math.max(worstOneStep, haversineM(lon, lat, 2 * gLon - oLon, 2 * gLat - oLat));
      }
    }
    expect(worstOneStep).toBeGreaterThan(1);
  });

  it.each(EVILTRANSFORM_PAIRS)('matches eviltransform pair $name (forward exact, inverse within 1 cm)', (p) => {
    const [gLon, gLat] = wgs84ToGcj02(...p.wgs84);
    expect(haversineM(gLon, gLat, ...p.gcj02)).toBeLessThan(0.001);
    const [wLon, wLat] = toWgs84('gcj02', ...p.gcj02);
    expect(haversineM(wLon, wLat, ...p.wgs84)).toBeLessThan(0.01);
  });

  it.each(GCOORD_CITIES)('matches gcoord city pair $name within 1 m', (c) => {
    const [wLon, wLat] = toWgs84('gcj02', ...c.gcj02);
    expect(haversineM(wLon, wLat, ...c.wgs84)).toBeLessThan(1);
    const [gLon, gLat] = bd09ToGcj02(...c.bd09);
    expect(haversineM(gLon, gLat, ...c.gcj02)).toBeLessThan(0.05);
    const [bLon, bLat] = gcj02ToBd09(...c.gcj02);
    expect(haversineM(bLon, bLat, ...c.bd09)).toBeLessThan(0.05);
    const [w2Lon, w2Lat] = toWgs84('bd09', ...c.bd09);
    expect(haversineM(w2Lon, w2Lat, ...c.wgs84)).toBeLessThan(1);
  });

  it("matches gcoord's README and unit-test values", () => {
    // README: WGS84 [116.403988, 39.914266] -> BD-09 [116.41661560068297, 39.92196580126834].
    const [wLon, wLat] = toWgs84('bd09', 116.41661560068297, 39.92196580126834);
    expect(haversineM(wLon, wLat, 116.403988, 39.914266)).toBeLessThan(0.01);
    // README/test: GCJ-02 [123, 45] -> WGS84 [122.99395597, 44.99804071] (gcoord stops its own
    // iteration at a 1e-6 degree residual, so it is ~2 cm from the exact inverse).
    const [w2Lon, w2Lat] = toWgs84('gcj02', 123, 45);
    expect(haversineM(w2Lon, w2Lat, 122.99395597, 44.99804071)).toBeLessThan(0.05);
    // test: GCJ-02 [123, 45] -> BD-09 [123.00636499, 45.00636899].
    const [bLon, bLat] = gcj02ToBd09(123, 45);
    expect(haversineM(bLon, bLat, 123.00636499, 45.00636899)).toBeLessThan(0.01);
  });

  it('leaves points outside China unchanged (GCJ-02 and the GCJ-02 stage of BD-09)', () => {
    for (const [lon, lat] of [
      [2.3522, 48.8566], // Paris
      [-74.006, 40.7128], // New York
      [151.2093, -33.8688], // Sydney
      [183, 45],
    ] as const) {
      expect(toWgs84('gcj02', lon, lat)).toEqual([lon, lat]);
      expect(wgs84ToGcj02(lon, lat)).toEqual([lon, lat]);
      expect(gcj02ToWgs84(lon, lat)).toEqual([lon, lat]);
    }
    // BD-09 still removes Baidu's own shift outside China: only the GCJ-02 stage is skipped.
    const [gLon, gLat] = bd09ToGcj02(2.3522 + 0.0065, 48.8566 + 0.006);
    expect(toWgs84('bd09', 2.3522 + 0.0065, 48.8566 + 0.006)).toEqual([gLon, gLat]);
  });

  it('passes NaN (missing coordinates) through without throwing', () => {
    const [lon, lat] = toWgs84('gcj02', Number.NaN, 30);
    expect(lon).toBeNaN();
    expect(lat).toBe(30);
  });
});

describe('convertColumnsToWgs84', () => {
  it('agrees with toWgs84 point by point and skips missing rows', () => {
    const pts: [number, number][] = [
      ...GCOORD_CITIES.map((c) => c.gcj02),
      [Number.NaN, 30],
      [120, Number.NaN],
      [2.35, 48.85],
    ];
    for (const system of ['gcj02', 'bd09', 'wgs84', 'cgcs2000'] as const) {
      const lon = Float64Array.from(pts, (p) => p[0]);
      const lat = Float64Array.from(pts, (p) => p[1]);
      convertColumnsToWgs84(system, lon, lat);
      pts.forEach(([x, y], i) => {
        if (!Number.isFinite(x) || !Number.isFinite(y)) {
          expect(Object.is(lon[i], x) && Object.is(lat[i], y)).toBe(true);
          return;
        }
        expect([lon[i], lat[i]]).toEqual(toWgs84(system, x, y));
      });
    }
  });

  it('rejects columns of different lengths', () => {
    expect(() => convertColumnsToWgs84('gcj02', new Float64Array(2), new Float64Array(3))).toThrow(RangeError);
  });
});
