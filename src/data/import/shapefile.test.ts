import { importError } from './test-support/import-error.ts';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { projectionFromCrsId } from './projection.ts';
import { groupShapefiles, readShapefile, reprojectLayer } from './shapefile.ts';
import type { ImportFile, SourceLayer } from '../common/import-types.ts';
import { unzipFiles } from './zip.ts';
import { encodeGbk, encodeUtf8 } from './test-support/gbk.ts';
import { GRS80, metres, tmForward } from './test-support/geodesy.ts';
import { PRJ } from './test-support/prj.ts';
import { writeDbf, writeShp, type TestShape, type XY } from './test-support/write-shapefile.ts';

const sq = (x0: number, y0: number, x1: number, y1: number, cw: boolean): XY[] =>
  cw
    ? [
        [x0, y0],
        [x0, y1],
        [x1, y1],
        [x1, y0],
        [x0, y0],
      ]
    : [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ];

/** Truth, lon/lat, Shapefile ring order: outer clockwise, hole counter-clockwise. */
const TRUTH: XY[][][] = [
  [sq(121.4, 29.8, 121.6, 29.95, true), sq(121.45, 29.85, 121.55, 29.9, false)],
  [sq(121.52, 29.96, 121.58, 30.02, true), sq(121.3, 30.05, 121.36, 30.1, true)],
];
const FIELDS = [
  { name: '名称', type: 'C' as const, length: 16 },
  { name: 'CODE', type: 'C' as const, length: 6 },
];
const RECORDS = [
  ['海曙区', '330203'],
  ['江北区', '330205'],
];

type Forward = (p: XY) => XY;
const zone40: Forward = ([lon, lat]) => tmForward(lon, lat, 120, GRS80, 1, 40500000);
const cm120: Forward = ([lon, lat]) => tmForward(lon, lat, 120, GRS80, 1, 500000);
const lonlat: Forward = (p) => p;
const swapped: Forward = (p) => zone40(p).reverse() as XY;

interface Case {
  forward: Forward;
  prj?: string;
  cpg?: string;
  encode: (s: string) => Uint8Array;
  ldid: number;
  crs: string;
  encoding: { label: string; source: string };
  hintLon?: number;
}
const CASES: Record<string, Case> = {
  'GK zone 40 (prefixed), .cpg GBK': {
    forward: zone40,
    prj: PRJ.zone40,
    cpg: 'GBK',
    encode: encodeGbk,
    ldid: 0,
    crs: 'EPSG:4528',
    encoding: { label: 'gb18030', source: 'cpg' },
  },
  'GK zone 40, .cpg 936': {
    forward: zone40,
    prj: PRJ.zone40,
    cpg: '936\n',
    encode: encodeGbk,
    ldid: 0,
    crs: 'EPSG:4528',
    encoding: { label: 'gb18030', source: 'cpg' },
  },
  'GK CM 120E, no .cpg, LDID 0x4D': {
    forward: cm120,
    prj: PRJ.cm120,
    encode: encodeGbk,
    ldid: 0x4d,
    crs: 'EPSG:4549',
    encoding: { label: 'gb18030', source: 'ldid' },
  },
  'WGS84, .cpg UTF-8': {
    forward: lonlat,
    prj: PRJ.wgs84,
    cpg: 'UTF-8',
    encode: encodeUtf8,
    ldid: 0,
    crs: 'wgs84',
    encoding: { label: 'utf-8', source: 'cpg' },
  },
  'GK CM 120E, no .prj (hint 121), LDID 0x7A': {
    forward: cm120,
    encode: encodeGbk,
    ldid: 0x7a,
    crs: 'EPSG:4549',
    encoding: { label: 'gb18030', source: 'ldid' },
    hintLon: 121,
  },
  // GBK is a guess here, but the names are GB2312 throughout: nothing to doubt, no warning.
  'GK zone 40, no .prj, no .cpg, LDID 0 (detected)': {
    forward: zone40,
    encode: encodeGbk,
    ldid: 0,
    crs: 'EPSG:4528',
    encoding: { label: 'gb18030', source: 'detected' },
  },
  'GK zone 40 stored northing first, no .prj': {
    forward: swapped,
    encode: encodeUtf8,
    ldid: 0,
    crs: 'EPSG:4528',
    encoding: { label: 'utf-8', source: 'detected' },
  },
};

