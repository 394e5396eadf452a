/**
 * The filter index's building blocks against plain references: the one-pass crosstabs against one
 * buildTable pass per dimension, the lazily built per-value rows, flag bitsets and score order against the columns,
 * and an index rebuilt after a rescore (only its score- and level-dependent parts) against a full
 * build of the rescored columns.
 */
import { describe, expect, it } from 'vitest';
import type { EnterpriseColumns } from './columns.ts';
import { createFilterEngine, EMPTY_FILTERS, type FilterDims } from './filter-engine.ts';
import { buildIndex, buildScoredParts, withScoredParts } from './filter-engine/build-index.ts';
import { catValues, flagBitsets } from './filter-engine/lazy-parts.ts';
import { CAT_END, D_LEVEL, D_SCORE, D_TOWN, ENGINE_DIMENSIONS, TABLE_MAX } from './filter-engine/layout.ts';

const D_CHANGE = ENGINE_DIMENSIONS.findIndex((d) => d.id === 'change');
import { radixSortRun } from './filter-engine/sort.ts';
import { buildTable, codesOf } from './filter-engine/tables.ts';
import { mulberry32, randomColumns } from './random-columns.ts';

/** Random columns with a change state (an open comparison). */
function columns(seed: number, n: number, dims: FilterDims): EnterpriseColumns {
  const c = randomColumns({ n, seed, ...dims, changeState: true });
  const rnd = mulberry32(seed);
  for (let i = 0; i < n; i++) if (rnd() < 0.02) c.score[i] = NaN;
  return c;
}

/** Deep equality, typed arrays compared by their bytes (toEqual walks millions of entries slowly). */
function expectSame(got: unknown, want: unknown, path = 'index'): void {
  if (ArrayBuffer.isView(want)) {
    expect(ArrayBuffer.isView(got) && got.constructor, path).toBe(want.constructor);
    const g = got as ArrayBufferView;
    const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    expect(Buffer.compare(bytes(g), bytes(want)), `${path}: contents`).toBe(0);
  } else if (want !== null && typeof want === 'object') {
    expect(got !== null && typeof got === 'object', path).toBe(true);
    const keys = Object.keys(want);
    expect(Object.keys(got as object).sort(), `${path}: keys`).toEqual([...keys].sort());
    for (const k of keys)
      expectSame((got as Record<string, unknown>)[k], (want as Record<string, unknown>)[k], `${path}.${k}`);
  } else {
    expect(got, path).toBe(want);
  }
}

/** Each row's code in a categorical dimension, straight from the columns. */
function rowCodes(c: EnterpriseColumns, dims: FilterDims, id: string): number[] {
  const none = (v: number, k: number) => (v < 0 ? k : v);
  return Array.from({ length: c.length }, (_, i) => {
    switch (id) {
      case 'level':
        return c.level[i];
      case 'sector':
        return c.sector[i];
      case 'town':
        return none(c.town[i], dims.towns);
      case 'grid':
        return none(c.grid[i], dims.grids);
      case 'park':
        return none(c.park[i], dims.parks);
      case 'parkType':
        return none(c.parkType[i], 3);
      case 'inspection':
        return c.inspectionState?.[i] ?? 0;
      case 'change':
        return c.changeState?.[i] ?? 0;
      case 'hazard':
        return (
          (c.hazardsOpenMajor[i] > 0 ? 1 : 0) |
          (c.hazardsOverdue[i] > 0 ? 2 : 0) |
          (c.hazardsListed[i] > 0 ? 4 : 0) |
          (c.hazardsOpen[i] > 0 ? 8 : 0)
        );
      default:
        throw new Error(`no codes for ${id}`);
    }
  });
}

/** The same columns, rescored at random (new score and level columns, nothing else changed). */
function rescored(c: EnterpriseColumns, seed: number): EnterpriseColumns {
  const rnd = mulberry32(seed);
  const score = Float32Array.from(c.score, (s) => (s !== s ? s : Math.min(100, Math.max(0, s + (rnd() - 0.5) * 30))));
  const level = Uint8Array.from(score, (s) => (s >= 55 ? 0 : s >= 36 ? 1 : s >= 24 ? 2 : 3));
  return { ...c, score, modelScore: score, level, modelLevel: level };
}

