/**
 * Benchmark of the data build's spatial join (src/data/spatial-index.ts): 1,000,000 random points
 * joined to 16 towns (~1000 vertices each), 256 supervision grid cells (~120 vertices) and 50 parks
 * (~120 vertices, every fifth with a hole), against turf's booleanPointInPolygon doing the same
 * first-match join on 20,000 of the points (extrapolated: turf at 1M points takes minutes).
 *
 * Run: npx tsx scripts/bench/spatial-join.ts
 * Prints: spatial-join-1m: ours_ms=<median> turf_ms=<extrapolated> rows=1000000
 */
import { booleanPointInPolygon } from '@turf/turf';
import { joinPoints, PolygonIndex, type PolygonFeatureLike } from '../../src/data/spatial-index.ts';
import { mulberry32 } from '../../src/data/random-columns.ts';
import { isMain } from '../is-main.ts';

type Ring = number[][];
interface BenchFeature extends PolygonFeatureLike {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: Ring[] };
  bbox?: [number, number, number, number];
}

const REGION = { minX: 116.0, minY: 39.6, maxX: 116.6, maxY: 40.1 };

/**
 * A cols x rows lattice of cells with wiggly sides, like administrative boundaries: every side is a
 * polyline of `perSide` segments displaced sideways by a smooth random curve that is zero at the
 * corners, and neighbouring cells share the very same vertices (as real tessellations do).
 */
function wigglyLattice(cols: number, rows: number, perSide: number, seed: number): BenchFeature[] {
  const rnd = mulberry32(seed);
  const w = (REGION.maxX - REGION.minX) / cols;
  const h = (REGION.maxY - REGION.minY) / rows;
  const node = (i: number, j: number): [number, number] => [REGION.minX + i * w, REGION.minY + j * h];
  // Side polylines keyed by orientation and start node; displacement ~8% of the cell size.
  const side = (ax: number, ay: number, bx: number, by: number, amp: number): Ring => {
    const coef = [1, 2, 3, 5, 8].map((k) => [k, (rnd() - 0.5) / k] as const);
    const nx = -(by - ay);
    const ny = bx - ax;
    const len = Math.hypot(nx, ny);
    const pts: Ring = [];
    for (let s = 0; s <= perSide; s++) {
      const t = s / perSide;
      let d = 0;
      for (const [k, c] of coef) d += c * Math.sin(k * Math.PI * t);
      d *= amp;
      pts.push([ax + (bx - ax) * t + (nx / len) * d, ay + (by - ay) * t + (ny / len) * d]);
    }
    return pts;
  };
  const horiz: Ring[][] = []; // horiz[i][j]: from node(i,j) to node(i+1,j)
  const vert: Ring[][] = []; // vert[i][j]: from node(i,j) to node(i,j+1)
  for (let i = 0; i <= cols; i++) {
    horiz[i] = [];
    vert[i] = [];
    for (let j = 0; j <= rows; j++) {
      const [x, y] = node(i, j);
      const boundary = j === 0 || j === rows;
      if (i < cols) horiz[i][j] = side(x, y, x + w, y, boundary ? 0 : 0.16 * h);
      const vBoundary = i === 0 || i === cols;
      if (j < rows) vert[i][j] = side(x, y, x, y + h, vBoundary ? 0 : 0.16 * w);
    }
  }
  const features: BenchFeature[] = [];
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      // Counter-clockwise: bottom, right, top reversed, left reversed; drop each side's last point.
      const ring: Ring = [
        ...horiz[i][j].slice(0, -1),
        ...vert[i + 1][j].slice(0, -1),
        ...[...horiz[i][j + 1]].reverse().slice(0, -1),
        ...[...vert[i][j]].reverse().slice(0, -1),
      ];
      ring.push(ring[0]);
      features.push({ type: 'Feature', properties: { i, j }, geometry: { type: 'Polygon', coordinates: [ring] } });
    }
  }
  return features;
}

/** Star-shaped blob around (cx, cy): radius varies smoothly with angle. */
function blob(cx: number, cy: number, r: number, n: number, rnd: () => number, clockwise: boolean): Ring {
  const coef = [2, 3, 5, 7].map((k) => [k, ((rnd() - 0.5) * 0.5) / Math.sqrt(k), rnd() * 2 * Math.PI] as const);
  const ring: Ring = [];
  for (let s = 0; s < n; s++) {
    const a = ((clockwise ? -1 : 1) * 2 * Math.PI * s) / n;
    let f = 1;
    for (const [k, c, ph] of coef) f += c * Math.sin(k * a + ph);
    ring.push([cx + r * f * Math.cos(a), cy + r * f * Math.sin(a) * 0.77]);
  }
  ring.push(ring[0]);
  return ring;
}

