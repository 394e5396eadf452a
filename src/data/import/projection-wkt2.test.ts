/**
 * WKT2 .prj files (PROJCRS / GEOGCRS / BOUNDCRS, as newer GDAL and QGIS write them): read by their
 * top-level EPSG id, else by their parameters. Positions are checked against an independent
 * Transverse Mercator series.
 */
import { describe, expect, it } from 'vitest';
import { projectionFromCrsId, projectionFromPrj, type Projection } from './projection.ts';
import { GRS80, IAG75, KRASOVSKY, metres, tmForward, type Ellipsoid } from './test-support/geodesy.ts';
import { bj54cm114WithTowgs, PRJ } from './test-support/prj.ts';
import { wkt2BoundBj54, wkt2BoundBj54With, wkt2Cgcs2000, wkt2Tm, wkt2Wgs84 } from './test-support/prj-grids.ts';

function ok(p: Projection | { error: unknown } | undefined): Projection {
  if (!p || 'error' in p) throw new Error(`expected a projection, got ${JSON.stringify(p)}`);
  return p;
}

function worst(p: Projection, ell: Ellipsoid, cm: number, x0: number, pts: [number, number][]): number {
  return Math.max(...pts.map((t) => metres(p.toWgs84(...tmForward(t[0], t[1], cm, ell, 1, x0)), t)));
}

const NEAR_120: [number, number][] = [
  [120, 30],
  [121.3, 29.1],
  [118.7, 31.8],
  [119.5, 40.2],
];

