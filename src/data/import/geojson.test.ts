/**
 * geojson.ts: GeoJSON as GIS software writes it. Projected test coordinates come from the
 * independent Gauss-Kruger series in test-support/geodesy.ts, never from the code under test.
 */
import { importError } from './test-support/import-error.ts';
import { describe, expect, it } from 'vitest';
import { pointTransform } from './crs.ts';
import { readGeoJson } from './geojson.ts';
import { GRS80, metres, tmForward } from './test-support/geodesy.ts';
import { ImportError, type SourceLayer } from '../common/import-types.ts';

const bytes = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));

/** A town-sized square ring around (lon, lat), in lon/lat, with a few points along each side. */
function ring(lon: number, lat: number, half = 0.05): number[][] {
  const out: number[][] = [];
  const c: [number, number][] = [
    [lon - half, lat - half],
    [lon + half, lat - half],
    [lon + half, lat + half],
    [lon - half, lat + half],
  ];
  for (let s = 0; s < 4; s++) {
    const [a, b] = [c[s], c[(s + 1) % 4]];
    for (let k = 0; k < 5; k++) out.push([a[0] + ((b[0] - a[0]) * k) / 5, a[1] + ((b[1] - a[1]) * k) / 5]);
  }
  out.push(out[0]);
  return out;
}

const collection = (rings: number[][][], crs?: unknown) => ({
  type: 'FeatureCollection',
  ...(crs ? { crs } : {}),
  features: rings.map((r, i) => ({
    type: 'Feature',
    properties: { code: `T${i + 1}`, name: `镇${i + 1}` },
    geometry: { type: 'Polygon', coordinates: [r] },
  })),
});
const named = (name: string) => ({ type: 'name', properties: { name } });

/** Every vertex of the layer converted with pointTransform(layer.crs.crs), against the lon/lat truth. */
function worstError(layer: SourceLayer, truth: number[][][]): number {
  const t = pointTransform(layer.crs.crs);
  expect(t, layer.crs.crs).toBeDefined();
  let worst = 0;
  layer.features.forEach((f, i) => {
    const coords = (f.geometry as { coordinates: number[][][] }).coordinates[0];
    expect(coords.length).toBe(truth[i].length);
    coords.forEach((p, k) => {
      worst = Math.max(worst, metres(t!.toWgs84(p[0], p[1]), truth[i][k]));
    });
  });
  return worst;
}

const LONLAT = [ring(121.45, 29.85), ring(121.55, 29.85)];