function parks(count: number, seed: number): BenchFeature[] {
  const rnd = mulberry32(seed);
  const out: BenchFeature[] = [];
  for (let k = 0; k < count; k++) {
    const cx = REGION.minX + 0.05 + rnd() * 0.5;
    const cy = REGION.minY + 0.05 + rnd() * 0.4;
    const r = 0.005 + rnd() * 0.015;
    const rings = [blob(cx, cy, r, 120, rnd, false)];
    if (k % 5 === 0) rings.push(blob(cx, cy, r * 0.3, 40, rnd, true));
    out.push({ type: 'Feature', properties: { k }, geometry: { type: 'Polygon', coordinates: rings } });
  }
  return out;
}

function withBbox(features: BenchFeature[]): BenchFeature[] {
  // turf's booleanPointInPolygon skips a feature quickly when the feature carries a bbox.
  return features.map((f) => {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const [x, y] of f.geometry.coordinates[0]) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    return { ...f, bbox: [minX, minY, maxX, maxY] };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Result of {@link runSpatialJoinBench}. */
export interface SpatialJoinBenchResult {
  rows: number;
  /** Median wall time of building the three indexes and joining all rows to them. */
  oursMs: number;
  /** turf's time for `turfRows` rows, scaled to `rows`. */
  turfMs: number;
  turfRows: number;
  /** Rows (of the turf sample) where the two joins disagree, over all three layers. */
  mismatches: number;
  vertices: { towns: number; grid: number; parks: number };
}

/** Run the benchmark (see the file comment). */
export function runSpatialJoinBench(rows = 1_000_000, turfRows = 20_000, repeats = 5): SpatialJoinBenchResult {
  const layers = [wigglyLattice(4, 4, 250, 1), wigglyLattice(16, 16, 30, 2), parks(50, 3)];
  const rnd = mulberry32(4);
  const lon = new Float64Array(rows);
  const lat = new Float64Array(rows);
  const padX = 0.03 * (REGION.maxX - REGION.minX);
  const padY = 0.03 * (REGION.maxY - REGION.minY);
  for (let i = 0; i < rows; i++) {
    lon[i] = REGION.minX - padX + rnd() * (REGION.maxX - REGION.minX + 2 * padX);
    lat[i] = REGION.minY - padY + rnd() * (REGION.maxY - REGION.minY + 2 * padY);
  }

  const times: number[] = [];
  let joined: Int16Array[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    joined = layers.map((features) => joinPoints(new PolygonIndex(features), lon, lat));
    times.push(performance.now() - t0);
  }

  const turfLayers = layers.map(withBbox);
  const t0 = performance.now();
  let mismatches = 0;
  for (let i = 0; i < turfRows; i++) {
    const pt: [number, number] = [lon[i], lat[i]];
    turfLayers.forEach((features, l) => {
      let found = -1;
      for (let f = 0; f < features.length; f++) {
        if (booleanPointInPolygon(pt, features[f] as Parameters<typeof booleanPointInPolygon>[1])) {
          found = f;
          break;
        }
      }
      if (found !== joined[l][i]) mismatches++;
    });
  }
  const turfSampleMs = performance.now() - t0;

  const count = (fs: BenchFeature[]) =>
    fs.reduce((s, f) => s + f.geometry.coordinates.reduce((t, r) => t + r.length - 1, 0), 0);
  return {
    rows,
    oursMs: median(times),
    turfMs: (turfSampleMs * rows) / turfRows,
    turfRows,
    mismatches,
    vertices: { towns: count(layers[0]), grid: count(layers[1]), parks: count(layers[2]) },
  };
}

if (isMain(import.meta.url)) {
  const r = runSpatialJoinBench();
  console.log(
    `# layers: 16 towns (${r.vertices.towns} vertices), 256 grid cells (${r.vertices.grid}), 50 parks (${r.vertices.parks}); ` +
      `turf sample ${r.turfRows} rows, disagreements ${r.mismatches}`,
  );
  console.log(`spatial-join-1m: ours_ms=${r.oursMs.toFixed(0)} turf_ms=${r.turfMs.toFixed(0)} rows=${r.rows}`);
}
