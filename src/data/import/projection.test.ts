import { describe, expect, it } from 'vitest';
import {
  CGCS2000_GK_OPTIONS,
  guessProjectedCrs,
  projectionFromCrsId,
  projectionFromEpsg,
  projectionFromPrj,
  type Projection,
} from './projection.ts';
import {
  GRS80,
  IAG75,
  KRASOVSKY,
  metres,
  tmForward,
  webMercatorForward,
  type Ellipsoid,
} from './test-support/geodesy.ts';
import { PRJ } from './test-support/prj.ts';

function ok(p: Projection | { error: unknown } | undefined): Projection {
  if (!p || 'error' in p) throw new Error(`expected a projection, got ${JSON.stringify(p)}`);
  return p;
}

/** Truth lon/lat -> independent TM forward -> toWgs84 must come back within `tol` metres. */
function roundTrip(p: Projection, ell: Ellipsoid, cm: number, x0: number, pts: [number, number][], tol = 1): number {
  let worst = 0;
  for (const t of pts) {
    const [x, y] = tmForward(t[0], t[1], cm, ell, 1, x0);
    const back = p.toWgs84(x, y);
    worst = Math.max(worst, metres(back, t));
  }
  expect(worst).toBeLessThan(tol);
  return worst;
}

const ZONE40: [number, number][] = [
  [120, 30],
  [121.45, 29.1],
  [118.55, 31.8],
  [119.3, 23.0],
  [121.2, 40.9],
];

describe('independent Gauss-Kruger series', () => {
  it("reproduces Snyder's published worked example (Clarke 1866, UTM, PP 1395 p. 269)", () => {
    const [x, y] = tmForward(-73.5, 40.5, -75, { a: 6378206.4, rf: NaN }, 0.9996, 0, 0, 0.00676866);
    expect(x).toBeCloseTo(127106.5, 0);
    expect(y).toBeCloseTo(4484124.4, 0);
  });
});

describe('projectionFromEpsg', () => {
  it.each([
    [4326, 'wgs84'],
    ['EPSG:4326', 'wgs84'],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 'wgs84'],
    ['EPSG:4490', 'cgcs2000'],
    ['urn:ogc:def:crs:EPSG::4549', 'EPSG:4549'],
    ['http://www.opengis.net/def/crs/EPSG/0/4528', 'EPSG:4528'],
    [3857, 'EPSG:3857'],
    [900913, 'EPSG:3857'],
    ['EPSG:2435', 'EPSG:2435'],
  ])('%s -> %s', (code, id) => {
    expect(ok(projectionFromEpsg(code)).id).toBe(id);
  });

  it('rejects codes it does not know instead of guessing', () => {
    expect(projectionFromEpsg(4590)).toBeUndefined();
    expect(projectionFromEpsg(4490.5)).toBeUndefined();
    expect(projectionFromEpsg('EPSG:abc')).toBeUndefined();
    expect(projectionFromEpsg(12345)).toBeUndefined();
  });

  it('labels in the documented form', () => {
    expect(ok(projectionFromEpsg(4549)).label).toBe('CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549)');
    expect(ok(projectionFromEpsg(4528)).label).toBe('CGCS2000 / 3-degree Gauss-Kruger zone 40 (EPSG:4528)');
    expect(ok(projectionFromEpsg(4497)).label).toBe('CGCS2000 / 6-degree Gauss-Kruger zone 19 (EPSG:4497)');
  });

  it.each([
    [4491, 75, 13e6 + 5e5],
    [4501, 135, 23e6 + 5e5],
    [4502, 75, 5e5],
    [4512, 135, 5e5],
    [4513, 75, 25e6 + 5e5],
    [4528, 120, 40e6 + 5e5],
    [4533, 135, 45e6 + 5e5],
    [4534, 75, 5e5],
    [4549, 120, 5e5],
    [4554, 135, 5e5],
    [2401, 75, 25e6 + 5e5],
    [2435, 114, 5e5],
    [2442, 135, 5e5],
    [2349, 75, 25e6 + 5e5],
    [2390, 135, 5e5],
    [21413, 75, 13e6 + 5e5],
    [21463, 135, 5e5],
  ])('EPSG:%i has CM %i and false easting %i', (code, cm, x0) => {
    const p = ok(projectionFromEpsg(code));
    const [lon, lat] = p.toWgs84(x0, 0);
    expect(lon).toBeCloseTo(cm, 9);
    expect(lat).toBeCloseTo(0, 9);
  });

  it('CGCS2000 zone 40 and CM 120E bring independently projected points back within 1 m', () => {
    roundTrip(ok(projectionFromEpsg(4528)), GRS80, 120, 40500000, ZONE40);
    roundTrip(ok(projectionFromEpsg(4549)), GRS80, 120, 500000, ZONE40);
    roundTrip(ok(projectionFromEpsg(4497)), GRS80, 111, 19500000, [
      [108.1, 25],
      [113.9, 35],
      [111, 45],
    ]);
  });

  it('Beijing 1954 grids carry the datum warning; CGCS2000 ones do not', () => {
    expect(ok(projectionFromEpsg(2435)).warning?.en).toMatch(/100 m/);
    expect(ok(projectionFromEpsg(2435)).warning?.zh).toMatch(/100 米/);
    expect(ok(projectionFromEpsg(4549)).warning).toBeUndefined();
  });
});

