import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { joinPoints, PolygonIndex, type PolygonFeatureLike, type Position } from './spatial-index';
import { mulberry32 } from './random-columns.ts';

type Ring = [number, number][];
type Feature = PolygonFeatureLike & { type: 'Feature'; properties: Record<string, unknown> };

function fixture(name: string): Feature[] {
  const url = new URL(`../../tests/fixtures/spatial/${name}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { features: Feature[] }).features;
}

function polygon(...rings: Ring[]): Feature {
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } };
}

/** Irregular star-shaped ring: n vertices at increasing angles, radius uniform in [rMin, rMax]. */
function starRing(cx: number, cy: number, rMin: number, rMax: number, n: number, rnd: () => number, cw = false): Ring {
  const ring: Ring = [];
  for (let i = 0; i < n; i++) {
    const a = ((cw ? -1 : 1) * 2 * Math.PI * (i + 0.8 * rnd())) / n;
    const r = rMin + (rMax - rMin) * rnd();
    ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  ring.push(ring[0]);
  return ring;
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function minDistToRings(px: number, py: number, rings: readonly (readonly Position[])[]): number {
  let d = Infinity;
  for (const r of rings) {
    for (let i = 0; i + 1 < r.length; i++)
      d = Math.min(d, distToSegment(px, py, r[i][0], r[i][1], r[i + 1][0], r[i + 1][1]));
  }
  return d;
}

function turfContains(f: Feature, x: number, y: number): boolean {
  return booleanPointInPolygon([x, y], f as unknown as Parameters<typeof booleanPointInPolygon>[1]);
}

/** Compare locate() of a one-feature index with turf on random points, skipping near-boundary ones. */
function agreementWithTurf(f: Feature, rnd: () => number, n: number, bbox: [number, number, number, number]) {
  const index = new PolygonIndex([f]);
  const rings = f.geometry!.type === 'Polygon' ? f.geometry!.coordinates : f.geometry!.coordinates.flat();
  let compared = 0;
  let inside = 0;
  let disagreements = 0;
  for (let i = 0; i < n; i++) {
    const x = bbox[0] + rnd() * (bbox[2] - bbox[0]);
    const y = bbox[1] + rnd() * (bbox[3] - bbox[1]);
    if (minDistToRings(x, y, rings) < 1e-9) continue;
    compared++;
    const ours = index.locate(x, y) === 0;
    if (ours) inside++;
    if (ours !== turfContains(f, x, y)) disagreements++;
  }
  return { compared, inside, disagreements };
}

describe('PolygonIndex: squares', () => {
  const squares = fixture('squares.geojson');

  it('finds points inside and outside a square', () => {
    const index = new PolygonIndex(squares);
    expect(index.featureCount).toBe(3);
    expect(index.locate(0.5, 0.5)).toBe(0);
    expect(index.locate(1.5, 0.5)).toBe(1);
    expect(index.locate(10.5, 10.5)).toBe(2);
    expect(index.locate(5, 5)).toBe(-1);
    expect(index.locate(-1e-9, 0.5)).toBe(-1);
    expect(index.locate(0.5, 1 + 1e-12)).toBe(-1);
    expect(index.locate(Number.NaN, 0.5)).toBe(-1);
    expect(index.locateAll(5, 5)).toEqual([]);
  });

  it('puts a point on a shared edge in the lowest feature index, whatever the input order', () => {
    const forward = new PolygonIndex(squares);
    expect(forward.locate(1, 0.5)).toBe(0);
    expect(forward.locateAll(1, 0.5)).toEqual([0, 1]);
    // Reversed input [far, east, west]: now east (index 1) is the lower of the two.
    const reversed = new PolygonIndex([...squares].reverse());
    expect(reversed.locate(1, 0.5)).toBe(1);
    expect(reversed.locateAll(1, 0.5)).toEqual([1, 2]);
  });

  it('counts vertices and outer edges as inside', () => {
    const index = new PolygonIndex(squares);
    expect(index.locate(0, 0)).toBe(0);
    expect(index.locate(0.5, 0)).toBe(0);
    expect(index.locate(0, 1)).toBe(0);
    expect(index.locate(2, 1)).toBe(1);
    // Shared vertices at (1,0) and (1,1): both contain them, the lowest index wins.
    expect(index.locate(1, 1)).toBe(0);
    expect(index.locateAll(1, 1)).toEqual([0, 1]);
    expect(index.locateAll(1, 0)).toEqual([0, 1]);
  });

  it('accepts unclosed rings, repeated points, null geometry and keeps indices aligned', () => {
    const index = new PolygonIndex([
      { geometry: null },
      polygon([
        [0, 0],
        [1, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ]),
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
      }, // degenerate: no interior
    ]);
    expect(index.featureCount).toBe(3);
    expect(index.partCount).toBe(1);
    expect(index.locate(0.5, 0.5)).toBe(1);
    expect(index.locate(0.25, 0.25)).toBe(1);
  });

  it('rejects geometries that are not polygons, and non-finite coordinates', () => {
    const point = { geometry: { type: 'Point', coordinates: [0, 0] } } as unknown as PolygonFeatureLike;
    expect(() => new PolygonIndex([point])).toThrow(TypeError);
    expect(
      () =>
        new PolygonIndex([
          polygon([
            [0, 0],
            [1, Number.NaN],
            [1, 1],
            [0, 0],
          ]),
        ]),
    ).toThrow(TypeError);
  });

  it('works with no features', () => {
    const index = new PolygonIndex([]);
    expect(index.locate(0, 0)).toBe(-1);
    expect(joinPoints(index, new Float64Array([0]), new Float64Array([0]))).toEqual(Int16Array.from([-1]));
  });
});

describe('PolygonIndex: holes and multipolygons', () => {
  it('excludes a point in a hole, which goes to the feature filling the hole', () => {
    const [ring, enclave] = fixture('hole.geojson');
    const alone = new PolygonIndex([ring]);
    expect(alone.locate(2, 2)).toBe(0);
    expect(alone.locate(5, 5)).toBe(-1);
    expect(alone.locate(4, 5)).toBe(0); // the hole's boundary belongs to the polygon

    const both = new PolygonIndex([ring, enclave]);
    expect(both.locate(5, 5)).toBe(1);
    expect(both.locateAll(5, 5)).toEqual([1]);
    expect(both.locate(4, 5)).toBe(0);
    expect(both.locateAll(4, 5)).toEqual([0, 1]);
    expect(both.locateAll(6, 6)).toEqual([0, 1]);

    const swapped = new PolygonIndex([enclave, ring]);
    expect(swapped.locate(5, 5)).toBe(0);
    expect(swapped.locate(2, 2)).toBe(1);
    expect(swapped.locate(4, 5)).toBe(0);
  });

  it("finds a point in the second part of a MultiPolygon, and honours that part's hole", () => {
    const features = fixture('multipolygon.geojson');
    const index = new PolygonIndex(features);
    expect(index.partCount).toBe(3);
    expect(index.locate(0.5, 0.5)).toBe(1);
    expect(index.locate(5.5, 5.5)).toBe(1);
    expect(index.locate(6.5, 6.5)).toBe(-1); // hole of the second part
    expect(index.locate(3, 3)).toBe(-1); // between the parts
    expect(index.locate(20.5, 20.5)).toBe(0);
    expect(index.locateAll(5.5, 5.5)).toEqual([1]);
  });
});

describe('PolygonIndex: shared boundaries leave no gaps', () => {
  it('assigns every point of a rectangle split by an irregular polyline to exactly the lowest feature', () => {
    const rnd = mulberry32(7);
    // Shared polyline from (0,0) to (0,1) wandering in x between -0.3 and 0.3.
    const cut: Ring = [[0, 0]];
    for (let i = 1; i < 200; i++) cut.push([(rnd() - 0.5) * 0.6, i / 200]);
    cut.push([0, 1]);
    const west = polygon([[-1, 0], ...cut, [-1, 1], [-1, 0]]);
    const east = polygon([[1, 1], ...[...cut].reverse(), [1, 0], [1, 1]]);
    for (const [features, lowest] of [
      [[west, east], 0],
      [[east, west], 0],
    ] as const) {
      const index = new PolygonIndex(features);
      for (let k = 0; k < cut.length - 1; k++) {
        const [ax, ay] = cut[k];
        const [bx, by] = cut[k + 1];
        for (const t of [0, 0.1, 1 / 3, 0.5, 0.77]) {
          // Interpolated points are on the edge only up to rounding: never dropped, never "none".
          const x = ax + t * (bx - ax);
          const y = ay + t * (by - ay);
          const found = index.locate(x, y);
          expect(found).toBeGreaterThanOrEqual(0);
          expect(found).toBe(index.locateAll(x, y)[0]);
          if (t === 0) expect(found).toBe(lowest);
        }
      }
      for (let i = 0; i < 5000; i++) {
        const x = -1 + 2 * rnd();
        const y = rnd();
        expect(index.locate(x, y)).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('puts a point on a shared diagonal edge in the lowest index, in both input orders', () => {
    // Dyadic coordinates, so (116.25, 39.75) is exactly on the diagonal.
    const lower = polygon([
      [116, 39.5],
      [116.5, 39.5],
      [116.5, 40],
      [116, 39.5],
    ]);
    const upper = polygon([
      [116, 39.5],
      [116.5, 40],
      [116, 40],
      [116, 39.5],
    ]);
    expect(new PolygonIndex([lower, upper]).locate(116.25, 39.75)).toBe(0);
    expect(new PolygonIndex([upper, lower]).locate(116.25, 39.75)).toBe(0);
    expect(new PolygonIndex([upper, lower]).locateAll(116.25, 39.75)).toEqual([0, 1]);
    expect(new PolygonIndex([lower, upper]).locate(116.4, 39.6)).toBe(0);
    expect(new PolygonIndex([lower, upper]).locate(116.1, 39.9)).toBe(1);
  });

  it('gives the lowest index among overlapping features, matching a brute-force turf scan', () => {
    const rnd = mulberry32(11);
    const blobs: Feature[] = [];
    for (let k = 0; k < 30; k++)
      blobs.push(polygon(starRing(rnd() * 10, rnd() * 10, 0.5, 2, 3 + Math.floor(rnd() * 40), rnd)));
    const index = new PolygonIndex(blobs);
    for (let i = 0; i < 3000; i++) {
      const x = -1 + rnd() * 12;
      const y = -1 + rnd() * 12;
      const brute = blobs.map((f, fi) => (turfContains(f, x, y) ? fi : -1)).filter((fi) => fi >= 0);
      expect(index.locateAll(x, y)).toEqual(brute);
      expect(index.locate(x, y)).toBe(brute.length > 0 ? brute[0] : -1);
    }
  });
});

describe('PolygonIndex: agreement with turf.booleanPointInPolygon', () => {
  it('agrees on 10,000 random points against an irregular polygon with a hole', () => {
    const rnd = mulberry32(42);
    const f = polygon(starRing(0, 0, 0.5, 1, 60, rnd), starRing(0, 0, 0.1, 0.4, 25, rnd, true));
    const r = agreementWithTurf(f, rnd, 10_000, [-1.05, -1.05, 1.05, 1.05]);
    expect(r.compared).toBeGreaterThan(9_900);
    expect(r.inside).toBeGreaterThan(1_000); // the test means something
    expect(r.disagreements).toBe(0);
  });

  it('agrees on a 3000-vertex boundary (many bands) with a hole', () => {
    const rnd = mulberry32(43);
    const f = polygon(starRing(116.3, 39.9, 0.05, 0.1, 3000, rnd), starRing(116.3, 39.9, 0.01, 0.04, 500, rnd, true));
    const r = agreementWithTurf(f, rnd, 4_000, [116.19, 39.79, 116.41, 40.01]);
    expect(r.inside).toBeGreaterThan(1_000);
    expect(r.disagreements).toBe(0);
  });

  it('agrees on a comb whose long edges span every band', () => {
    const rnd = mulberry32(44);
    const ring: Ring = [[0, 0]];
    const teeth = 400;
    for (let k = 0; k < teeth; k++) {
      const x = k / teeth;
      ring.push(
        [x + 0.25 / teeth, 1 - 0.2 * rnd()],
        [x + 0.5 / teeth, 1 - 0.2 * rnd()],
        [x + 0.75 / teeth, 0.05 + 0.05 * rnd()],
      );
    }
    ring.push([1, 0], [0, 0]);
    const f = polygon(ring);
    // Without a cap every tall edge would be copied into hundreds of bands.
    expect(new PolygonIndex([f]).edgeEntryCount).toBeLessThanOrEqual(8 * (ring.length - 1) + 64);
    const r = agreementWithTurf(f, rnd, 10_000, [-0.01, -0.01, 1.01, 1.01]);
    expect(r.inside).toBeGreaterThan(1_000);
    expect(r.disagreements).toBe(0);
  });
});

describe('joinPoints', () => {
  it('returns locate() for every row, -1 for none and for missing coordinates', () => {
    const index = new PolygonIndex(fixture('squares.geojson'));
    const lon = Float64Array.from([0.5, 1.5, 1, 5, Number.NaN, 10.5]);
    const lat = Float64Array.from([0.5, 0.5, 0.5, 5, 0.5, 10.5]);
    expect(Array.from(joinPoints(index, lon, lat))).toEqual([0, 1, 0, -1, -1, 2]);
  });

  it('rejects columns of different lengths', () => {
    const index = new PolygonIndex(fixture('squares.geojson'));
    expect(() => joinPoints(index, new Float64Array(2), new Float64Array(1))).toThrow(RangeError);
  });
});