function layerFiles(
  base: string,
  shapes: TestShape[],
  c: Pick<Case, 'prj' | 'cpg' | 'encode' | 'ldid'>,
  records = RECORDS,
  fields = FIELDS,
): ImportFile[] {
  const { shp, shx } = writeShp(shapes);
  const files: ImportFile[] = [
    { name: `${base}.shp`, bytes: shp },
    { name: `${base}.SHX`, bytes: shx },
    { name: `${base}.dbf`, bytes: writeDbf(fields, records, c.encode, c.ldid) },
  ];
  if (c.prj) files.push({ name: `${base}.prj`, bytes: encodeUtf8(c.prj) });
  if (c.cpg) files.push({ name: `${base}.cpg`, bytes: encodeUtf8(c.cpg) });
  return files;
}

const polygons = (f: Forward): TestShape[] =>
  TRUTH.map((rings) => ({ type: 'polygon', parts: rings.map((r) => r.map(f)) }));

function zipped(files: ImportFile[]): ImportFile[] {
  return unzipFiles('layer.zip', zipSync(Object.fromEntries(files.map((f) => [`数据/${f.name}`, f.bytes]))));
}

describe('readShapefile: zipped layers in CGCS2000 Gauss-Kruger and WGS84', () => {
  it.each(Object.entries(CASES))('%s', (_, c) => {
    const groups = groupShapefiles(zipped(layerFiles('海曙区', polygons(c.forward), c)));
    expect(groups).toHaveLength(1);
    const layer = readShapefile(groups[0], { hintLon: c.hintLon });
    expect(layer.file).toBe('数据/海曙区.shp');
    expect(layer.crs.crs).toBe(c.crs);
    expect(layer.crs.source).toBe(c.prj ? 'prj' : 'magnitude');
    if (!c.prj) expect(layer.crs.confirm?.en).toMatch(/No \.prj/);
    else expect(layer.crs.confirm).toBeUndefined();
    expect(layer.encoding).toEqual(c.encoding);
    expect(layer.features.map((f) => f.properties)).toEqual([
      { 名称: '海曙区', CODE: '330203' },
      { 名称: '江北区', CODE: '330205' },
    ]);
    expect(layer.issues).toEqual([]);

    const p = projectionFromCrsId(layer.crs.crs)!;
    const wgs = reprojectLayer(layer, p.toWgs84);
    const [a, b] = wgs.features.map((f) => f.geometry);
    expect(a?.type).toBe('Polygon');
    expect(b?.type).toBe('MultiPolygon');
    // Output rings follow RFC 7946 (outer counter-clockwise), i.e. the truth reversed.
    const got = [(a as Polygon).coordinates, ...(b as MultiPolygon).coordinates];
    const want = [TRUTH[0], [TRUTH[1][0]], [TRUTH[1][1]]].map((poly) => poly.map((r) => r.slice().reverse()));
    let worst = 0;
    got.forEach((poly, i) =>
      poly.forEach((ring, j) => ring.forEach((pt, k) => (worst = Math.max(worst, metres(pt, want[i][j][k]))))),
    );
    expect(got.map((poly) => poly.map((r) => r.length))).toEqual(want.map((poly) => poly.map((r) => r.length)));
    expect(worst).toBeLessThan(1);
  });

  // What the detected case above no longer shows: a .dbf warning reaches the layer's issues.
  it('GBK guessed for names beyond GB2312 (喆, 86 B4 in the GBK chart) is a .dbf warning of the layer, in both languages', () => {
    const gbkExtension = (s: string) => (s === '喆' ? Uint8Array.of(0x86, 0xb4) : encodeGbk(s));
    const layer = readShapefile(
      layerFiles('t', polygons(lonlat), { prj: PRJ.wgs84, encode: gbkExtension, ldid: 0 }, [
        ['喆', '330203'],
        RECORDS[1],
      ]),
    );
    expect(layer.features.map((f) => f.properties['名称'])).toEqual(['喆', '江北区']);
    expect(layer.issues).toHaveLength(1);
    expect(layer.issues[0]).toMatchObject({ row: 0, column: '.dbf', severity: 'warning' });
    expect(layer.issues[0].reason.en).toMatch(/guessed as GBK/);
    expect(layer.issues[0].reason.zh).toMatch(/推测/);
  });
});