describe('filter index', () => {
  const cases: [string, number, FilterDims][] = [
    ['a district', 5000, { towns: 6, grids: 40, parks: 9 }],
    ['one town, no parks', 700, { towns: 1, grids: 2, parks: 0 }],
    // Grid cells beyond the crosstab budget (no crosstab; the others still count them), parks just within.
    ['a city', 3000, { towns: 60, grids: 1600, parks: 1300 }],
    ['no rows', 0, { towns: 3, grids: 5, parks: 2 }],
  ];
  for (const [name, n, dims] of cases) {
    it(`builds every crosstab as one buildTable pass per dimension would (${name})`, () => {
      const ix = buildIndex(columns(n + 11, n, dims), dims);
      for (let d = 0; d < CAT_END; d++) {
        const card = ix.mLen[d];
        if (card * ix.ms > TABLE_MAX) {
          expect(ix.cat[d].cross, `dimension ${d} over budget`).toBeNull();
          continue;
        }
        expectSame(ix.cat[d].cross, buildTable(ix, codesOf(ix, d), card), `cross ${d}`);
      }
      expectSame(ix.scoreCross, buildTable(ix, codesOf(ix, D_SCORE), ix.mLen[D_SCORE]), 'scoreCross');
      expectSame(ix.global, buildTable(ix, null, 1), 'global');
      if (name === 'a city') expect(ix.cat.filter((c) => c.cross === null)).toHaveLength(1);
    }, 30_000);

    it(`after a rescore, rebuilds only the scored parts into the index a full build gives (${name})`, () => {
      const before = columns(n + 5, n, dims),
        after = rescored(before, n + 6);
      const ix = buildIndex(before, dims);
      // Lazy parts some filters built before the edit.
      const town = catValues(ix, D_TOWN),
        flags = flagBitsets(ix);
      catValues(ix, D_LEVEL);
      const rebuilt = withScoredParts(ix, buildScoredParts(after, dims));
      const full = buildIndex(after, dims);
      expectSame({ ...rebuilt, lazy: null }, { ...full, lazy: null });
      // The parts a rescore cannot change are shared, not rebuilt; the level's values wait for new use.
      expect(rebuilt.cols[2]).toBe(ix.cols[2]);
      expect(rebuilt.lazy.cats[D_TOWN]).toBe(town);
      expect(rebuilt.lazy.flagBits).toBe(flags);
      expect(rebuilt.lazy.cats[D_LEVEL]).toBeNull();
      if (n > 0) expect(rebuilt.rows.c0).not.toEqual(ix.rows.c0);
      for (let d = 0; d < CAT_END; d++) expectSame(catValues(rebuilt, d), catValues(full, d), `values ${d}`);
      expectSame(flagBitsets(rebuilt), flagBitsets(full), 'flag bits');
    }, 30_000);

    it(`when a comparison opens or closes, rebuilds only the scored parts into the index a full build gives (${name})`, () => {
      const { changeState, ...closed } = columns(n + 7, n, dims);
      const open = { ...closed, changeState };
      const ix = buildIndex(closed, dims);
      const town = catValues(ix, D_TOWN),
        change = catValues(ix, D_CHANGE);
      // Without a comparison every row has change code 0.
      expect(change.listStart[ix.cat[D_CHANGE].card] + change.dense.filter((d) => d !== null).length).toBe(
        n > 0 ? 1 : 0,
      );
      const opened = withScoredParts(ix, buildScoredParts(open, dims)),
        full = buildIndex(open, dims);
      expectSame({ ...opened, lazy: null }, { ...full, lazy: null });
      expect(opened.cols[1]).toBe(ix.cols[1]);
      expect(opened.lazy.cats[D_TOWN]).toBe(town);
      expect(opened.lazy.cats[D_CHANGE]).toBeNull();
      expectSame(catValues(opened, D_CHANGE), catValues(full, D_CHANGE), 'change values');
      // Closed again: the index the comparison's arrival started from.
      const reclosed = withScoredParts(opened, buildScoredParts(closed, dims));
      expectSame({ ...reclosed, lazy: null }, { ...ix, lazy: null });
    }, 30_000);

    it(`builds the score order on the first score range only, and again after a rescore (${name})`, () => {
      const before = columns(n + 11, n, dims),
        after = rescored(before, n + 12);
      const ix = buildIndex(before, dims);
      createFilterEngine(before, dims, ix).run({ ...EMPTY_FILTERS, towns: [0], levels: [0] });
      expect(ix.lazy.scoreOrder).toBeNull();
      const range = { ...EMPTY_FILTERS, scoreRange: [35, 72.5] as [number, number] };
      const first = createFilterEngine(before, dims, ix).run(range);
      const order = ix.lazy.scoreOrder!;
      expect(order).not.toBeNull();
      // Rows by score: every non-NaN row once, in score order.
      const scored = Array.from({ length: n }, (_, i) => i).filter((i) => before.score[i] === before.score[i]);
      expect(Array.from(order.byScore).sort((a, b) => a - b)).toEqual(scored);
      for (let k = 1; k < order.byScore.length; k++)
        expect(before.score[order.byScore[k - 1]] <= before.score[order.byScore[k]]).toBe(true);
      // Built once: a second run, and a second engine over the index, use it.
      createFilterEngine(before, dims, ix).run({ ...range, scoreRange: [0, 50] });
      expect(ix.lazy.scoreOrder).toBe(order);
      for (let i = 0; i < n; i++)
        expect(first.mask[i], `row ${i}`).toBe(before.score[i] >= 35 && before.score[i] <= 72.5 ? 1 : 0);
      // A rescore's index waits for the new scores' order, and then filters by the new scores.
      const rebuilt = withScoredParts(ix, buildScoredParts(after, dims));
      expect(rebuilt.lazy.scoreOrder).toBeNull();
      const got = createFilterEngine(after, dims, rebuilt).run(range);
      const want = createFilterEngine(after, dims).run(range);
      expectSame(got, want, 'after a rescore');
    }, 30_000);

    it(`builds each dimension's per-value rows and the flag bitsets on first use, as the columns say (${name})`, () => {
      const c = columns(n + 9, n, dims);
      const ix = buildIndex(c, dims);
      expect(ix.lazy.cats.every((v) => v === null) && ix.lazy.flagBits === null).toBe(true);
      // A filter builds what it needs and nothing else.
      createFilterEngine(c, dims, ix).run({ ...EMPTY_FILTERS, towns: [0] });
      expect(ix.lazy.cats.map((v) => v !== null)).toEqual(ix.lazy.cats.map((_, d) => d === D_TOWN));
      expect(ix.lazy.flagBits).toBeNull();
      for (let d = 0; d < CAT_END; d++) {
        const values = catValues(ix, d);
        // Each value's rows, from the columns (one pass: the cities have over a thousand values).
        const want: number[][] = Array.from({ length: ix.cat[d].card }, () => []);
        rowCodes(c, dims, ENGINE_DIMENSIONS[d].id).forEach((code, i) => want[code].push(i));
        for (let v = 0; v < ix.cat[d].card; v++) {
          const dense = values.dense[v];
          const rows = dense
            ? Array.from({ length: n }, (_, i) => i).filter((i) => (dense[i >>> 5] >>> (i & 31)) & 1)
            : Array.from(values.listRows.subarray(values.listStart[v], values.listStart[v + 1])).sort((a, b) => a - b);
          expect(rows, `dimension ${d} value ${v}`).toEqual(want[v]);
        }
      }
      const bits = flagBitsets(ix);
      for (let f = 0; f < bits.length; f++) {
        const got = Array.from({ length: n }, (_, i) => (bits[f][i >>> 5] >>> (i & 31)) & 1);
        expect(got, `flag ${f}`).toEqual(Array.from(c.flags, (x) => (x >> f) & 1));
      }
    }, 30_000);
  }

  it('radix-sorts a run of keys stably, with only the digits its range needs', () => {
    const rnd = mulberry32(99);
    for (const [n, spread] of [
      [5000, 2 ** 32],
      [3000, 2 ** 11],
      [2000, 2 ** 22],
      [1, 2 ** 32],
      [0, 1],
    ]) {
      // Few distinct keys (ties, for stability), in a spread that leaves the high digits the same.
      const pool = Array.from({ length: 50 }, () => Math.floor(rnd() * spread) >>> 0);
      const keys = Uint32Array.from({ length: n }, () => pool[Math.floor(rnd() * pool.length)]);
      const idx = Uint32Array.from({ length: n }, (_, i) => i);
      const want = Array.from(idx).sort((a, b) => keys[a] - keys[b] || a - b);
      // Sorted as a run in the middle of larger arrays: what is outside the run stays as it was.
      const k = new Uint32Array(n + 7).fill(5),
        ix = new Uint32Array(n + 7).fill(9);
      k.set(keys, 3);
      ix.set(idx, 3);
      radixSortRun(k, ix, 3, 3 + n, new Uint32Array(n), new Uint32Array(n));
      expect(Array.from(ix.subarray(3, 3 + n))).toEqual(want);
      expect(Array.from(k.subarray(3, 3 + n))).toEqual(want.map((i) => keys[i]));
      expect([...k.subarray(0, 3), ...k.subarray(3 + n), ...ix.subarray(0, 3), ...ix.subarray(3 + n)]).toEqual([
        ...Array(7).fill(5),
        ...Array(7).fill(9),
      ]);
    }
  });

  it('names the first row with a code out of range', () => {
    const dims = { towns: 4, grids: 8, parks: 3 };
    const c = columns(3, 100, dims);
    c.grid[57] = 8;
    expect(() => buildIndex(c, dims)).toThrow(/row 57 has grid 8, expected -1..7/);
    c.grid[57] = -1;
    c.parkType[12] = 3;
    expect(() => buildIndex(c, dims)).toThrow(/row 12 has parkType 3, expected -1..2/);
  });
});
