/**
 * Planar geometry for the demo generator. All shapes are built in a local plane in kilometres centred
 * on the district origin and projected to lon/lat only when written.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Pt = [number, number];
/** Closed ring: first point equals last. */
export type Ring = Pt[];
/** Polygon: outer ring then holes. */
export type Poly = Ring[];
/** Multi-polygon: a list of polygons. */
export type Multi = Poly[];

/** The district origin, near Ningbo. */
export const ORIGIN_LON = 121.5;
export const ORIGIN_LAT = 29.87;
export const KM_PER_DEG_LAT = 110.574;
export const KM_PER_DEG_LON = 111.32 * Math.cos((ORIGIN_LAT * Math.PI) / 180);

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

export function toLon(x: number): number {
  return round6(ORIGIN_LON + x / KM_PER_DEG_LON);
}

export function toLat(y: number): number {
  return round6(ORIGIN_LAT + y / KM_PER_DEG_LAT);
}

export function fromLonLat(lon: number, lat: number): Pt {
  return [(lon - ORIGIN_LON) * KM_PER_DEG_LON, (lat - ORIGIN_LAT) * KM_PER_DEG_LAT];
}

/** Signed shoelace area of a ring, positive when counter-clockwise. */
export function ringArea(ring: readonly Pt[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return s / 2;
}

export function polyArea(poly: Poly): number {
  return poly.reduce((s, ring, i) => s + (i === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0);
}

export function multiArea(multi: Multi): number {
  return multi.reduce((s, p) => s + polyArea(p), 0);
}

export function closeRing(pts: Pt[]): Ring {
  const a = pts[0];
  const b = pts[pts.length - 1];
  return a[0] === b[0] && a[1] === b[1] ? pts : [...pts, [a[0], a[1]]];
}

/** Outer rings counter-clockwise and holes clockwise (RFC 7946). */
export function rewind(multi: Multi): Multi {
  return multi.map((poly) =>
    poly.map((ring, i) => {
      const ccw = ringArea(ring) > 0;
      return ccw === (i === 0) ? ring : [...ring].reverse();
    }),
  );
}

/** Chaikin corner cutting of a closed ring. */
export function chaikin(ring: Ring, iterations: number): Ring {
  let pts = ring.slice(0, -1);
  for (let it = 0; it < iterations; it++) {
    const out: Pt[] = [];
    for (let i = 0; i < pts.length; i++) {
      const p = pts[i];
      const q = pts[(i + 1) % pts.length];
      out.push([0.75 * p[0] + 0.25 * q[0], 0.75 * p[1] + 0.25 * q[1]]);
      out.push([0.25 * p[0] + 0.75 * q[0], 0.25 * p[1] + 0.75 * q[1]]);
    }
    pts = out;
  }
  return closeRing(pts);
}

/** Chaikin smoothing of an open polyline, keeping its end points. */
export function chaikinLine(line: Pt[], iterations: number): Pt[] {
  let pts = line;
  for (let it = 0; it < iterations; it++) {
    const out: Pt[] = [pts[0]];
    for (let i = 0; i + 1 < pts.length; i++) {
      const p = pts[i];
      const q = pts[i + 1];
      out.push([0.75 * p[0] + 0.25 * q[0], 0.75 * p[1] + 0.25 * q[1]]);
      out.push([0.25 * p[0] + 0.75 * q[0], 0.25 * p[1] + 0.75 * q[1]]);
    }
    out.push(pts[pts.length - 1]);
    pts = out;
  }
  return pts;
}

export interface BBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function bboxOf(multi: Multi): BBox {
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const poly of multi) {
    for (const [x, y] of poly[0]) {
      if (x < b.minX) b.minX = x;
      if (y < b.minY) b.minY = y;
      if (x > b.maxX) b.maxX = x;
      if (y > b.maxY) b.maxY = y;
    }
  }
  return b;
}

/** All rings of a shape as flat [x0, y0, x1, y1, ...] arrays (closing point dropped). */
export function flatten(multi: Multi): Float64Array[] {
  const out: Float64Array[] = [];
  for (const poly of multi) {
    for (const ring of poly) {
      const n = ring.length - 1;
      const flat = new Float64Array(n * 2);
      for (let i = 0; i < n; i++) {
        flat[2 * i] = ring[i][0];
        flat[2 * i + 1] = ring[i][1];
      }
      out.push(flat);
    }
  }
  return out;
}

/** Even-odd point-in-polygon over flat rings (works for holes and multi-polygons). */
export function pointInFlat(rings: readonly Float64Array[], x: number, y: number): boolean {
  let inside = false;
  for (const r of rings) {
    const n = r.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const yi = r[i + 1];
      const yj = r[j + 1];
      if (yi > y !== yj > y && x < ((r[j] - r[i]) * (y - yi)) / (yj - yi) + r[i]) inside = !inside;
    }
  }
  return inside;
}

/** GeoJSON Polygon/MultiPolygon coordinates to our Multi. */
export function fromGeometry(g: Polygon | MultiPolygon): Multi {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.map((p) => p.map((ring) => ring.map((c) => [c[0], c[1]] as Pt)));
}

/** Our Multi (in km) to a GeoJSON geometry (in lon/lat, 6 decimals); Polygon when one part. */
export function toGeometry(multi: Multi, project = true): Polygon | MultiPolygon {
  const polys = rewind(multi).map((poly) =>
    poly.map((ring) => {
      const out: Position[] = [];
      for (const [x, y] of ring) {
        const p = project ? [toLon(x), toLat(y)] : [x, y];
        const last = out[out.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
      }
      return out;
    }),
  );
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

/** Drop polygon parts smaller than `minArea` (km2). */
export function dropSlivers(multi: Multi, minArea: number): Multi {
  return multi.filter((p) => polyArea(p) >= minArea);
}

export function dist(a: Pt, b: Pt): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** True when segments p1-p2 and p3-p4 properly cross. */
export function segmentsCross(p1: Pt, p2: Pt, p3: Pt, p4: Pt): boolean {
  const d1 = (p4[0] - p3[0]) * (p1[1] - p3[1]) - (p4[1] - p3[1]) * (p1[0] - p3[0]);
  const d2 = (p4[0] - p3[0]) * (p2[1] - p3[1]) - (p4[1] - p3[1]) * (p2[0] - p3[0]);
  const d3 = (p2[0] - p1[0]) * (p3[1] - p1[1]) - (p2[1] - p1[1]) * (p3[0] - p1[0]);
  const d4 = (p2[0] - p1[0]) * (p4[1] - p1[1]) - (p2[1] - p1[1]) * (p4[0] - p1[0]);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Indices of the first two segments of a closed ring that cross each other, or undefined. */
export function ringCrossing(ring: Ring): [number, number] | undefined {
  const n = ring.length - 1;
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (segmentsCross(ring[i], ring[i + 1], ring[j], ring[j + 1])) return [i, j];
    }
  }
  return undefined;
}

/** True when a closed ring crosses itself. */
export function ringSelfCrosses(ring: Ring): boolean {
  return ringCrossing(ring) !== undefined;
}
