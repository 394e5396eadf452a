/**
 * Index building, once per dataset: visit columns (each row's slots in the flat visit histogram),
 * marginal-space layout and the crosstabs (crosstabs.ts).
 *
 * The parts fall in two groups: those that depend on the score and level columns (the composite visit
 * column, which holds the level, the score-bin column, every crosstab and count) and those that do
 * not. Per-value bitsets and lists, the flag bitsets and the score order are built on first use
 * (lazy-parts.ts). A what-if rescore changes only the first group: {@link buildScoredParts}
 * builds just that, and {@link withScoredParts} puts it beside the other group of an existing index.
 */
import type { EnterpriseColumns } from '../columns.ts';
import { FLAGS } from '../../domain/flags.ts';
import { LEVEL_COUNT } from '../../domain/levels.ts';
import { PARK_TYPES } from '../../domain/parks.ts';
import { SECTORS } from '../../domain/sectors.ts';
import { SCORE_BIN_WIDTH, SCORE_BINS, type FilterDims } from './api.ts';
import { buildCrosstabs } from './crosstabs.ts';
import {
  CAT_END, D_HAZARD, D_LEVEL, D_PTYPE, D_SECTOR, D_TEXT, ENGINE_DIMENSIONS, HZ_CODES, PT_CODES, type Index, type RowData,
} from './layout.ts';

/** The parts of an index that depend on the score and level columns (see the module comment). */
export interface ScoredParts {
  /** The composite visit column (it holds the level) and the score-bin visit column. */
  c0: Uint16Array;
  c5: Uint16Array;
  /** Per categorical dimension its crosstab, then the score bins' and every row's. */
  cross: (Index['cat'][number]['cross'])[];
  scoreCross: Index['scoreCross'];
  global: Index['global'];
}

/** Names the first code out of range (the fast check in visitColumns only says that one is). */
function badCode(c: EnterpriseColumns, dims: FilterDims): RangeError {
  const checks: [string, ArrayLike<number>, number, number][] = [
    ['sector', c.sector, 0, SECTORS.length], ['level', c.level, 0, LEVEL_COUNT], ['town', c.town, -1, dims.towns],
    ['grid', c.grid, -1, dims.grids], ['park', c.park, -1, dims.parks], ['parkType', c.parkType, -1, PARK_TYPES.length],
    ['flags', c.flags, 0, 1 << FLAGS.length],
  ];
  for (let i = 0; i < c.length; i++) {
    for (const [name, col, lo, hi] of checks) {
      const v = col[i];
      if (!(v >= lo && v < hi)) return new RangeError(`filter engine: row ${i} has ${name} ${v}, expected ${lo}..${hi - 1}`);
    }
  }
  return new RangeError('filter engine: a code is out of range');
}

/** The layout (slot ranges, marginal space, composite maps) and the six visit columns. */
function indexBase(c: EnterpriseColumns, dims: FilterDims): Index {
  const n = c.length, words = (n + 31) >>> 5;
  const T = dims.towns, G = dims.grids, P = dims.parks;
  const nSec = SECTORS.length, flagCodes = 1 << FLAGS.length;
  const sa = nSec * LEVEL_COUNT * PT_CODES * HZ_CODES;
  const colLo = Int32Array.of(0, sa, sa + T + 1, sa + T + G + 2, sa + T + G + P + 3, sa + T + G + P + 3 + flagCodes);
  const colHi = Int32Array.of(colLo[1], colLo[2], colLo[3], colLo[4], colLo[5], colLo[5] + SCORE_BINS + 1);
  const ns = colHi[5];
  // Slots are stored as Uint16 to keep the visit columns small.
  if (ns > 65536) throw new RangeError(`filter engine: ${T} towns + ${G} grid cells + ${P} parks is too many`);
  // Each dimension's counts side by side, in the engine's dimension order (text has none).
  const mLen = Int32Array.from(ENGINE_DIMENSIONS.slice(0, D_TEXT), (d) => d.codes(dims));
  const mOff = new Int32Array(mLen.length);
  for (let d = 1; d < mLen.length; d++) mOff[d] = mOff[d - 1] + mLen[d - 1];
  const ms = mOff[mLen.length - 1] + mLen[mLen.length - 1];
  const mSec = new Int32Array(sa), mLev = new Int32Array(sa), mPt = new Int32Array(sa), mHz = new Int32Array(sa);
  for (let a = 0; a < sa; a++) {
    const r = a >> 4;
    mHz[a] = mOff[D_HAZARD] + (a & 15);
    mPt[a] = mOff[D_PTYPE] + (r % PT_CODES);
    mLev[a] = mOff[D_LEVEL] + (Math.floor(r / PT_CODES) % LEVEL_COUNT);
    mSec[a] = mOff[D_SECTOR] + Math.floor(r / (PT_CODES * LEVEL_COUNT));
  }
  const cols = Array.from({ length: 6 }, () => new Uint16Array(n));
  const rows: RowData = {
    c0: cols[0], c1: cols[1], c2: cols[2], c3: cols[3], c4: cols[4], c5: cols[5],
    open: c.hazardsOpen, major: c.hazardsOpenMajor, overdue: c.hazardsOverdue, listed: c.hazardsListed,
  };
  const allBits = new Int32Array(words).fill(-1);
  if (n & 31) allBits[words - 1] = (1 << (n & 31)) - 1;
  const empty = { keys: 0, t: new Int32Array(0), sums: new Float64Array(0), count: new Int32Array(0) };
  const ix: Index = {
    n, words, rows, cols, colLo, colHi, ns, mOff, mLen, ms, mSec, mLev, mPt, mHz, cat: [],
    lazy: { cats: Array.from({ length: CAT_END }, () => null), flagBits: null, scoreOrder: null },
    scoreCross: empty, global: empty, allBits,
  };
  visitColumns(ix, c, dims);
  return ix;
}

