import { INSPECTION_BITS, STATE_BITS, STATE_CODES } from '../domain/supervision/index.ts';
import { CHANGE_BITS, CHANGE_CODE_BITS, CHANGE_CODES } from '../domain/compare/change-codes.ts';
import { describe, expect, it } from 'vitest';
import type { EnterpriseColumns } from './columns.ts';
import {
  createFilterEngine,
  EMPTY_FILTERS,
  type FilterDims,
  type FilterResult,
  type FilterState,
  HAZARD_BITS,
  SCORE_BIN_WIDTH,
  SCORE_BINS,
} from './filter-engine.ts';
import { mulberry32, randomColumns } from './random-columns.ts';
import { FLAGS } from '../domain/flags.ts';
import { SECTORS } from '../domain/sectors.ts';

/** Hazard code of a row, bit order as HAZARD_BITS. */
function hazardCode(c: EnterpriseColumns, i: number): number {
  return (
    (c.hazardsOpenMajor[i] > 0 ? 1 : 0) |
    (c.hazardsOverdue[i] > 0 ? 2 : 0) |
    (c.hazardsListed[i] > 0 ? 4 : 0) |
    (c.hazardsOpen[i] > 0 ? 8 : 0)
  );
}

/**
 * The obviously-correct reference: row by row, dimension by dimension. A row counts in dimension D's
 * counts when it passes every dimension except (possibly) D.
 */
function reference(c: EnterpriseColumns, dims: FilterDims, f: FilterState) {
  const n = c.length;
  const mask = new Uint8Array(n);
  const counts = {
    sector: new Uint32Array(SECTORS.length),
    level: new Uint32Array(4),
    town: new Uint32Array(dims.towns + 1),
    grid: new Uint32Array(dims.grids + 1),
    park: new Uint32Array(dims.parks + 1),
    parkType: new Uint32Array(4),
    flag: new Uint32Array(FLAGS.length),
    hazard: new Uint32Array(HAZARD_BITS.length),
    inspection: new Uint32Array(INSPECTION_BITS.length),
    change: new Uint32Array(CHANGE_BITS.length),
    scoreHist: new Uint32Array(SCORE_BINS),
  };
  const totals = {
    hazardsOpen: 0,
    hazardsOpenMajor: 0,
    hazardsOverdue: 0,
    hazardsListed: 0,
    enterprisesWithOpen: 0,
    enterprisesWithOpenMajor: 0,
    enterprisesWithOverdue: 0,
    enterprisesWithListed: 0,
    inspection: new Uint32Array(INSPECTION_BITS.length),
    change: new Uint32Array(CHANGE_BITS.length),
  };
  let selected = 0;
  const inList = (list: readonly number[], v: number) => list.length === 0 || list.includes(v);
  let failing = 0,
    failed = '';
  const check = (dim: string, pass: boolean) => {
    if (!pass) {
      failing++;
      failed = dim;
    }
  };
  const countsFor = (dim: string) => failing === 0 || (failing === 1 && failed === dim);
  for (let i = 0; i < n; i++) {
    const s = c.score[i],
      hz = hazardCode(c, i),
      ib = STATE_BITS[c.inspectionState?.[i] ?? 0],
      cb = CHANGE_CODE_BITS[c.changeState?.[i] ?? 0];
    // The filters the row fails: with none it is selected, with one it still counts in that one's counts.
    failing = 0;
    check('sector', inList(f.sectors, c.sector[i]));
    check('level', inList(f.levels, c.level[i]));
    check('town', inList(f.towns, c.town[i]));
    check('grid', inList(f.grids, c.grid[i]));
    check('park', inList(f.parks, c.park[i]));
    check('parkType', inList(f.parkTypes, c.parkType[i]));
    check('flag', (c.flags[i] & f.flags) === f.flags);
    check('hazard', (hz & f.hazard) === f.hazard);
    check('inspection', (ib & f.inspection) === f.inspection);
    check('change', (cb & f.change) === f.change);
    check('scoreHist', f.scoreRange === null || (s >= f.scoreRange[0] && s <= f.scoreRange[1]));
    check('text', f.text === null || f.text[i] !== 0);
    if (countsFor('sector')) counts.sector[c.sector[i]]++;
    if (countsFor('level')) counts.level[c.level[i]]++;
    if (countsFor('town')) counts.town[c.town[i] < 0 ? dims.towns : c.town[i]]++;
    if (countsFor('grid')) counts.grid[c.grid[i] < 0 ? dims.grids : c.grid[i]]++;
    if (countsFor('park')) counts.park[c.park[i] < 0 ? dims.parks : c.park[i]]++;
    if (countsFor('parkType')) counts.parkType[c.parkType[i] < 0 ? 3 : c.parkType[i]]++;
    if (countsFor('flag')) for (let b = 0; b < FLAGS.length; b++) if (c.flags[i] & (1 << b)) counts.flag[b]++;
    if (countsFor('hazard')) for (let b = 0; b < HAZARD_BITS.length; b++) if (hz & (1 << b)) counts.hazard[b]++;
    if (countsFor('inspection'))
      for (let b = 0; b < INSPECTION_BITS.length; b++) if (ib & (1 << b)) counts.inspection[b]++;
    if (countsFor('change')) for (let b = 0; b < CHANGE_BITS.length; b++) if (cb & (1 << b)) counts.change[b]++;
    if (countsFor('scoreHist') && !Number.isNaN(s)) {
      counts.scoreHist[Math.min(SCORE_BINS - 1, Math.max(0, Math.floor(s / SCORE_BIN_WIDTH)))]++;
    }
    if (failing > 0) continue;
    mask[i] = 1;
    selected++;
    totals.hazardsOpen += c.hazardsOpen[i];
    totals.hazardsOpenMajor += c.hazardsOpenMajor[i];
    totals.hazardsOverdue += c.hazardsOverdue[i];
    totals.hazardsListed += c.hazardsListed[i];
    if (hz & 8) totals.enterprisesWithOpen++;
    if (hz & 1) totals.enterprisesWithOpenMajor++;
    if (hz & 2) totals.enterprisesWithOverdue++;
    if (hz & 4) totals.enterprisesWithListed++;
    for (let b = 0; b < INSPECTION_BITS.length; b++) if (ib & (1 << b)) totals.inspection[b]++;
    for (let b = 0; b < CHANGE_BITS.length; b++) if (cb & (1 << b)) totals.change[b]++;
  }
  return { mask, selected, counts, totals };
}

