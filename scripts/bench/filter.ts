/**
 * Benchmark of the cross-filter engine (src/data/filter-engine.ts) against crossfilter2 on 1,000,000
 * enterprises (the given columns, else src/data/random-columns.ts with a fixed seed), over one sequence
 * of 20 filter changes an analyst might make: sector, town, level, a score brush moved in steps, a
 * flag, a hazard, clearing, broad selections such as "low risk" and "not in a park".
 * - ours: full recompute per state (mask, selected, every dimension's counts, hazard totals); median of
 *   5 timed passes after a first pass (which builds the pair crosstabs it needs: reported on stderr)
 *   and one untimed pass.
 * - crossfilter2_cold: per state, clear every dimension, apply all of the state's filters, read every
 *   group and the hazard sums (dimension building excluded, reported on stderr). It produces no mask.
 * - crossfilter2_brush: crossfilter's incremental mode on the same sequence: each change re-filters only
 *   the dimension it touches while the others stay held (the score brush is dimension.filterRange),
 *   then every group is read.
 * stderr also gets per-state medians and a pure brush (score range moved 20 steps, a level held).
 *
 * Run: npx tsx scripts/bench/filter.ts
 * Prints: filter-1m: ours_ms=<median> crossfilter2_cold_ms=<median> crossfilter2_brush_ms=<median> rows=1000000
 */
import crossfilter from 'crossfilter2';
import type { EnterpriseColumns } from '../../src/data/columns.ts';
import { createFilterEngine, EMPTY_FILTERS, type FilterState } from '../../src/data/filter-engine.ts';
import { randomColumns } from '../../src/data/random-columns.ts';
import { flagBit } from '../../src/domain/flags.ts';
import { sectorCode } from '../../src/domain/sectors.ts';
import { median } from './stats.ts';
import { isMain } from '../is-main.ts';

const ROUNDS = 5;
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const log = (s: string) => process.stderr.write(`${s}\n`);

/** The 20 states, each one change from the previous (a realistic session, broad and narrow). */
function sequence(): [string, FilterState][] {
  const E = EMPTY_FILTERS;
  const mach = sectorCode('machinery'),
    chem = sectorCode('hazchem');
  const s2 = { ...E, sectors: [mach, chem] };
  const t2 = { ...s2, towns: [1, 4] };
  const l2 = { ...t2, levels: [0, 1] };
  const b = (lo: number, hi: number) => ({ ...l2, scoreRange: [lo, hi] as [number, number] });
  const low = { ...E, levels: [3] };
  const cells = { ...E, grids: [17, 18, 19, 40, 41] };
  return [
    ['sector machinery', { ...E, sectors: [mach] }],
    ['+sector hazchem', s2],
    ['+town 1', { ...s2, towns: [1] }],
    ['+town 4', t2],
    ['+level major', { ...t2, levels: [0] }],
    ['+level significant', l2],
    ['brush 60-100', b(60, 100)],
    ['brush 64-100', b(64, 100)],
    ['brush 70-100', b(70, 100)],
    ['brush 70-90', b(70, 90)],
    ['+flag factory-in-factory', { ...b(70, 90), flags: flagBit('factory_in_factory') }],
    ['-flag', b(70, 90)],
    ['+hazard overdue', { ...b(70, 90), hazard: 2 }],
    ['clear all', E],
    ['level low', low],
    ['+park type small&micro', { ...low, parkTypes: [1] }],
    ['park type: not in a park', { ...low, parkTypes: [-1] }],
    ['clear; 5 grid cells', cells],
    ['+score 0-50', { ...cells, scoreRange: [0, 50] }],
    ['score 30-80 alone', { ...E, scoreRange: [30, 80] }],
  ];
}

/** Dimension sizes from the data itself (max code + 1), so any columns can be benchmarked. */
function dimsOf(c: EnterpriseColumns) {
  const max = (a: Int16Array) => a.reduce((m, v) => (v > m ? v : m), -1) + 1;
  return { towns: max(c.town), grids: max(c.grid), parks: max(c.park) };
}

type Xf = ReturnType<typeof crossfilter<number>>;
type Dim = ReturnType<Xf['dimension']>;
interface Cf {
  dims: Record<string, Dim>;
  groups: ReturnType<Dim['group']>[];
  totals: { value(): unknown };
}