describe('readShapefile: geometry', () => {
  const utf = { encode: encodeUtf8, ldid: 0, prj: PRJ.wgs84 };
  const read = (shapes: TestShape[], records = shapes.map((_, i) => [`f${i}`, String(i)])) =>
    readShapefile(layerFiles('t', shapes, utf, records));

  it('PolygonZ, PolyLineM, MultiPoint, Point and null shapes', () => {
    const z = read([{ type: 'polygon', z: true, parts: [sq(1, 1, 2, 2, true)] }, { type: 'null' }]);
    expect(z.features[0].geometry).toEqual({ type: 'Polygon', coordinates: [sq(1, 1, 2, 2, false)] });
    expect(z.features[1].geometry).toBeNull();
    expect(z.issues).toMatchObject([{ row: 2, value: 'f1 1', severity: 'warning' }]);
    expect(z.issues[0].reason.en).toMatch(/null shape/);
    const m = read([
      {
        type: 'polyline',
        m: true,
        parts: [
          [
            [0, 0],
            [1, 1],
          ],
          [
            [2, 2],
            [3, 3],
            [4, 2],
          ],
        ],
      },
    ]);
    expect(m.features[0].geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [1, 1],
        ],
        [
          [2, 2],
          [3, 3],
          [4, 2],
        ],
      ],
    });
    expect(
      read([
        {
          type: 'multipoint',
          points: [
            [5, 6],
            [7, 8],
          ],
        },
      ]).features[0].geometry,
    ).toEqual({
      type: 'MultiPoint',
      coordinates: [
        [5, 6],
        [7, 8],
      ],
    });
    expect(read([{ type: 'point', at: [121.5, 29.9] }]).features[0].geometry).toEqual({
      type: 'Point',
      coordinates: [121.5, 29.9],
    });
  });

  it('holes go to the outer that contains them; a hole inside no outer, or all-CCW rings, become outers', () => {
    const g = read([
      {
        type: 'polygon',
        parts: [sq(0, 0, 10, 10, true), sq(20, 0, 30, 10, true), sq(21, 1, 22, 2, false), sq(50, 50, 51, 51, false)],
      },
    ]);
    const mp = g.features[0].geometry as MultiPolygon;
    expect(mp.coordinates.map((p) => p.length)).toEqual([1, 2, 1]);
    expect(mp.coordinates[1][1][0]).toEqual([21, 1]);
    const ccw = read([{ type: 'polygon', parts: [sq(0, 0, 1, 1, false), sq(5, 5, 6, 6, false)] }]);
    expect((ccw.features[0].geometry as MultiPolygon).coordinates).toHaveLength(2);
  });

  it('reports a bow-tie by its name and code, and rings with fewer than 4 points', () => {
    const bow: XY[] = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    const layer = read(
      [
        { type: 'polygon', parts: [sq(0, 0, 1, 1, true)] },
        { type: 'polygon', parts: [bow] },
        {
          type: 'polygon',
          parts: [
            sq(3, 3, 4, 4, true),
            [
              [5, 5],
              [6, 6],
              [5, 5],
            ],
          ],
        },
      ],
      [
        ['海曙区', '330203'],
        ['蝴蝶区', '330299'],
        ['江北区', '330205'],
      ],
    );
    expect(layer.issues).toHaveLength(2);
    const kink = layer.issues.find((i) => i.row === 2)!;
    const short = layer.issues.find((i) => i.row === 3)!;
    expect(kink).toMatchObject({ row: 2, column: '名称', value: '蝴蝶区 330299', severity: 'warning' });
    expect(kink.reason.en).toMatch(/“蝴蝶区” \(CODE 330299\).*intersects itself \(near 0\.5, 0\.5\)/);
    expect(kink.reason.zh).toMatch(/蝴蝶区.*330299.*自相交/);
    expect(short).toMatchObject({ row: 3 });
    expect(short.reason.en).toMatch(/fewer than 4 points/);
    expect(layer.features[2].geometry?.type).toBe('Polygon');
  });
});