describe('projectionFromPrj', () => {
  it('geographic CGCS2000 and WGS84 (also with AXIS lines) are identity', () => {
    const c = ok(projectionFromPrj(PRJ.cgcs2000));
    expect([c.id, c.geographic]).toEqual(['cgcs2000', true]);
    expect(c.toWgs84(121.5, 29.9)).toEqual([121.5, 29.9]);
    const axis =
      'GEOGCS["GCS_WGS_1984", \n DATUM["D_WGS_1984", SPHEROID["WGS_1984", 6378137.0, 298.257223563]], PRIMEM["Greenwich", 0.0],\n UNIT["degree", 0.017453292519943295], AXIS["Lon", EAST], AXIS["Lat", NORTH]]';
    expect(ok(projectionFromPrj(axis)).id).toBe('wgs84');
    expect(ok(projectionFromPrj(PRJ.wgs84)).toWgs84(1, 2)).toEqual([1, 2]);
  });

  it.each([
    ['zone40', 'EPSG:4528', 120, 40500000],
    ['cm120', 'EPSG:4549', 120, 500000],
    ['zone40NoPrefix', 'EPSG:4549', 120, 500000],
    ['zone6_20', 'EPSG:4498', 117, 20500000],
    ['cm6_117', 'EPSG:4509', 117, 500000],
  ] as const)('%s -> %s, points within 1 m', (key, id, cm, x0) => {
    const p = ok(projectionFromPrj(PRJ[key]));
    expect(p.id).toBe(id);
    expect(p.warning).toBeUndefined();
    const pts: [number, number][] =
      cm === 117
        ? [
            [117, 30],
            [114.2, 25],
            [119.8, 40],
          ]
        : ZONE40;
    roundTrip(p, GRS80, cm, x0, pts);
  });

  it('6-degree zone 20 is labelled 6-degree, not the 3-degree CM 117E grid with the same numbers', () => {
    expect(ok(projectionFromPrj(PRJ.cm6_117)).label).toBe('CGCS2000 / 6-degree Gauss-Kruger CM 117E (EPSG:4509)');
  });

  it('Beijing 1954 and Xian 1980 without TOWGS84: projected on their ellipsoid, with a warning', () => {
    const bj = ok(projectionFromPrj(PRJ.bj54cm114));
    expect(bj.id).toBe('EPSG:2435');
    expect(bj.warning?.en).toMatch(/datum shift/);
    roundTrip(bj, KRASOVSKY, 114, 500000, [
      [114, 30],
      [115.4, 22.5],
      [112.6, 41],
    ]);
    const xa = ok(projectionFromPrj(PRJ.xian80cm120));
    expect(xa.id).toBe('EPSG:2385');
    expect(xa.label).toBe('Xian 1980 / 3-degree Gauss-Kruger CM 120E (EPSG:2385)');
    expect(xa.warning).toBeDefined();
    roundTrip(xa, IAG75, 120, 500000, ZONE40);
    expect(ok(projectionFromPrj(PRJ.xian80zone40)).id).toBe('EPSG:2364');
  });

  it('Beijing 1954 with TOWGS84 applies the shift (about 50 m here) and gives no warning', () => {
    const plain = ok(projectionFromPrj(PRJ.bj54cm114));
    const shifted = ok(projectionFromPrj(PRJ.bj54cm114Towgs));
    expect(shifted.warning).toBeUndefined();
    expect(shifted.id.startsWith('WKT:')).toBe(true);
    const [x, y] = tmForward(114.3, 30.6, 114, KRASOVSKY);
    const d = metres(plain.toWgs84(x, y), shifted.toWgs84(x, y));
    expect(d).toBeGreaterThan(30);
    expect(d).toBeLessThan(300);
    // The id round-trips: the WKT is re-read with its shift.
    const again = ok(projectionFromCrsId(shifted.id));
    expect(metres(again.toWgs84(x, y), shifted.toWgs84(x, y))).toBeLessThan(0.001);
  });

  it('Web Mercator (auxiliary sphere) matches the spherical formula', () => {
    const p = ok(projectionFromPrj(PRJ.webMercator));
    expect(p.id).toBe('EPSG:3857');
    for (const t of [
      [121.5, 29.9],
      [87.6, 43.8],
      [110.3, 20.0],
    ] as [number, number][]) {
      const [x, y] = webMercatorForward(t[0], t[1]);
      expect(metres(p.toWgs84(x, y), t)).toBeLessThan(0.01);
    }
  });

  it('refuses what it cannot convert, naming it', () => {
    const rob = projectionFromPrj(PRJ.robinson);
    expect('error' in rob && rob.error.en).toMatch(/Robinson/);
    expect('error' in rob && rob.error.zh).toMatch(/Robinson/);
    const ft = projectionFromPrj(PRJ.cm120Feet);
    expect('error' in ft && ft.error.en).toMatch(/Foot_US/);
    const junk = projectionFromPrj('hello world');
    expect('error' in junk && junk.error.en).toMatch(/not a valid WKT/);
    const geoc = projectionFromPrj(
      'GEOCCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["metre",1]]',
    );
    expect('error' in geoc && geoc.error.en).toMatch(/GEOCCS/);
    expect(projectionFromPrj('PROJCS["x",GEOGCS["y"')).toHaveProperty('error');
  });

  it('an OGC WKT with an EPSG authority uses the code', () => {
    const wkt =
      'PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 120E",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",120],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1],AUTHORITY["EPSG","4549"]]';
    expect(ok(projectionFromPrj(wkt)).id).toBe('EPSG:4549');
  });
});