/** Small random data with collisions, plus the awkward values real data may hold. */
function testColumns(seed: number, n: number, dims: FilterDims): EnterpriseColumns {
  const c = randomColumns({ n, seed, ...dims });
  const rnd = mulberry32(seed * 7 + 1);
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (r < 0.01) c.score[i] = NaN;
    else if (r < 0.02) c.score[i] = -3;
    else if (r < 0.03) c.score[i] = 104.5;
    else if (r < 0.05) c.score[i] = 2 * Math.floor(rnd() * 51); // exactly on a bin edge
    // Inconsistent ledgers (listed without open) must still be counted as given.
    if (rnd() < 0.01) c.hazardsListed[i] = 1 + Math.floor(rnd() * 3);
  }
  // The inspection status, every code; the seed's parity leaves it out (the engine then reads code 0).
  if (seed % 2 === 1) c.inspectionState = Uint8Array.from({ length: n }, () => Math.floor(rnd() * STATE_CODES));
  // The change state, every code; one seed in three leaves it out (no comparison open: code 0).
  if (seed % 3 !== 0) c.changeState = Uint8Array.from({ length: n }, () => Math.floor(rnd() * CHANGE_CODES));
  return c;
}

function pickSome(rnd: () => number, values: number[], max: number): number[] {
  const k = 1 + Math.floor(rnd() * max);
  return Array.from({ length: k }, () => values[Math.floor(rnd() * values.length)]);
}

const range = (lo: number, hi: number) => Array.from({ length: hi - lo }, (_, i) => lo + i);