describe('readGeoJson', () => {
  it('reads plain RFC 7946 as WGS84 by default, keeping properties and coordinates as stored', () => {
    const layer = readGeoJson('towns.geojson', bytes(collection(LONLAT)));
    expect(layer.features).toHaveLength(2);
    expect(layer.features.map((f) => f.properties)).toEqual([
      { code: 'T1', name: '镇1' },
      { code: 'T2', name: '镇2' },
    ]);
    expect((layer.features[1].geometry as { coordinates: unknown }).coordinates).toEqual([LONLAT[1]]);
    expect(layer.crs).toMatchObject({ crs: 'wgs84', source: 'default' });
    expect(layer.crs.confirm).toBeUndefined();
    expect(layer.issues).toEqual([]);
  });

  it.each([
    ['EPSG:4326', 'wgs84'],
    ['EPSG:4490', 'cgcs2000'],
    ['urn:ogc:def:crs:EPSG::4490', 'cgcs2000'],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 'wgs84'],
  ])('crs member %s is read as %s', (name, crs) => {
    const layer = readGeoJson('a.geojson', bytes(collection(LONLAT, named(name))));
    expect(layer.crs).toMatchObject({ crs, source: 'crs-member' });
    expect(worstError(layer, LONLAT)).toBeLessThan(0.01);
  });

  it('reads the legacy {"type":"EPSG","properties":{"code":4490}} form', () => {
    const layer = readGeoJson('a.geojson', bytes(collection(LONLAT, { type: 'EPSG', properties: { code: 4490 } })));
    expect(layer.crs).toMatchObject({ crs: 'cgcs2000', source: 'crs-member' });
  });

  it('urn:ogc:def:crs:EPSG::4549: Gauss-Kruger metres come back within 1 m of the truth', () => {
    const gk = LONLAT.map((r) => r.map(([lon, lat]) => tmForward(lon, lat, 120, GRS80)));
    const layer = readGeoJson('a.geojson', bytes(collection(gk, named('urn:ogc:def:crs:EPSG::4549'))));
    expect(layer.crs).toMatchObject({ crs: 'EPSG:4549', source: 'crs-member' });
    expect(pointTransform(layer.crs.crs)?.projected).toBe(true);
    expect(worstError(layer, LONLAT)).toBeLessThan(1);
  });

  it('zone-prefixed eastings without crs are guessed as zone 40 (EPSG:4528), with a confirm message', () => {
    const gk = LONLAT.map((r) => r.map(([lon, lat]) => tmForward(lon, lat, 120, GRS80, 1, 40_500_000)));
    expect(gk[0][0][0]).toBeGreaterThan(40e6);
    const layer = readGeoJson('a.geojson', bytes(collection(gk)));
    expect(layer.crs).toMatchObject({ crs: 'EPSG:4528', source: 'magnitude' });
    expect(layer.crs.confirm?.en).toMatch(/zone number 40/);
    expect(layer.crs.confirm?.zh).toMatch(/40/);
    expect(worstError(layer, LONLAT)).toBeLessThan(1);
  });

  it('unprefixed eastings without crs: the central meridian nearest hintLon, else CM 120E and a question', () => {
    const truth = [ring(117.3, 31.8), ring(117.4, 31.8)];
    const gk = truth.map((r) => r.map(([lon, lat]) => tmForward(lon, lat, 117, GRS80)));
    const cm117 = `EPSG:${4534 + (117 - 75) / 3}`;
    const hinted = readGeoJson('a.geojson', bytes(collection(gk)), 117.35);
    expect(hinted.crs).toMatchObject({ crs: cm117, source: 'magnitude' });
    expect(hinted.crs.confirm?.en).toMatch(/117/);
    expect(worstError(hinted, truth)).toBeLessThan(1);
    const bare = readGeoJson('a.geojson', bytes(collection(gk)));
    expect(bare.crs.crs).toBe(`EPSG:${4534 + (120 - 75) / 3}`);
    expect(bare.crs.confirm?.en).toMatch(/central meridian/);
  });

  it('reads a bare Feature and a bare geometry', () => {
    const f = readGeoJson(
      'f.geojson',
      bytes({ type: 'Feature', properties: { name: '甲镇' }, geometry: { type: 'Polygon', coordinates: [LONLAT[0]] } }),
    );
    expect(f.features).toHaveLength(1);
    expect(f.features[0].properties).toEqual({ name: '甲镇' });
    const g = readGeoJson('g.geojson', bytes({ type: 'MultiPolygon', coordinates: [[LONLAT[0]], [LONLAT[1]]] }));
    expect(g.features).toHaveLength(1);
    expect(g.features[0].properties).toEqual({});
    expect(g.features[0].geometry?.type).toBe('MultiPolygon');
    const nullProps = readGeoJson('n.geojson', bytes({ type: 'Feature', properties: null, geometry: null }));
    expect(nullProps.features[0]).toEqual({ type: 'Feature', properties: {}, geometry: null });
  });

  it('reports members that are not Features instead of failing the file', () => {
    const text = {
      type: 'FeatureCollection',
      features: [null, 5, { type: 'Point', coordinates: [1, 2] }, { type: 'Feature', properties: {}, geometry: null }],
    };
    const layer = readGeoJson('a.geojson', bytes(text));
    expect(layer.features).toHaveLength(1);
    expect(layer.issues.map((i) => i.row)).toEqual([1, 2, 3]);
    expect(layer.issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('not JSON and truncated JSON: an ImportError naming the file and saying why', () => {
    const full = JSON.stringify(collection(LONLAT));
    for (const text of ['这不是 JSON', full.slice(0, Math.floor(full.length / 2))]) {
      const e = importError(() => readGeoJson('镇街.geojson', bytes(text)));
      expect(e.file).toBe('镇街.geojson');
      expect(e.message).toContain('镇街.geojson');
      expect(e.reason.en).toMatch(/not valid JSON/);
    }
  });

  it.each(['{}', 'null', '[]', '42', '{"type":"FeatureCollection","features":[]}', '{"type":"FeatureCollection"}'])(
    '%s: an ImportError, no crash',
    (text) => {
      const e = importError(() => readGeoJson('a.geojson', bytes(text)));
      expect(e.file).toBe('a.geojson');
      expect(e.reason.zh.length).toBeGreaterThan(0);
    },
  );

  it('an unknown crs name is an ImportError that names it', () => {
    for (const name of ['EPSG:99999', 'urn:ogc:def:crs:EPSG::2000', 'my-local-grid']) {
      const e = importError(() => readGeoJson('a.geojson', bytes(collection(LONLAT, named(name)))));
      expect(e.reason.en).toContain(name);
    }
  });

  it('coordinates nested 100,000 levels deep neither crash nor hang', () => {
    const deep = '['.repeat(1e5) + '0' + ']'.repeat(1e5);
    const feature = `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":${deep}}}`;
    const good = JSON.stringify({
      type: 'Feature',
      properties: { code: 'T1' },
      geometry: { type: 'Polygon', coordinates: [LONLAT[0]] },
    });
    // A hang fails the test by its time-out; no clock is read here.
    // Alone: an ImportError or a reported feature, nothing else.
    try {
      const alone = readGeoJson('deep.geojson', bytes(feature));
      expect(alone.issues.length).toBeGreaterThan(0);
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
    }
    // Beside a good feature: the good one is kept, the deep one reported by its number.
    const both = readGeoJson('deep.geojson', bytes(`{"type":"FeatureCollection","features":[${good},${feature}]}`));
    expect(both.features.map((f) => f.properties)).toEqual([{ code: 'T1' }]);
    expect(both.issues.map((i) => [i.row, i.column])).toEqual([[2, 'geometry']]);
  });
});