describe('guessProjectedCrs', () => {
  const e = (lon: number, lat: number, cm = 120, x0 = 500000) => tmForward(lon, lat, cm, GRS80, 1, x0);

  it('lon/lat-sized values are not projected', () => {
    expect(guessProjectedCrs([121.1, 121.9], [29.5, 30.1])).toBeUndefined();
  });

  it('zone-prefixed eastings pick the zone (3- and 6-degree)', () => {
    const a = e(121.3, 29.8, 120, 40500000);
    const b = e(121.6, 30.1, 120, 40500000);
    const g = guessProjectedCrs([a[0], b[0]], [a[1], b[1]]);
    expect(g).toMatchObject({ crs: 'EPSG:4528', swapped: false, needsCentralMeridian: false });
    expect(g?.why.en).toMatch(/zone number 40/);
    const s = e(118, 35, 117, 20500000);
    expect(guessProjectedCrs([s[0]], [s[1]])?.crs).toBe('EPSG:4498');
  });

  it('eastings without prefix: CM nearest the hint, or a request to pick it', () => {
    const a = e(118.7, 29.8, 117);
    const b = e(118.9, 30.1, 117);
    // Data at ~118.8E stored in the CM 117E grid: a hint of 118.8 must pick CM 117 (4548), not 120.
    expect(guessProjectedCrs([a[0], b[0]], [a[1], b[1]], 118.8)?.crs).toBe('EPSG:4548');
    const c = e(121.5, 29.9);
    expect(guessProjectedCrs([c[0]], [c[1]], 121.5)?.crs).toBe('EPSG:4549');
    const none = guessProjectedCrs([c[0]], [c[1]]);
    expect(none?.needsCentralMeridian).toBe(true);
    expect(none?.why.en).toMatch(/central meridian/);
  });

  it('detects northing-first storage and says so', () => {
    const a = e(121.3, 29.8, 120, 40500000);
    const g = guessProjectedCrs([a[1]], [a[0]]);
    expect(g).toMatchObject({ crs: 'EPSG:4528', swapped: true });
    expect(g?.why.en).toMatch(/swapped/);
    const p = e(113.3, 23.1, 114);
    expect(guessProjectedCrs([p[1]], [p[0]], 113)).toMatchObject({ crs: 'EPSG:4547', swapped: true });
  });

  it('values that fit nothing give undefined', () => {
    expect(guessProjectedCrs([1e9], [1e9])).toBeUndefined();
    expect(guessProjectedCrs([NaN], [NaN])).toBeUndefined();
    expect(guessProjectedCrs([5e5], [9e6])).toBeUndefined();
  });
});

describe('CGCS2000_GK_OPTIONS and projectionFromCrsId', () => {
  it('lists all 64 CGCS2000 grids with working ids', () => {
    expect(CGCS2000_GK_OPTIONS).toHaveLength(64);
    expect(CGCS2000_GK_OPTIONS).toContainEqual({
      crs: 'EPSG:4549',
      label: 'CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549)',
    });
    for (const o of CGCS2000_GK_OPTIONS) expect(projectionFromCrsId(o.crs)?.label).toBe(o.label);
  });

  it('GCJ-02 ids convert through coords.ts', () => {
    const p = ok(projectionFromCrsId('gcj02'));
    const [lon, lat] = p.toWgs84(121.55, 29.87);
    expect(metres([lon, lat], [121.55, 29.87])).toBeGreaterThan(100);
    expect(projectionFromCrsId('nonsense')).toBeUndefined();
  });
});
