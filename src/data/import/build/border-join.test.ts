/**
 * A point exactly on the border of two towns (and two grid cells) joins to the same ones whichever
 * coordinate system it arrives in: WGS84 itself, or its exact GCJ-02 and BD-09 twins, which the
 * inverse conversions bring back only to within a few millimetres.
 */
import { describe, expect, it } from 'vitest';
import { gcj02ToBd09, wgs84ToGcj02 } from '../../coords.ts';
import { buildDatasetFromText } from './build-from-files.ts';

const square = (x0: number, y0: number, x1: number, y1: number) => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];
const fc = (features: { props: Record<string, unknown>; coords: number[][][] }[]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: f.props,
      geometry: { type: 'Polygon', coordinates: f.coords },
    })),
  });
const towns = fc([
  { props: { code: 'T1', name: '甲街道' }, coords: square(121.4, 29.8, 121.5, 29.9) },
  { props: { code: 'T2', name: '乙镇' }, coords: square(121.5, 29.8, 121.6, 29.9) },
]);
const grid = fc([
  { props: { code: 'G1', name: '甲1', town_code: 'T1' }, coords: square(121.4, 29.8, 121.5, 29.9) },
  { props: { code: 'G2', name: '乙1', town_code: 'T2' }, coords: square(121.5, 29.8, 121.6, 29.9) },
]);

/** Points on the shared edge x = 121.5, a corner included. */
const ON_BORDER: [number, number][] = [
  [121.5, 29.85],
  [121.5, 29.8123456],
  [121.5, 29.9],
];

function joined(coords: 'wgs84' | 'gcj02' | 'bd09', points: [number, number][]) {
  const header = 'credit_code,name,lon,lat,sector';
  const lines = points.map(([x, y], i) => `C${i},企业${i},${x},${y},machinery`);
  const b = buildDatasetFromText('border', {
    towns,
    grid,
    enterprises: [header, ...lines].join('\n'),
    meta: JSON.stringify({ name: '测试', as_of: '2026-06-30', coords }),
  });
  return {
    town: Array.from(b.enterprises.town),
    grid: Array.from(b.enterprises.grid),
    lon: Array.from(b.enterprises.lon),
  };
}

describe('the join of a point on a border', () => {
  const wgs = joined('wgs84', ON_BORDER);
  it('is the first area that has it, in WGS84', () => {
    expect(wgs.town).toEqual([0, 0, 0]);
    expect(wgs.grid).toEqual([0, 0, 0]);
  });

  it('is the same from the exact GCJ-02 twin', () => {
    const twin = joined(
      'gcj02',
      ON_BORDER.map(([x, y]) => wgs84ToGcj02(x, y)),
    );
    expect(twin.lon).toEqual(wgs.lon);
    expect(twin.town).toEqual(wgs.town);
    expect(twin.grid).toEqual(wgs.grid);
  });

  it('is the same from the exact BD-09 twin', () => {
    const twin = joined(
      'bd09',
      ON_BORDER.map(([x, y]) => gcj02ToBd09(...wgs84ToGcj02(x, y))),
    );
    expect(twin.lon).toEqual(wgs.lon);
    expect(twin.town).toEqual(wgs.town);
    expect(twin.grid).toEqual(wgs.grid);
  });
});