/** crossfilter2 over row indices, one dimension and group per engine dimension, plus hazard sums. */
function buildCrossfilter(c: EnterpriseColumns): Cf {
  const n = c.length;
  const hz = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    hz[i] =
      (c.hazardsOpenMajor[i] > 0 ? 1 : 0) |
      (c.hazardsOverdue[i] > 0 ? 2 : 0) |
      (c.hazardsListed[i] > 0 ? 4 : 0) |
      (c.hazardsOpen[i] > 0 ? 8 : 0);
  }
  const xf = crossfilter(Array.from({ length: n }, (_, i) => i));
  const cols: Record<string, ArrayLike<number>> = {
    sector: c.sector,
    level: c.level,
    town: c.town,
    grid: c.grid,
    park: c.park,
    parkType: c.parkType,
    flags: c.flags,
    hazard: hz,
    score: c.score,
  };
  const dims: Record<string, Dim> = {};
  const groups: ReturnType<Dim['group']>[] = [];
  for (const [key, col] of Object.entries(cols)) {
    // crossfilter sorts by value: a NaN score would break that, so it sorts as -1 (never in a range).
    const d =
      key === 'score'
        ? xf.dimension((i: number) => (col[i] === col[i] ? col[i] : -1))
        : xf.dimension((i: number) => col[i]);
    dims[key] = d;
    groups.push(key === 'score' ? d.group((s) => Math.min(49, Math.max(0, Math.floor(Number(s) / 2)))) : d.group());
  }
  type Sums = { open: number; major: number; overdue: number; listed: number };
  const totals = xf.groupAll<Sums>().reduce(
    (p, i) => ({
      open: p.open + c.hazardsOpen[i],
      major: p.major + c.hazardsOpenMajor[i],
      overdue: p.overdue + c.hazardsOverdue[i],
      listed: p.listed + c.hazardsListed[i],
    }),
    (p, i) => ({
      open: p.open - c.hazardsOpen[i],
      major: p.major - c.hazardsOpenMajor[i],
      overdue: p.overdue - c.hazardsOverdue[i],
      listed: p.listed - c.hazardsListed[i],
    }),
    () => ({ open: 0, major: 0, overdue: 0, listed: 0 }),
  );
  return { dims, groups, totals };
}

/** Set one crossfilter dimension to the state's filter for it (or clear it). */
function applyDim(cf: Cf, key: string, f: FilterState): void {
  const d = cf.dims[key];
  const list = {
    sector: f.sectors,
    level: f.levels,
    town: f.towns,
    grid: f.grids,
    park: f.parks,
    parkType: f.parkTypes,
  }[key];
  if (list) {
    if (list.length === 0) d.filterAll();
    else if (list.length === 1) d.filterExact(list[0]);
    else d.filterFunction((v) => list.includes(Number(v)));
  } else if (key === 'flags' || key === 'hazard') {
    const sel = key === 'flags' ? f.flags : f.hazard;
    if (sel === 0) d.filterAll();
    else d.filterFunction((v) => (Number(v) & sel) === sel);
  } else if (key === 'score') {
    // filterRange is half-open [lo, hi): nudge hi so it is inclusive like the engine's.
    if (f.scoreRange) d.filterRange([f.scoreRange[0], f.scoreRange[1] + 1e-9]);
    else d.filterAll();
  }
}

/** What a view needs from crossfilter after a change: every group's counts and the totals. */
function readCrossfilter(cf: Cf): number {
  let sink = 0;
  for (const g of cf.groups) sink += g.all().length;
  cf.totals.value();
  return sink;
}

const changed = (a: FilterState, b: FilterState, key: string): boolean => {
  const k = {
    sector: 'sectors',
    level: 'levels',
    town: 'towns',
    grid: 'grids',
    park: 'parks',
    parkType: 'parkTypes',
    flags: 'flags',
    hazard: 'hazard',
    score: 'scoreRange',
  }[key] as keyof FilterState;
  return JSON.stringify(a[k]) !== JSON.stringify(b[k]);
};