describe('readShapefile: incomplete and damaged input', () => {
  const c = { encode: encodeUtf8, ldid: 0, prj: PRJ.wgs84 };
  const shapes = polygons(lonlat);
  const err = importError;

  it('a truncated .shp keeps the shapes before the cut and reports the rest', () => {
    const files = layerFiles('t', shapes, c);
    const shp = files[0].bytes;
    files[0] = { name: 't.shp', bytes: shp.subarray(0, shp.length - 40) };
    const layer = readShapefile(files);
    expect(layer.features).toHaveLength(1);
    expect(layer.issues.find((i) => i.severity === 'error')?.reason.en).toMatch(
      /ends inside record 2 \(the file is truncated\)/,
    );
  });

  it.each([
    ['empty', new Uint8Array(0)],
    ['binary junk', Uint8Array.from({ length: 3000 }, (_, i) => (i * 31) % 256)],
    ['cut inside the header', writeShp(polygons(lonlat)).shp.subarray(0, 60)],
  ])('%s .shp is an ImportError', (_, bytes) => {
    const e = err(() => readShapefile([{ name: 'x.shp', bytes }]));
    expect(e.reason.en).toMatch(/Not a valid \.shp/);
  });

  it('a .shp cut right after the first record header is an ImportError, not a crash', () => {
    const shp = writeShp(polygons(lonlat)).shp;
    expect(err(() => readShapefile([{ name: 'x.shp', bytes: shp.subarray(0, 112) }])).reason.en).toMatch(/truncated/);
  });

  it('counts that do not fit the record are a per-record issue, no hang', () => {
    const shp = writeShp(shapes).shp;
    new DataView(shp.buffer).setInt32(100 + 8 + 36, 1e9, true); // numParts of record 1
    const layer = readShapefile([{ name: 'x.shp', bytes: shp }]);
    expect(layer.features.map((f) => f.geometry?.type ?? null)).toEqual([null, 'MultiPolygon']);
    expect(layer.issues.some((i) => i.row === 1 && /do not fit the record/.test(i.reason.en))).toBe(true);
  });

  it('a .dbf with fewer records than the .shp: empty properties and a warning', () => {
    const files = layerFiles('t', shapes, c, [RECORDS[0]]);
    const layer = readShapefile(files);
    expect(layer.features.map((f) => f.properties)).toEqual([{ 名称: '海曙区', CODE: '330203' }, {}]);
    expect(layer.issues[0].reason.en).toMatch(/\.dbf has 1 records but the \.shp has 2 shapes/);
  });

  it('deleted .dbf records drop their shapes', () => {
    const files = layerFiles('t', shapes, c, [{ deleted: true, values: RECORDS[0] }, RECORDS[1]] as never);
    const layer = readShapefile(files);
    expect(layer.features.map((f) => f.properties['名称'])).toEqual(['江北区']);
  });

  it('no .dbf: features without properties and a warning; no .shx is fine', () => {
    const layer = readShapefile(layerFiles('t', shapes, c).filter((f) => !/\.(dbf|shx)$/i.test(f.name)));
    expect(layer.features).toHaveLength(2);
    expect(layer.features[0].properties).toEqual({});
    expect(layer.issues.map((i) => i.reason.en)).toEqual(['The .dbf is missing: the shapes have no attributes']);
  });

  it('a zip with no .shp', () => {
    const noShp = zipped(layerFiles('t', shapes, c).filter((f) => !f.name.endsWith('.shp')));
    const groups = groupShapefiles(noShp);
    expect(groups).toHaveLength(1);
    expect(err(() => readShapefile(groups[0])).reason.en).toMatch(/The \.shp file is missing \(only: 数据\/t\.SHX/);
    expect(groupShapefiles(zipped([{ name: 'readme.txt', bytes: encodeUtf8('hi') }]))).toEqual([]);
  });

  it('a .prj naming an unusable projection is an error on the layer, never a silent guess', () => {
    const layer = readShapefile(layerFiles('t', shapes, { ...c, prj: PRJ.robinson }));
    expect(layer.crs.source).toBe('prj');
    expect(layer.crs.confirm?.en).toMatch(/Robinson/);
    expect(layer.issues).toMatchObject([{ row: 0, column: '.prj', severity: 'error' }]);
  });

  it('projected values that land outside China under the .prj are flagged', () => {
    const layer = readShapefile(layerFiles('t', polygons(cm120), { ...c, prj: PRJ.zone40 }));
    expect(layer.crs.confirm?.en).toMatch(/fall outside China/);
  });
});

describe('groupShapefiles', () => {
  it('groups by base name, extension case-insensitive, Chinese names and folders', () => {
    const f = (name: string): ImportFile => ({ name, bytes: new Uint8Array(1) });
    const groups = groupShapefiles([
      f('a/宁波市.SHP'),
      f('a/宁波市.dbf'),
      f('a/宁波市.Prj'),
      f('b/宁波市.shp'),
      f('a/宁波市.shp.xml'),
      f('道路.shp'),
      f('道路.cpg'),
      f('notes.txt'),
    ]);
    expect(groups.map((g) => g.map((x) => x.name))).toEqual([
      ['a/宁波市.SHP', 'a/宁波市.dbf', 'a/宁波市.Prj'],
      ['b/宁波市.shp'],
      ['道路.shp', '道路.cpg'],
    ]);
  });
});

describe('reprojectLayer', () => {
  const layer: SourceLayer = {
    file: 'x',
    crs: { crs: 'EPSG:4549', label: 'L', source: 'prj' },
    issues: [],
    features: [
      { type: 'Feature', properties: { a: 1 }, geometry: { type: 'Point', coordinates: [1, 2, 3] } },
      { type: 'Feature', properties: {}, geometry: null },
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1e9, 0],
          ],
        },
      },
    ],
  };
  const shift = (x: number, y: number): [number, number] => (x > 1e8 ? [Infinity, NaN] : [x + 100, y + 10]);

  it('copies deeply, keeps Z, sets the crs to WGS84 and reports unconvertible points', () => {
    const out = reprojectLayer(layer, shift);
    expect(out.features[0].geometry).toEqual({ type: 'Point', coordinates: [101, 12, 3] });
    expect(out.features[0].properties).not.toBe(layer.features[0].properties);
    expect(layer.features[0].geometry).toEqual({ type: 'Point', coordinates: [1, 2, 3] });
    expect(out.features[1].geometry).toBeNull();
    expect(out.crs).toEqual({ crs: 'wgs84', label: 'WGS 84 (from L)', source: 'prj' });
    expect(out.issues).toMatchObject([{ row: 3, severity: 'error' }]);
    expect(layer.issues).toEqual([]);
  });

  it('walks nested GeometryCollections without unbounded recursion', () => {
    let g: Geometry = { type: 'Point', coordinates: [0, 0] };
    for (let i = 0; i < 20; i++)
      g = { type: 'GeometryCollection', geometries: [g, { type: 'Point', coordinates: [i, i] }] };
    const out = reprojectLayer({ ...layer, features: [{ type: 'Feature', properties: {}, geometry: g }] }, shift);
    let depth = 0;
    let cur: Geometry | undefined = out.features[0].geometry!;
    const firstPoint: Position[] = [];
    while (cur && cur.type === 'GeometryCollection') {
      depth++;
      const pt = cur.geometries[1] ?? cur.geometries[0];
      if (pt?.type === 'Point') firstPoint.push(pt.coordinates);
      cur = cur.geometries.find((x) => x.type === 'GeometryCollection');
    }
    expect(depth).toBe(8);
    expect(firstPoint[0]).toEqual([119, 29]);
    expect(out.issues.some((i) => /nested too deep/.test(i.reason.en))).toBe(true);
  });
});
