/**
 * point-crs.ts: which coordinate system are the enterprise points in? Points are made in WGS84
 * inside known squares, then written in the system under test with the forward formulas.
 */
import { arrayRows } from '../common/rows.ts';
import { describe, expect, it } from 'vitest';
import { gcj02ToBd09, wgs84ToGcj02 } from '../coords.ts';
import type { PolygonFeatureLike } from '../spatial-index.ts';
import { pointCrsFigures } from './point-crs.ts';
import { GRS80, tmForward } from './test-support/geodesy.ts';
import type { SourceTable } from '../common/import-types.ts';

type Box = [number, number, number, number];
const square = ([x0, y0, x1, y1]: Box): PolygonFeatureLike => ({
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  },
});

/** A small deterministic PRNG (mulberry32), so the points are the same on every run. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Three 0.1-degree towns in a row, each with a park of ~400 m at its centre; points in WGS84. */
function scene(lon0: number, lat0: number) {
  const towns: Box[] = [0, 1, 2].map((i) => [lon0 + 0.1 * i, lat0, lon0 + 0.1 * (i + 1), lat0 + 0.1]);
  const parks: Box[] = towns.map(([x0, y0]) => [x0 + 0.048, y0 + 0.048, x0 + 0.052, y0 + 0.052]);
  const rand = rng(7);
  const inside = ([x0, y0, x1, y1]: Box, margin: number): [number, number] => [
    x0 + margin + rand() * (x1 - x0 - 2 * margin),
    y0 + margin + rand() * (y1 - y0 - 2 * margin),
  ];
  const points: [number, number][] = [];
  for (let i = 0; i < 600; i++) points.push(i % 5 < 2 ? inside(parks[i % 3], 0.0002) : inside(towns[i % 3], 0.015));
  // Town points may land in a park too: count by the boxes.
  const inParks = points.filter(([x, y]) =>
    parks.some(([x0, y0, x1, y1]) => x > x0 && x < x1 && y > y0 && y < y1),
  ).length;
  return { towns: towns.map(square), parks: parks.map(square), points, inParks };
}

function table(points: [number, number][], extra: string[][] = []): SourceTable {
  const rows = [
    ['name', 'lon', 'lat'],
    ...points.map(([x, y], i) => [`企业${i}`, x.toFixed(7), y.toFixed(7)]),
    ...extra,
  ];
  return {
    file: 'e.csv',
    rows: arrayRows(rows),
    rowNumbers: Int32Array.from(rows, (_, i) => i + 1),
    header: rows[0],
    headerRow: 1,
    firstDataRow: 1,
  };
}

describe('pointCrsFigures', () => {
  const s = scene(121.4, 29.8);
  const writers: [string, (p: [number, number]) => [number, number]][] = [
    ['wgs84', (p) => p],
    ['gcj02', (p) => wgs84ToGcj02(p[0], p[1])],
    ['bd09', (p) => gcj02ToBd09(...wgs84ToGcj02(p[0], p[1]))],
  ];

  it.each(writers)(
    'points written in %s: that system comes first, with every point in its town and park',
    (crs, write) => {
      const figures = pointCrsFigures(table(s.points.map(write)), 1, 2, s.towns, s.parks);
      expect(figures[0].crs).toBe(crs);
      expect(figures[0]).toMatchObject({ sampled: s.points.length, inTowns: s.points.length, inParks: s.inParks });
      // The others are offered too, and fit the parks clearly worse.
      expect(figures.map((f) => f.crs).sort()).toEqual(['bd09', 'gcj02', 'wgs84']);
      for (const f of figures.slice(1)) expect(f.inParks).toBeLessThan(s.inParks / 2);
    },
  );

  it('skips unreadable coordinates and counts only readable ones', () => {
    const t = table(s.points.map(writers[1][1]), [
      ['坏坐标', 'abc', ''],
      ['空', '', ''],
    ]);
    const figures = pointCrsFigures(t, 1, 2, s.towns, s.parks);
    expect(figures[0].crs).toBe('gcj02');
    expect(figures[0].sampled).toBe(s.points.length);
  });

  it('Gauss-Kruger metres are tried as the projected grid only', () => {
    const g = scene(120.2, 30.1);
    const figures = pointCrsFigures(
      table(g.points.map(([lon, lat]) => tmForward(lon, lat, 120, GRS80))),
      1,
      2,
      g.towns,
      g.parks,
    );
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ crs: 'EPSG:4549', inTowns: g.points.length, inParks: g.inParks });
  });
});