function randomFilters(rnd: () => number, c: EnterpriseColumns, dims: FilterDims, p: number): FilterState {
  const f: FilterState = { ...EMPTY_FILTERS };
  if (rnd() < p) f.sectors = pickSome(rnd, [...range(0, SECTORS.length), 99], 4);
  if (rnd() < p) f.levels = pickSome(rnd, range(0, 4), 2);
  if (rnd() < p) f.towns = pickSome(rnd, range(-1, dims.towns), 2);
  if (rnd() < p) f.grids = pickSome(rnd, range(-1, dims.grids + 1), 5);
  if (rnd() < p) f.parks = pickSome(rnd, range(-1, dims.parks), 3);
  if (rnd() < p) f.parkTypes = pickSome(rnd, range(-1, 3), 2);
  if (rnd() < p)
    f.flags = (1 << Math.floor(rnd() * FLAGS.length)) | (rnd() < 0.3 ? 1 << Math.floor(rnd() * FLAGS.length) : 0);
  if (rnd() < p) f.hazard = 1 + Math.floor(rnd() * 15);
  // Any bits, also combinations no enterprise has (never inspected and overdue).
  if (rnd() < p) f.inspection = 1 + Math.floor(rnd() * 63);
  // Any bits too (new and level up together: no enterprise).
  if (rnd() < p) f.change = 1 + Math.floor(rnd() * 63);
  if (rnd() < p) {
    const edge = () => SCORE_BIN_WIDTH * Math.floor(rnd() * 52) - 2;
    const data = () => c.score[Math.floor(rnd() * c.length)];
    const pickBound = () => [edge, data, () => rnd() * 110 - 5][Math.floor(rnd() * 3)]();
    let lo = pickBound(),
      hi = pickBound();
    if (rnd() < 0.8 && lo > hi) [lo, hi] = [hi, lo];
    if (rnd() < 0.05) lo = -Infinity;
    if (rnd() < 0.05) hi = Infinity;
    f.scoreRange = [lo, hi];
  }
  if (rnd() < p) {
    const density = [0.005, 0.3, 0.97][Math.floor(rnd() * 3)];
    // Any nonzero byte matches (the search writes 1; 255 checks the byte packing).
    f.text = Uint8Array.from({ length: c.length }, () => (rnd() < density ? (rnd() < 0.1 ? 255 : 1) : 0));
  }
  return f;
}

