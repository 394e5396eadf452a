/**
 * A partition of a shape into Voronoi cells whose edges wiggle like real administrative boundaries
 * (which follow rivers, ridges and roads). Each Voronoi edge is replaced by a midpoint-displacement
 * polyline seeded by the edge's own end points, so the two cells sharing an edge get exactly the same
 * wiggle and the partition stays gap-free. Cells are then clipped to the shape with turf.intersect.
 */
import { Delaunay } from 'd3';
import { featureCollection, intersect, multiPolygon, polygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { type Multi, type Pt, type Ring, bboxOf, closeRing, dropSlivers, fromGeometry, ringCrossing } from './geometry';
import { Rng, hash32 } from './random';

export interface NoiseOptions {
  /** Displacement of the first midpoint as a fraction of the edge length. */
  amp: number;
  /** Subdivision levels (2^depth segments per edge). */
  depth: number;
  /** Salt for the edge seeds, so different partitions wiggle differently. */
  salt: number;
  /** Longest straight piece before displacement (km): long edges wiggle like short ones. */
  cap: number;
}

const q = (v: number) => Math.round(v * 1e6) / 1e6;

function displace(a: Pt, b: Pt, opts: NoiseOptions, amp: number): Pt[] {
  const rng = new Rng(
    hash32(opts.salt, Math.round(a[0] * 1e6), Math.round(a[1] * 1e6), Math.round(b[0] * 1e6), Math.round(b[1] * 1e6)),
  );
  // Long edges are first cut into pieces no longer than `cap`, so every part wiggles alike.
  const pieces = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / opts.cap));
  let pts: Pt[] = [];
  for (let i = 0; i <= pieces; i++)
    pts.push(i === pieces ? b : [a[0] + ((b[0] - a[0]) * i) / pieces, a[1] + ((b[1] - a[1]) * i) / pieces]);
  let level = amp;
  for (let d = 0; d < opts.depth; d++) {
    const out: Pt[] = [pts[0]];
    for (let i = 0; i + 1 < pts.length; i++) {
      const p = pts[i];
      const r = pts[i + 1];
      const dx = r[0] - p[0];
      const dy = r[1] - p[1];
      const off = level * (rng.next() * 2 - 1);
      out.push([(p[0] + r[0]) / 2 - dy * off, (p[1] + r[1]) / 2 + dx * off]);
      out.push(r);
    }
    pts = out;
    level *= 0.72;
  }
  return pts;
}

/** The wiggled version of edge a-b, the same (reversed) for b-a. */
function noisyEdge(a: Pt, b: Pt, opts: NoiseOptions, amp: number): Pt[] {
  const forward = a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  return forward ? displace(a, b, opts, amp) : displace(b, a, opts, amp).reverse();
}

const edgeKey = (a: Pt, b: Pt) => {
  const ka = `${a[0]},${a[1]}`;
  const kb = `${b[0]},${b[1]}`;
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
};

/** Noisy Voronoi cells of `seeds`, each clipped to `clip`; a cell may come back empty. */
export function noisyVoronoi(seeds: readonly Pt[], clip: Multi, opts: NoiseOptions): Multi[] {
  const b = bboxOf(clip);
  const m = Math.max(b.maxX - b.minX, b.maxY - b.minY);
  const voronoi = Delaunay.from(seeds as Pt[]).voronoi([b.minX - m, b.minY - m, b.maxX + m, b.maxY + m]);
  const cells: Pt[][] = seeds.map((_, i) => {
    const poly = voronoi.cellPolygon(i) as Pt[] | null;
    if (!poly) return [];
    const pts = poly.slice(0, -1).map(([x, y]) => [q(x), q(y)] as Pt);
    return pts.filter((p, k) => k === 0 || p[0] !== pts[k - 1][0] || p[1] !== pts[k - 1][1]);
  });

  // Edges whose wiggles cross another edge of the same cell wiggle less (both neighbours alike).
  const calm = new Map<string, number>();
  const build = (pts: Pt[]): { ring: Ring; edgeOf: number[] } => {
    const out: Pt[] = [];
    const edgeOf: number[] = [];
    for (let k = 0; k < pts.length; k++) {
      const a = pts[k];
      const c = pts[(k + 1) % pts.length];
      const amp = opts.amp * (calm.get(edgeKey(a, c)) ?? 1);
      const seg = noisyEdge(a, c, opts, amp).slice(0, -1);
      out.push(...seg);
      for (let i = 0; i < seg.length; i++) edgeOf.push(k);
    }
    return { ring: closeRing(out), edgeOf };
  };
  let rings: Ring[] = [];
  for (let pass = 0; pass < 12; pass++) {
    let changed = false;
    rings = cells.map((pts) => {
      if (pts.length < 3) return [];
      const { ring, edgeOf } = build(pts);
      const crossing = ringCrossing(ring);
      if (crossing) {
        for (const seg of crossing) {
          const k = edgeOf[seg];
          const key = edgeKey(pts[k], pts[(k + 1) % pts.length]);
          const f = (calm.get(key) ?? 1) * 0.5;
          calm.set(key, f < 0.1 ? 0 : f);
        }
        changed = true;
      }
      return ring;
    });
    if (!changed) break;
  }

  const clipFeature = multiPolygon(clip);
  return rings.map((ring) => {
    if (ring.length < 4) return [];
    const cut = intersect(featureCollection<Polygon | MultiPolygon>([polygon([ring]), clipFeature]));
    return cut ? dropSlivers(fromGeometry(cut.geometry), 1e-4) : [];
  });
}
