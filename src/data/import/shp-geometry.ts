/**
 * The .shp geometry reader (ESRI Shapefile Technical Description, 1998), by hand rather than with
 * shpjs, so that a truncated file, a null shape or a record whose counts do not fit its length
 * becomes a per-record issue instead of an exception deep in a library or a hang.
 * Z and M values are dropped (the map is 2-D). Coordinates are returned as stored. Pure TypeScript.
 */
import type { Geometry, Position } from 'geojson';
import { trBoth, type Text } from '../../domain/text.ts';
import { SHAPEFILE_TEXT } from './shapefile-strings.ts';
import { indexShp, type ShpIssue } from './shp-index.ts';

export interface ShpData {
  /** The shape type in the file header (1 point, 3 polyline, 5 polygon, 8 multipoint, +10 Z, +20 M). */
  shapeType: number;
  /** One entry per record, in file order; null for a null shape or an unreadable record. */
  geometries: (Geometry | null)[];
  issues: ShpIssue[];
}

/** Signed area of a ring (shoelace): negative for clockwise, i.e. a Shapefile outer ring. */
export function ringArea(r: Position[]): number {
  let s = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) s += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
  return s / 2;
}

function pointInRing(x: number, y: number, r: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i];
    const [xj, yj] = r[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Shapefile rings -> GeoJSON polygons: clockwise rings are outers, counter-clockwise ones holes of
 * the smallest outer that contains them. A hole inside no outer, or a file whose rings are all
 * counter-clockwise (some writers get the order wrong), is read as outers. Output follows
 * RFC 7946 (outers counter-clockwise).
 */
export function groupRings(rings: Position[][]): Position[][][] {
  const areas = rings.map(ringArea);
  const outerIdx = areas.map((a, i) => (a < 0 ? i : -1)).filter((i) => i >= 0);
  if (outerIdx.length === 0) return rings.map((r) => [r]);
  const polys = outerIdx.map((i) => [rings[i].slice().reverse()]);
  for (let i = 0; i < rings.length; i++) {
    if (areas[i] < 0) continue;
    const [x, y] = rings[i][0];
    let best = -1;
    for (let k = 0; k < outerIdx.length; k++) {
      const o = outerIdx[k];
      if (pointInRing(x, y, rings[o]) && (best < 0 || -areas[o] < -areas[outerIdx[best]])) best = k;
    }
    if (best >= 0) polys[best].push(rings[i].slice().reverse());
    else polys.push([rings[i]]);
  }
  return polys;
}

/**
 * Read one record's content (starting at the shape type) into a geometry. `len` is the room the
 * record has (up to the next record), not its stated length, which some writers undercount.
 */
function readShape(
  v: DataView,
  p: number,
  len: number,
  record: number,
  issues: ShpIssue[],
  swap: boolean,
): Geometry | null {
  const type = v.getInt32(p, true);
  const bad = (what: Text) => {
    issues.push({ record, severity: 'error', reason: trBoth(SHAPEFILE_TEXT.badRecord, String(record), what) });
    return null;
  };
  const base = type % 10;
  if (type === 0) return null;
  if (type === 31) return bad(SHAPEFILE_TEXT.shapeMultipatch);
  if (![1, 3, 5, 8].includes(base) || type > 28) return bad(trBoth(SHAPEFILE_TEXT.shapeUnknownType, String(type)));
  const pt = (o: number): Position => {
    const x = v.getFloat64(o, true);
    const y = v.getFloat64(o + 8, true);
    return swap ? [y, x] : [x, y];
  };
  if (base === 1) return len >= 20 ? { type: 'Point', coordinates: pt(p + 4) } : bad(SHAPEFILE_TEXT.shapeTooShort);
  if (base === 8) {
    const n = len >= 40 ? v.getInt32(p + 36, true) : -1;
    if (n < 0 || 40 + n * 16 > len) return bad(SHAPEFILE_TEXT.shapePointCount);
    const pts: Position[] = [];
    for (let i = 0; i < n; i++) pts.push(pt(p + 40 + i * 16));
    return { type: 'MultiPoint', coordinates: pts };
  }
  const nParts = len >= 44 ? v.getInt32(p + 36, true) : -1;
  const nPoints = len >= 44 ? v.getInt32(p + 40, true) : -1;
  if (nParts < 0 || nPoints < 0 || 44 + nParts * 4 + nPoints * 16 > len) return bad(SHAPEFILE_TEXT.shapePartCounts);
  const parts: Position[][] = [];
  for (let k = 0; k < nParts; k++) {
    const s = v.getInt32(p + 44 + k * 4, true);
    const e = k + 1 < nParts ? v.getInt32(p + 48 + k * 4, true) : nPoints;
    if (s < 0 || e > nPoints || s > e) return bad(SHAPEFILE_TEXT.shapePartIndex);
    const ring: Position[] = [];
    for (let i = s; i < e; i++) ring.push(pt(p + 44 + nParts * 4 + i * 16));
    parts.push(ring);
  }
  if (base === 3) {
    const lines = parts.filter((l) => l.length >= 2);
    if (!lines.length) return null;
    return lines.length === 1
      ? { type: 'LineString', coordinates: lines[0] }
      : { type: 'MultiLineString', coordinates: lines };
  }
  const rings: Position[][] = [];
  for (const r of parts) {
    const closed = r.length > 0 && r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1];
    if (r.length > 0 && !closed) r.push(r[0].slice());
    if (r.length < 4) {
      issues.push({
        record,
        severity: 'warning',
        reason: trBoth(SHAPEFILE_TEXT.badRecord, String(record), SHAPEFILE_TEXT.shapeShortRing),
      });
      continue;
    }
    rings.push(r);
  }
  if (!rings.length) return null;
  const polys = groupRings(rings);
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

/** Options for parseShp. */
export interface ParseShpOptions {
  /**
   * Read each point as (y, x): for files that store northing first. Done while reading, not
   * afterwards, because swapping mirrors the rings and so flips outer/hole orientation.
   */
  swapXY?: boolean;
  /** The layer's .shx: records are then read at the offsets it gives (see shp-index.ts). */
  shx?: Uint8Array;
}

/**
 * Parse a .shp file.
 *
 * @returns undefined when the bytes are not a Shapefile at all (too short or a wrong file code);
 *   a truncated file returns the records read so far plus an issue.
 */
export function parseShp(bytes: Uint8Array, opts: ParseShpOptions = {}): ShpData | undefined {
  if (bytes.length < 100) return undefined;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (v.getInt32(0, false) !== 9994) return undefined;
  const shapeType = v.getInt32(32, true);
  // The header's file length is often wrong in files from small tools; the bytes are the truth.
  const index = indexShp(bytes, shapeType, opts.shx);
  const issues: ShpIssue[] = [...index.issues];
  const geometries = index.spans.map((s) => readShape(v, s.content, s.room, s.record, issues, !!opts.swapXY));
  return { shapeType, geometries, issues };
}

/**
 * The first proper crossing of two non-adjacent edges of a closed ring, or undefined.
 * Sort-and-sweep on x so large rings stay near O(n log n) (turf's kinks is O(n^2)).
 */
export function ringCrossing(r: Position[]): Position | undefined {
  const n = r.length - 1; // edges; the ring is closed
  if (n < 4) return undefined;
  const order = Array.from({ length: n }, (_, i) => i);
  const minX = (i: number) => Math.min(r[i][0], r[i + 1][0]);
  const maxX = (i: number) => Math.max(r[i][0], r[i + 1][0]);
  order.sort((a, b) => minX(a) - minX(b));
  const orient = (a: Position, b: Position, c: Position) =>
    Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  let active: number[] = [];
  for (const i of order) {
    const x = minX(i);
    active = active.filter((j) => maxX(j) >= x);
    const [a, b] = [r[i], r[i + 1]];
    for (const j of active) {
      if (Math.abs(i - j) === 1 || Math.abs(i - j) === n - 1) continue;
      const [c, d] = [r[j], r[j + 1]];
      if (orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0) {
        const den = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
        const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / den;
        return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      }
    }
    active.push(i);
  }
  return undefined;
}