describe('projectionFromPrj: WKT2 projected systems', () => {
  it('PROJCRS with ID["EPSG",4549] at the top level uses the code', () => {
    const p = ok(
      projectionFromPrj(wkt2Tm('CGCS2000 / 3-degree Gauss-Kruger CM 120E', 'cgcs2000', 120, 500000, { id: 4549 })),
    );
    expect(p.id).toBe('EPSG:4549');
    expect(p.label).toBe('CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549)');
    expect(worst(p, GRS80, 120, 500000, NEAR_120)).toBeLessThan(1);
  });

  it('PROJCRS without an ID is read from its parameters and named by its grid', () => {
    const p = ok(projectionFromPrj(wkt2Tm('CGCS2000 / 3-degree Gauss-Kruger zone 40', 'cgcs2000', 120, 40500000)));
    expect(p.id).toBe('EPSG:4528');
    expect(worst(p, GRS80, 120, 40500000, NEAR_120)).toBeLessThan(1);
    const six = ok(projectionFromPrj(wkt2Tm('CGCS2000 / Gauss-Kruger CM 117E', 'cgcs2000', 117, 500000)));
    expect(six.id).toBe('EPSG:4509');
    const xa = ok(projectionFromPrj(wkt2Tm('Xian 1980 / 3-degree Gauss-Kruger CM 120E', 'xian1980', 120, 500000)));
    expect([xa.id, !!xa.warning]).toEqual(['EPSG:2385', true]);
    expect(worst(xa, IAG75, 120, 500000, NEAR_120)).toBeLessThan(1);
    const nb = ok(projectionFromPrj(wkt2Tm('New Beijing / Gauss-Kruger CM 123E', 'newbeijing', 123, 500000)));
    expect(nb.id).toBe('EPSG:4587');
  });

  it('an ID this import does not know falls back to the parameters', () => {
    const p = ok(projectionFromPrj(wkt2Tm('My grid', 'cgcs2000', 120.5, 500000, { id: 999999 })));
    expect(p.id.startsWith('WKT:')).toBe(true);
    expect(worst(p, GRS80, 120.5, 500000, NEAR_120)).toBeLessThan(1);
    // The id round-trips: the WKT2 is read again from the stored id.
    expect(metres(ok(projectionFromCrsId(p.id)).toWgs84(512345, 3320000), p.toWgs84(512345, 3320000))).toBeLessThan(
      0.001,
    );
  });

  it('a length unit other than the metre and an unknown method are refused, naming them', () => {
    const ft = projectionFromPrj(
      wkt2Tm('Feet grid', 'cgcs2000', 120, 500000, { unit: 'LENGTHUNIT["US survey foot",0.304800609601219]' }),
    );
    expect('error' in ft && ft.error.en).toMatch(/US survey foot/);
    const laea = projectionFromPrj(
      wkt2Tm('Equal area', 'cgcs2000', 120, 500000, { method: 'Lambert Azimuthal Equal Area' }),
    );
    expect('error' in laea && laea.error.en).toMatch(/Lambert Azimuthal Equal Area/);
    expect('error' in laea && laea.error.zh).toMatch(/Lambert Azimuthal Equal Area/);
  });

  it('Pseudo-Mercator by its method, without an ID', () => {
    const wkt = wkt2Tm('WGS 84 / Pseudo-Mercator', 'cgcs2000', 0, 0, {
      method: 'Popular Visualisation Pseudo Mercator',
    });
    expect(ok(projectionFromPrj(wkt)).id).toBe('EPSG:3857');
  });

  it('BOUNDCRS: the source system with the transformation to WGS 84 as its datum shift', () => {
    const bound = ok(projectionFromPrj(wkt2BoundBj54));
    const wkt1 = ok(projectionFromPrj(PRJ.bj54cm114Towgs)); // the same shift, as TOWGS84
    expect(bound.warning).toBeUndefined();
    const [x, y] = tmForward(114.3, 30.6, 114, KRASOVSKY);
    expect(metres(bound.toWgs84(x, y), wkt1.toWgs84(x, y))).toBeLessThan(0.001);
  });

  it('BOUNDCRS by Coordinate Frame, with rotations and a scale: TOWGS84 (Position Vector) has the rotations negated, the scale in ppm', () => {
    const bound = ok(
      projectionFromPrj(
        wkt2BoundBj54With(
          'Coordinate Frame rotation (geog2D domain)',
          9607,
          [15.8, -154.4, -82.3, 1.2, -0.8, 2.6, 1.0000048],
        ),
      ),
    );
    // Negated by hand: Coordinate Frame's rotations are Position Vector's with the opposite sign; 1.0000048 is 4.8 ppm.
    const towgs84 = [15.8, -154.4, -82.3, -1.2, 0.8, -2.6, 4.8];
    const [x, y] = tmForward(114.3, 30.6, 114, KRASOVSKY);
    const at = (t: number[]) => ok(projectionFromPrj(bj54cm114WithTowgs(t))).toWgs84(x, y);
    expect(bound.warning).toBeUndefined();
    expect(metres(bound.toWgs84(x, y), at(towgs84))).toBeLessThan(0.001);
    // What a sign or scale slip would give is far enough off to be seen: rotations unnegated ~180 m, no scale ~9 cm.
    expect(metres(at([15.8, -154.4, -82.3, 1.2, -0.8, 2.6, 4.8]), at(towgs84))).toBeGreaterThan(100);
    expect(metres(at([...towgs84.slice(0, 6), 0]), at(towgs84))).toBeGreaterThan(0.05);
  });
});

describe('projectionFromPrj: WKT2 geographic systems', () => {
  it.each([
    ['CGCS2000 with ID', wkt2Cgcs2000(), 'cgcs2000'],
    ['CGCS2000 without ID', wkt2Cgcs2000(false), 'cgcs2000'],
    ['WGS 84 ensemble with ID', wkt2Wgs84(), 'wgs84'],
    ['WGS 84 ensemble without ID', wkt2Wgs84(false), 'wgs84'],
  ])('%s', (_, wkt, id) => {
    const p = ok(projectionFromPrj(wkt));
    expect([p.id, p.geographic]).toEqual([id, true]);
    expect(p.toWgs84(121.5, 29.9)).toEqual([121.5, 29.9]);
  });

  it('a geocentric GEODCRS is refused', () => {
    const geoc =
      'GEODCRS["WGS 84",DATUM["World Geodetic System 1984",ELLIPSOID["WGS 84",6378137,298.257223563]],CS[Cartesian,3],AXIS["(X)",geocentricX],AXIS["(Y)",geocentricY],AXIS["(Z)",geocentricZ],LENGTHUNIT["metre",1]]';
    const r = projectionFromPrj(geoc);
    expect('error' in r && r.error.en).toMatch(/GEODCRS/);
  });
});