/** Each row's slot in every visit column; throws RangeError on a code outside the dimensions. */
function visitColumns(ix: Index, c: EnterpriseColumns, dims: FilterDims): void {
  const { n, colLo, rows } = ix;
  const T = dims.towns, G = dims.grids, P = dims.parks, L = LEVEL_COUNT, nSec = SECTORS.length;
  const flagCodes = 1 << FLAGS.length, ptNone = PT_CODES - 1, nPt = PARK_TYPES.length;
  // Every column in a local: the loop then does no property loads (it ran ~8x slower with them).
  const { sector, level, town, grid, park, parkType, flags, score, hazardsOpenMajor, hazardsOverdue, hazardsListed, hazardsOpen } = c;
  const { c0, c1, c2, c3, c4, c5 } = rows;
  const lo1 = colLo[1], lo2 = colLo[2], lo3 = colLo[3], lo4 = colLo[4], lo5 = colLo[5];
  let bad = false;
  for (let i = 0; i < n; i++) {
    const sec = sector[i], lev = level[i], t = town[i], g = grid[i], p = park[i], pt = parkType[i], f = flags[i], s = score[i];
    // One test per row for all codes (each unsigned view of a code is below its bound).
    bad ||= sec >= nSec || sec < 0 || lev >= L || lev < 0 || t + 1 > T || t < -1 || g + 1 > G || g < -1 || p + 1 > P || p < -1
      || pt + 1 > nPt || pt < -1 || f >= flagCodes;
    const h = (hazardsOpenMajor[i] > 0 ? 1 : 0) | (hazardsOverdue[i] > 0 ? 2 : 0) | (hazardsListed[i] > 0 ? 4 : 0) | (hazardsOpen[i] > 0 ? 8 : 0);
    const bin = s !== s ? SCORE_BINS : Math.min(SCORE_BINS - 1, Math.max(0, Math.floor(s / SCORE_BIN_WIDTH)));
    c0[i] = ((sec * L + lev) * PT_CODES + (pt < 0 ? ptNone : pt)) * HZ_CODES + h;
    c1[i] = lo1 + (t < 0 ? T : t);
    c2[i] = lo2 + (g < 0 ? G : g);
    c3[i] = lo3 + (p < 0 ? P : p);
    c4[i] = lo4 + f;
    c5[i] = lo5 + bin;
  }
  if (bad) throw badCode(c, dims);
}

/** The parts that depend on the score and level columns, for an index whose visit columns are current. */
function scoredOf(ix: Index): ScoredParts {
  const { cross, scoreCross, global } = buildCrosstabs(ix);
  return { c0: ix.rows.c0, c5: ix.rows.c5, cross, scoreCross, global };
}

export function buildIndex(c: EnterpriseColumns, dims: FilterDims): Index {
  const ix = indexBase(c, dims);
  return withScoredParts(ix, scoredOf(ix));
}

/**
 * The score- and level-dependent parts for these columns, without the rest (what a rescore changes):
 * most of a full index's work (the visit columns and the crosstabs), but only these parts to send.
 */
export function buildScoredParts(c: EnterpriseColumns, dims: FilterDims): ScoredParts {
  return scoredOf(indexBase(c, dims));
}

/** An index made of `base`'s parts that do not depend on score and level, and `parts`. */
export function withScoredParts(base: Index, parts: ScoredParts): Index {
  const cols = base.cols.slice();
  cols[0] = parts.c0;
  cols[5] = parts.c5;
  const { global, mOff, mLen } = { ...base, global: parts.global };
  return {
    ...base, cols, rows: { ...base.rows, c0: parts.c0, c5: parts.c5 },
    cat: parts.cross.map((cross, d) => ({ card: mLen[d], count: global.t.slice(mOff[d], mOff[d] + mLen[d]), cross })),
    // A new holder: the level's values and the score order are the new scores' (built when next
    // needed), the others are the same rows as before.
    lazy: { cats: base.lazy.cats.map((v, d) => (d === D_LEVEL ? null : v)), flagBits: base.lazy.flagBits, scoreOrder: null },
    scoreCross: parts.scoreCross, global: parts.global,
  };
}