/** Runs the benchmark and returns the one-line summary (details go to stderr). */
export async function benchFilter(columns?: EnterpriseColumns): Promise<string> {
  const c = columns ?? randomColumns({ n: 1_000_000, seed: 20240601 });
  const dims = dimsOf(c);
  const seq = sequence();

  let t0 = process.hrtime.bigint();
  const engine = createFilterEngine(c, dims);
  log(`filter-1m: engine build ${ms(t0).toFixed(0)} ms`);
  const out = engine.createResult();
  // The first pass also builds the pair crosstabs the sequence needs (once per pair of dimensions);
  // it is reported on its own, then one untimed pass lets the JIT settle before the timed rounds.
  const first: number[] = [];
  const ours: number[][] = seq.map(() => []);
  for (let r = 0; r < ROUNDS + 2; r++) {
    seq.forEach(([, f], j) => {
      const t = process.hrtime.bigint();
      engine.run(f, out);
      if (r === 0) first.push(ms(t));
      if (r >= 2) ours[j].push(ms(t));
    });
  }

  t0 = process.hrtime.bigint();
  const cf = buildCrossfilter(c);
  log(`filter-1m: crossfilter2 build (9 dimensions + groups) ${ms(t0).toFixed(0)} ms`);
  const keys = Object.keys(cf.dims);
  const cold: number[][] = seq.map(() => []);
  const incr: number[][] = seq.map(() => []);
  for (let r = 0; r < 2; r++) {
    seq.forEach(([, f], j) => {
      const t = process.hrtime.bigint();
      for (const key of keys) cf.dims[key].filterAll();
      for (const key of keys) applyDim(cf, key, f);
      readCrossfilter(cf);
      if (r >= 1) cold[j].push(ms(t));
    });
    for (const key of keys) cf.dims[key].filterAll();
    let prev: FilterState = EMPTY_FILTERS;
    seq.forEach(([, f], j) => {
      const t = process.hrtime.bigint();
      for (const key of keys) if (changed(prev, f, key)) applyDim(cf, key, f);
      readCrossfilter(cf);
      if (r >= 1) incr[j].push(ms(t));
      prev = f;
    });
  }

  // Pure brush: a level filter held, the score range dragged in 20 steps.
  const brushStates = Array.from({ length: 20 }, (_, s): FilterState => ({
    ...EMPTY_FILTERS,
    levels: [1, 2],
    scoreRange: [20 + 2 * s, 60 + 3 * s],
  }));
  for (const key of keys) cf.dims[key].filterAll();
  applyDim(cf, 'level', brushStates[0]);
  const brushCf: number[] = [],
    brushOurs: number[] = [];
  for (let r = 0; r < 3; r++) {
    for (const f of brushStates) {
      let t = process.hrtime.bigint();
      applyDim(cf, 'score', f);
      readCrossfilter(cf);
      if (r >= 1) brushCf.push(ms(t));
      t = process.hrtime.bigint();
      engine.run(f, out);
      if (r >= 1) brushOurs.push(ms(t));
    }
  }

  seq.forEach(([name, f], j) => {
    engine.run(f, out);
    log(
      `  ${name.padEnd(26)} selected=${String(out.selected).padStart(7)} ours=${median(ours[j]).toFixed(2)} cf_cold=${median(cold[j]).toFixed(1)} cf_incremental=${median(incr[j]).toFixed(1)}`,
    );
  });
  const all = (xs: number[][]) => xs.flat();
  log(
    `filter-1m: ours first pass (builds pair crosstabs) median=${median(first).toFixed(2)} max=${Math.max(...first).toFixed(1)} ms; timed max=${Math.max(...all(ours)).toFixed(2)} ms`,
  );
  log(
    `filter-1m: pure score brush, a level held, 20 steps: ours=${median(brushOurs).toFixed(2)} crossfilter2=${median(brushCf).toFixed(2)} ms`,
  );
  return `filter-1m: ours_ms=${median(all(ours)).toFixed(2)} crossfilter2_cold_ms=${median(all(cold)).toFixed(2)} crossfilter2_brush_ms=${median(all(incr)).toFixed(2)} rows=${c.length}`;
}

if (isMain(import.meta.url)) {
  console.log(await benchFilter());
}
