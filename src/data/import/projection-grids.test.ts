/**
 * Every Chinese Gauss-Kruger grid by EPSG code, and ESRI .prj names for them. The code blocks are
 * from the EPSG registry (written out here, not taken from the code under test); each code's central
 * meridian, false easting and ellipsoid are checked by converting points projected with an
 * independent Transverse Mercator series.
 */
import { describe, expect, it } from 'vitest';
import { projectionFromEpsg, projectionFromPrj, type Projection } from './projection.ts';
import { GRS80, IAG75, KRASOVSKY, metres, tmForward, type Ellipsoid } from './test-support/geodesy.ts';
import { esriGk, type TestDatum } from './test-support/prj-grids.ts';

function ok(p: Projection | { error: unknown } | undefined): Projection {
  if (!p || 'error' in p) throw new Error(`expected a projection, got ${JSON.stringify(p)}`);
  return p;
}

interface Grid {
  code: number;
  datum: TestDatum;
  threeDeg: boolean;
  prefixed: boolean;
  zone: number;
  cm: number;
}

/** A run of consecutive codes: zone (or CM index) `from` onwards. */
function run(first: number, count: number, datum: TestDatum, threeDeg: boolean, prefixed: boolean, from = 0): Grid[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return {
      code: first + k,
      datum,
      threeDeg,
      prefixed,
      zone: (threeDeg ? 25 : 13) + i,
      cm: 75 + (threeDeg ? 3 : 6) * i,
    };
  });
}

/** EPSG's Chinese Gauss-Kruger grids: zones 13-23 (6-degree) and 25-45 (3-degree), CM 75E-135E. */
const GRIDS: Grid[] = [
  ...run(4491, 11, 'cgcs2000', false, true),
  ...run(4502, 11, 'cgcs2000', false, false),
  ...run(4513, 21, 'cgcs2000', true, true),
  ...run(4534, 21, 'cgcs2000', true, false),
  ...run(2327, 11, 'xian1980', false, true),
  ...run(2338, 11, 'xian1980', false, false),
  ...run(2349, 21, 'xian1980', true, true),
  ...run(2370, 21, 'xian1980', true, false),
  ...run(21413, 11, 'beijing1954', false, true),
  ...run(21453, 11, 'beijing1954', false, false),
  ...run(21473, 11, 'beijing1954', false, false), // deprecated "Gauss-Kruger 13N".."23N": CM 75E-135E
  ...run(2401, 21, 'beijing1954', true, true),
  ...run(2422, 21, 'beijing1954', true, false),
  ...run(4568, 11, 'newbeijing', false, true),
  ...run(4579, 11, 'newbeijing', false, false),
  ...run(4652, 5, 'newbeijing', true, true),
  ...run(4766, 16, 'newbeijing', true, true, 5),
  ...run(4782, 19, 'newbeijing', true, false),
  ...run(4812, 1, 'newbeijing', true, false, 19),
  ...run(4822, 1, 'newbeijing', true, false, 20),
];
const ELLIPSOID: Record<TestDatum, Ellipsoid> = {
  cgcs2000: GRS80,
  xian1980: IAG75,
  beijing1954: KRASOVSKY,
  newbeijing: KRASOVSKY,
};
const LABEL: Record<TestDatum, string> = {
  cgcs2000: 'CGCS2000',
  xian1980: 'Xian 1980',
  beijing1954: 'Beijing 1954',
  newbeijing: 'New Beijing',
};
const x0 = (g: Grid) => (g.prefixed ? g.zone * 1e6 + 5e5 : 5e5);

describe('projectionFromEpsg: every Chinese Gauss-Kruger grid', () => {
  it('the table covers 64 codes per datum (75 for Beijing 1954 with its deprecated block)', () => {
    const count = (d: TestDatum) => GRIDS.filter((g) => g.datum === d).length;
    expect([count('cgcs2000'), count('xian1980'), count('beijing1954'), count('newbeijing')]).toEqual([64, 64, 75, 64]);
  });

  it.each(GRIDS.map((g) => [g.code, g] as const))('EPSG:%i', (code, g) => {
    const p = ok(projectionFromEpsg(code));
    expect(p.id).toBe(`EPSG:${code}`);
    const width = g.threeDeg ? '3-degree' : '6-degree';
    expect(p.label).toBe(
      `${LABEL[g.datum]} / ${width} Gauss-Kruger ${g.prefixed ? `zone ${g.zone}` : `CM ${g.cm}E`} (EPSG:${code})`,
    );
    // Central meridian and false easting: (x0, 0) is (cm, 0).
    const [lon, lat] = p.toWgs84(x0(g), 0);
    expect(lon).toBeCloseTo(g.cm, 9);
    expect(lat).toBeCloseTo(0, 9);
    // Ellipsoid and k = 1: a point 1.2 degrees off the meridian at 35N comes back within 1 m (on the
    // wrong ellipsoid it would be off by 3 m (IAG 1975 vs GRS80) to over 100 m (Krassowsky)).
    const truth: [number, number] = [g.cm + 1.2, 35];
    expect(metres(p.toWgs84(...tmForward(truth[0], truth[1], g.cm, ELLIPSOID[g.datum], 1, x0(g))), truth)).toBeLessThan(
      1,
    );
    // The legacy datums carry the datum-shift warning, as before; CGCS2000 none.
    expect(!!p.warning).toBe(g.datum !== 'cgcs2000');
  });

  it('New Beijing lon/lat (EPSG:4555) is known, with the datum warning', () => {
    const p = ok(projectionFromEpsg(4555));
    expect([p.label, p.geographic, !!p.warning]).toEqual(['New Beijing (EPSG:4555)', true, true]);
  });

  it('codes next to the blocks are still refused', () => {
    for (const code of [
      4490.5, 4590, 4657, 4765, 4801, 4811, 4813, 4823, 21424, 21464, 21484, 2326, 2391, 2400, 2443,
    ]) {
      expect(projectionFromEpsg(code)).toBeUndefined();
    }
  });
});

