/**
 * Benchmark of the area metrics (src/data/area/area-metrics.ts): recompute every metric of every town, grid
 * cell and park after a filter change, on 1,000,000 enterprises (the given columns, else
 * src/data/random-columns.ts with a fixed seed). Eight different masks (no filter, a level, a broad
 * and a narrow random selection, a town, a score range, hazards, red+orange), several rounds, median.
 * The one-time combo table build (first call per dataset) is reported on stderr, not in the figure.
 *
 * Peer on stderr: the same aggregation (grouped per kind: count per level, score sum and max, hazard
 * sums) with d3.rollup over row objects, timed on 100,000 rows and extrapolated ×10 (1M row objects
 * would take ~200 MB just to exist).
 *
 * Run: npx tsx scripts/bench/areas.ts
 * Prints: areas-1m: ours_ms=<median> rows=<n> areas=<towns + grids + parks>
 */
import { rollup } from 'd3';
import type { EnterpriseColumns } from '../../src/data/columns.ts';
import { computeAllAreaMetrics } from '../../src/data/area/area-metrics.ts';
import { mulberry32, randomColumns } from '../../src/data/random-columns.ts';
import { median } from './stats.ts';
import { isMain } from '../is-main.ts';

const ROUNDS = 7;
const log = (s: string) => process.stderr.write(`${s}\n`);

/** Anything with the three area lists and their km² (a DatasetManifest fits). */
export interface AreaLists {
  towns: { areaKm2: number }[];
  grids: { areaKm2: number }[];
  parks: { areaKm2: number }[];
}

/** Masks a session might produce, built from the data so any columns can be benchmarked. */
function masks(c: EnterpriseColumns): [string, Uint8Array | null][] {
  const n = c.length;
  const make = (pass: (i: number) => boolean) => {
    const m = new Uint8Array(n);
    for (let i = 0; i < n; i++) m[i] = pass(i) ? 1 : 0;
    return m;
  };
  const rnd = mulberry32(7);
  const r50 = make(() => rnd() < 0.5);
  const r5 = make(() => rnd() < 0.05);
  return [
    ['no filter', null],
    ['level low', make((i) => c.level[i] === 3)],
    ['random 50%', r50],
    ['random 5%', r5],
    ['town 1', make((i) => c.town[i] === 1)],
    ['score 30-80', make((i) => c.score[i] >= 30 && c.score[i] <= 80)],
    ['open hazards', make((i) => c.hazardsOpen[i] > 0)],
    ['red + orange', make((i) => c.level[i] <= 1)],
  ];
}

/** The d3.rollup peer over row objects, per kind; returns ms for `rows` rows. */
function peerD3(c: EnterpriseColumns, rows: number, mask: Uint8Array): number {
  type Row = {
    town: number;
    grid: number;
    park: number;
    level: number;
    score: number;
    open: number;
    overdue: number;
    major: number;
  };
  const objs: Row[] = [];
  for (let i = 0; i < rows; i++) {
    objs.push({
      town: c.town[i],
      grid: c.grid[i],
      park: c.park[i],
      level: c.level[i],
      score: c.score[i],
      open: c.hazardsOpen[i],
      overdue: c.hazardsOverdue[i],
      major: c.hazardsOpenMajor[i],
    });
  }
  const reduce = (g: Row[]) => {
    const byLevel = [0, 0, 0, 0];
    let sum = 0,
      max = -Infinity,
      open = 0,
      overdue = 0,
      major = 0;
    for (const r of g) {
      byLevel[r.level]++;
      sum += r.score;
      if (r.score > max) max = r.score;
      open += r.open;
      overdue += r.overdue;
      major += r.major;
    }
    return { n: g.length, byLevel, mean: sum / g.length, max, open, overdue, major };
  };
  const run = () => {
    const sel = objs.filter((_, i) => mask[i] === 1);
    rollup(sel, reduce, (r) => r.town);
    rollup(sel, reduce, (r) => r.grid);
    rollup(sel, reduce, (r) => r.park);
  };
  run();
  const ts: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    run();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

/**
 * Runs the benchmark and returns exactly `areas-1m: ours_ms=<median> rows=<n> areas=<total areas>`;
 * details (first-call cost, per-mask medians, the d3 peer) go to stderr.
 */
export function benchAreas(columns: EnterpriseColumns, areas: AreaLists): string {
  const ms = masks(columns);
  let t0 = performance.now();
  computeAllAreaMetrics(columns, null, areas);
  log(
    `areas-1m: first call per dataset (also builds the (town, grid, park) combo table) ${(performance.now() - t0).toFixed(1)} ms`,
  );

  const per: number[][] = ms.map(() => []);
  let sink = 0;
  for (let r = 0; r < ROUNDS + 1; r++) {
    ms.forEach(([, m], j) => {
      t0 = performance.now();
      const out = computeAllAreaMetrics(columns, m, areas);
      const dt = performance.now() - t0;
      sink += out.grid.enterprises[0]; // keep the result observable so no work can be skipped
      if (r >= 1) per[j].push(dt);
    });
  }
  ms.forEach(([name, m], j) => {
    const sel = m === null ? columns.length : m.reduce((s, v) => s + v, 0);
    log(`  ${name.padEnd(14)} selected=${String(sel).padStart(8)} ours=${median(per[j]).toFixed(2)} ms`);
  });
  if (sink < 0) log('unreachable');

  const peerRows = Math.min(100_000, columns.length);
  const peerMs = peerD3(columns, peerRows, ms[2][1] as Uint8Array);
  log(
    `# peer: d3.rollup over row objects, 3 kinds, random 50% mask: ${peerMs.toFixed(1)} ms per ${peerRows} rows ≈ ${(peerMs * (columns.length / peerRows)).toFixed(0)} ms per ${columns.length} rows (extrapolated)`,
  );

  const total = areas.towns.length + areas.grids.length + areas.parks.length;
  return `areas-1m: ours_ms=${median(per.flat()).toFixed(2)} rows=${columns.length} areas=${total}`;
}

if (isMain(import.meta.url)) {
  const towns = 16,
    grids = 250,
    parks = 50;
  const columns = randomColumns({ n: 1_000_000, seed: 20240601, towns, grids, parks });
  // Synthetic sizes: a 400 km² district, towns of ~25 km², cells of ~1.6 km², parks of 0.2-2 km².
  const rnd = mulberry32(3);
  const list = (k: number, lo: number, hi: number) =>
    Array.from({ length: k }, () => ({ areaKm2: lo + rnd() * (hi - lo) }));
  console.log(
    benchAreas(columns, { towns: list(towns, 10, 40), grids: list(grids, 0.5, 3), parks: list(parks, 0.2, 2) }),
  );
}