function expectSame(got: FilterResult, want: ReturnType<typeof reference>, what: string): void {
  expect(got.selected, `${what}: selected`).toBe(want.selected);
  // Arrays are compared by their bytes first (toEqual on every state's arrays took much of the
  // test's time), and by toEqual for its message when they differ.
  const bytes = (v: Uint8Array | Uint32Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  const same = (a: Uint8Array | Uint32Array, b: Uint8Array | Uint32Array, name: string) => {
    if (a.length !== b.length || Buffer.compare(bytes(a), bytes(b)) !== 0)
      expect(Array.from(a), `${what}: ${name}`).toEqual(Array.from(b));
  };
  same(got.mask.subarray(0, want.mask.length), want.mask, 'mask');
  for (const key of Object.keys(want.counts) as (keyof typeof want.counts)[])
    same(got.counts[key], want.counts[key], `counts.${key}`);
  expect(got.totals, `${what}: totals`).toEqual(want.totals);
}

describe('createFilterEngine', () => {
  const cases: [number, number, FilterDims][] = [
    [1, 3000, { towns: 4, grids: 12, parks: 5 }],
    [2, 4999, { towns: 6, grids: 20, parks: 8 }],
    [3, 2017, { towns: 3, grids: 9, parks: 3 }],
  ];
  for (const [seed, n, dims] of cases) {
    it(`matches the brute-force reference (seed ${seed}, ${n} rows)`, () => {
      const c = testColumns(seed, n, dims);
      const engine = createFilterEngine(c, dims);
      const rnd = mulberry32(seed * 1000 + 17);
      const out = engine.createResult();
      const states: FilterState[] = [EMPTY_FILTERS];
      // Every dimension alone, several values each.
      for (let j = 0; j < 6; j++) {
        states.push({ ...EMPTY_FILTERS, sectors: [j * 3] }, { ...EMPTY_FILTERS, levels: [j % 4, 3] });
        states.push({ ...EMPTY_FILTERS, towns: [j - 1] }, { ...EMPTY_FILTERS, grids: [j - 1, j + 4] });
        states.push({ ...EMPTY_FILTERS, parks: [j - 1] }, { ...EMPTY_FILTERS, parkTypes: [(j % 4) - 1] });
        states.push({ ...EMPTY_FILTERS, flags: 1 << j }, { ...EMPTY_FILTERS, hazard: 1 << (j % 4) });
        states.push({ ...EMPTY_FILTERS, change: 1 << j }, { ...EMPTY_FILTERS, change: (1 << (j % 4)) | 32 });
        states.push({ ...EMPTY_FILTERS, scoreRange: [j * 10, j * 10 + 30] });
      }
      states.push({ ...EMPTY_FILTERS, levels: [0, 1, 2, 3] }, { ...EMPTY_FILTERS, flags: 1 << 15 });
      states.push({ ...EMPTY_FILTERS, scoreRange: [50, 40] }, { ...EMPTY_FILTERS, scoreRange: [NaN, 50] });
      states.push({ ...EMPTY_FILTERS, text: new Uint8Array(n) }, { ...EMPTY_FILTERS, text: new Uint8Array(n).fill(1) });
      for (let j = 0; j < 150; j++) states.push(randomFilters(rnd, c, dims, 0.2));
      for (let j = 0; j < 150; j++) states.push(randomFilters(rnd, c, dims, 0.45));
      for (let j = 0; j < 40; j++) states.push(randomFilters(rnd, c, dims, 0.9));
      states.forEach((f, j) => {
        // Alternate fresh and reused results: reuse must not leak state from the previous run.
        const got = j % 2 === 0 ? engine.run(f) : engine.run(f, out);
        expectSame(got, reference(c, dims, f), `state ${j} ${JSON.stringify({ ...f, text: f.text ? 'mask' : null })}`);
      });
    }, 60_000); // ~1 s alone; generous because the machines running it are shared
  }

  it('handles tiny, empty and unaligned cases', () => {
    const dims = { towns: 2, grids: 3, parks: 2 };
    for (const n of [0, 1, 5, 31, 32, 33, 64]) {
      const c = testColumns(n + 5, n, dims);
      const engine = createFilterEngine(c, dims);
      const rnd = mulberry32(n);
      for (let j = 0; j < 30; j++) {
        const f = randomFilters(rnd, c, dims, 0.4);
        // A mask inside a larger buffer at an odd offset takes the byte-by-byte path.
        const res = engine.createResult();
        res.mask = new Uint8Array(n + 3).subarray(1, n + 1);
        expectSame(engine.run(f, res), reference(c, dims, f), `n=${n} state ${j}`);
      }
    }
  });

  it("follows the crossfilter rule: a dimension's own filter keeps its counts", () => {
    const dims = { towns: 5, grids: 15, parks: 6 };
    const c = randomColumns({ n: 4000, seed: 9, ...dims });
    const engine = createFilterEngine(c, dims);
    const all = engine.run(EMPTY_FILTERS);
    const major = engine.run({ ...EMPTY_FILTERS, levels: [0] });
    expect(Array.from(major.counts.level)).toEqual(Array.from(all.counts.level));
    expect(Array.from(major.counts.town)).not.toEqual(Array.from(all.counts.town));
    const townsOfMajor = new Uint32Array(dims.towns + 1);
    for (let i = 0; i < c.length; i++) if (c.level[i] === 0) townsOfMajor[c.town[i] < 0 ? dims.towns : c.town[i]]++;
    expect(Array.from(major.counts.town)).toEqual(Array.from(townsOfMajor));
    // Adding a town filter changes the level counts (rows of that town only) but not the town counts.
    const both = engine.run({ ...EMPTY_FILTERS, levels: [0], towns: [1] });
    expect(Array.from(both.counts.town)).toEqual(Array.from(major.counts.town));
    expect(both.counts.level.reduce((s, v) => s + v, 0)).toBe(c.town.filter((t) => t === 1).length);
    expect(both.selected).toBe(both.counts.level[0]);
  });

  it('rejects codes outside the declared dimensions', () => {
    const c = randomColumns({ n: 100, seed: 3, towns: 4, grids: 8, parks: 3 });
    expect(() => createFilterEngine(c, { towns: 3, grids: 8, parks: 3 })).toThrow(RangeError);
  });
});