describe('projectionFromPrj: ESRI names tell 6-degree from 3-degree grids', () => {
  // A 6-degree grid's central meridian (75, 81 ... 135) is always also a 3-degree one: only the
  // name tells them apart. ESRI: "..._GK_CM_75E" / "..._GK_Zone_13" are 6-degree, "..._3_Degree_GK_..." 3-degree.
  const SIX_CM: [TestDatum, string, number][] = [
    ['cgcs2000', 'CGCS2000_GK_CM_', 4502],
    ['xian1980', 'Xian_1980_GK_CM_', 2338],
    ['beijing1954', 'Beijing_1954_GK_CM_', 21453],
    ['newbeijing', 'New_Beijing_Gauss_Kruger_CM_', 4579],
  ];
  const cases = SIX_CM.flatMap(([datum, prefix, first]) =>
    Array.from({ length: 11 }, (_, i) => [`${prefix}${75 + 6 * i}E`, datum, 75 + 6 * i, first + i] as const),
  );

  it.each(cases)('%s (%s, CM %i) is 6-degree EPSG:%i', (name, datum, cm, code) => {
    const p = ok(projectionFromPrj(esriGk(name, datum, cm, 500000)));
    expect(p.id).toBe(`EPSG:${code}`);
    expect(p.label).toBe(`${LABEL[datum]} / 6-degree Gauss-Kruger CM ${cm}E (EPSG:${code})`);
  });

  it.each([
    ['Beijing_1954_GK_Zone_13N', 'beijing1954', 75, 500000, 21453], // ESRI's name for the CM 75E grid
    ['Beijing_1954_GK_Zone_23N', 'beijing1954', 135, 500000, 21463],
    ['CGCS2000_GK_Zone_13', 'cgcs2000', 75, 13500000, 4491],
    ['Xian_1980_GK_Zone_19', 'xian1980', 111, 19500000, 2333],
    ['New_Beijing_Gauss_Kruger_Zone_20', 'newbeijing', 117, 20500000, 4575],
    ['CGCS2000_3_Degree_GK_CM_75E', 'cgcs2000', 75, 500000, 4534],
    ['CGCS2000_3_Degree_GK_Zone_25', 'cgcs2000', 75, 25500000, 4513],
    ['Xian_1980_3_Degree_GK_CM_117E', 'xian1980', 117, 500000, 2384],
    ['Beijing_1954_3_Degree_GK_CM_81E', 'beijing1954', 81, 500000, 2424],
    ['New_Beijing_3_Degree_Gauss_Kruger_CM_120E', 'newbeijing', 120, 500000, 4797],
    ['New_Beijing_3_Degree_Gauss_Kruger_Zone_30', 'newbeijing', 90, 30500000, 4766],
    ['New_Beijing_3_Degree_Gauss_Kruger_CM_135E', 'newbeijing', 135, 500000, 4822],
    // OGC names (no AUTHORITY): "Gauss-Kruger" without "3-degree" is 6-degree as well.
    ['CGCS2000 / Gauss-Kruger CM 75E', 'cgcs2000', 75, 500000, 4502],
    ['CGCS2000 / 3-degree Gauss-Kruger CM 75E', 'cgcs2000', 75, 500000, 4534],
    // A name that says nothing of the width: the central meridian decides, as before.
    ['Custom_TM', 'cgcs2000', 120, 500000, 4549],
  ] as const)('%s (%s, CM %iE, false easting %i) -> EPSG:%i', (name, datum, cm, fe, code) => {
    expect(ok(projectionFromPrj(esriGk(name, datum, cm, fe))).id).toBe(`EPSG:${code}`);
  });
});
