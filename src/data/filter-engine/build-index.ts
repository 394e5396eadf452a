/**
 * Index building, once per dataset: visit columns (each row's slots in the flat visit histogram),
 * marginal-space layout, per-value bitsets and row lists, crosstabs, flag bitsets, and the score
 * order with its checkpoint bitsets.
 */
import type { EnterpriseColumns } from '../columns.ts';
import { FLAGS } from '../../domain/flags.ts';
import { LEVEL_COUNT } from '../../domain/levels.ts';
import { PARK_TYPES } from '../../domain/parks.ts';
import { SECTORS } from '../../domain/sectors.ts';
import { SCORE_BIN_WIDTH, SCORE_BINS, type FilterDims } from './api.ts';
import {
  CAT_END, COL_OF_DIM, D_FLAGS, D_GRID, D_HAZARD, D_LEVEL, D_PARK, D_PTYPE, D_SCORE, D_SECTOR, D_TEXT, D_TOWN, ENGINE_DIMENSIONS,
  HZ_CODES, PT_CODES, TABLE_MAX, type CatIndex, type Index, type RowData, type Table,
} from './layout.ts';
import { orderedKey, radixSort } from './sort.ts';

function checkCode(name: string, i: number, v: number, lo: number, hi: number): void {
  if (!(v >= lo && v < hi)) throw new RangeError(`filter engine: row ${i} has ${name} ${v}, expected ${lo}..${hi - 1}`);
}

/** Per-row category code of dimension d (< D_FLAGS) or score bin (D_SCORE), from the visit columns. */
export function codesOf(ix: Index, d: number): Uint32Array {
  const { n, rows, colLo } = ix, out = new Uint32Array(n);
  const comp = COL_OF_DIM[d] === 0 ? compositeMap(ix, d) : null;
  if (comp) {
    const base = ix.mOff[d], c0 = rows.c0;
    for (let i = 0; i < n; i++) out[i] = comp[c0[i]] - base;
  } else {
    const col = ix.cols[COL_OF_DIM[d]], lo = colLo[COL_OF_DIM[d]];
    for (let i = 0; i < n; i++) out[i] = col[i] - lo;
  }
  return out;
}

/** For a dimension packed in the composite column: composite slot -> its marginal index. */
export function compositeMap(ix: Index, d: number): Int32Array {
  if (d === D_SECTOR) return ix.mSec;
  if (d === D_LEVEL) return ix.mLev;
  if (d === D_PTYPE) return ix.mPt;
  if (d === D_HAZARD) return ix.mHz;
  throw new RangeError(`filter engine: dimension ${d} is not in the composite column`);
}

/** Histogram (in marginal space) of the rows of each key: one pass over the rows. */
export function buildTable(ix: Index, keys: Uint32Array | null, nKeys: number): Table {
  const { ms, mSec, mLev, mPt, mHz, mOff, colLo } = ix;
  const { c0, c1, c2, c3, c4, c5, open, major, overdue, listed } = ix.rows;
  const t = new Int32Array(nKeys * ms), sums = new Float64Array(nKeys * 4), count = new Int32Array(nKeys);
  // Flat slot + delta = marginal index, for the one-slot columns.
  const d1 = mOff[D_TOWN] - colLo[1], d2 = mOff[D_GRID] - colLo[2], d3 = mOff[D_PARK] - colLo[3];
  const d5 = mOff[D_SCORE] - colLo[5], f0 = colLo[4], fOff = mOff[D_FLAGS] + 31;
  for (let i = 0; i < ix.n; i++) {
    const key = keys ? keys[i] : 0, b = key * ms, a = c0[i];
    count[key]++;
    t[b + mSec[a]]++; t[b + mLev[a]]++; t[b + mPt[a]]++; t[b + mHz[a]]++;
    t[b + c1[i] + d1]++; t[b + c2[i] + d2]++; t[b + c3[i] + d3]++; t[b + c5[i] + d5]++;
    let f = c4[i] - f0;
    while (f !== 0) {
      const lb = f & -f;
      f ^= lb;
      t[b + fOff - Math.clz32(lb)]++;
    }
    if ((a & 15) !== 0) {
      const z = key * 4;
      sums[z] += open[i]; sums[z + 1] += major[i]; sums[z + 2] += overdue[i]; sums[z + 3] += listed[i];
    }
  }
  return { keys: nKeys, t, sums, count };
}

/** Per-value bitsets for frequent values, row lists for rare ones, and the crosstab if affordable. */
function buildCat(ix: Index, d: number, card: number): CatIndex {
  const { n, words } = ix, codes = codesOf(ix, d);
  const count = new Int32Array(card);
  for (let i = 0; i < n; i++) count[codes[i]]++;
  // A bitset costs n/32 word operations to OR in; a list costs one scattered store per row. Above
  // n/64 rows the bitset wins (and at most 64 values per dimension get one, bounding memory).
  const denseMin = Math.max(32, Math.ceil(n / 64));
  const dense: (Int32Array | null)[] = [];
  const listStart = new Int32Array(card + 1);
  for (let v = 0; v < card; v++) {
    const isDense = count[v] >= denseMin;
    dense.push(isDense ? new Int32Array(words) : null);
    listStart[v + 1] = listStart[v] + (isDense ? 0 : count[v]);
  }
  const listRows = new Uint32Array(listStart[card]);
  const fill = listStart.slice(0, card);
  for (let i = 0; i < n; i++) {
    const v = codes[i], bits = dense[v];
    if (bits) bits[i >>> 5] |= 1 << (i & 31);
    else listRows[fill[v]++] = i;
  }
  const cross = card * ix.ms <= TABLE_MAX ? buildTable(ix, codes, card) : null;
  return { card, count, dense, listStart, listRows, cross };
}

export function buildIndex(c: EnterpriseColumns, dims: FilterDims): Index {
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
  for (let i = 0; i < n; i++) {
    const sec = c.sector[i], lev = c.level[i], town = c.town[i], grid = c.grid[i], park = c.park[i];
    const pt = c.parkType[i], flags = c.flags[i], s = c.score[i];
    checkCode('sector', i, sec, 0, nSec);
    checkCode('level', i, lev, 0, LEVEL_COUNT);
    checkCode('town', i, town, -1, T);
    checkCode('grid', i, grid, -1, G);
    checkCode('park', i, park, -1, P);
    checkCode('parkType', i, pt, -1, PARK_TYPES.length);
    checkCode('flags', i, flags, 0, flagCodes);
    const h = (c.hazardsOpenMajor[i] > 0 ? 1 : 0) | (c.hazardsOverdue[i] > 0 ? 2 : 0)
      | (c.hazardsListed[i] > 0 ? 4 : 0) | (c.hazardsOpen[i] > 0 ? 8 : 0);
    const bin = s !== s ? SCORE_BINS : Math.min(SCORE_BINS - 1, Math.max(0, Math.floor(s / SCORE_BIN_WIDTH)));
    cols[0][i] = ((sec * LEVEL_COUNT + lev) * PT_CODES + (pt < 0 ? PT_CODES - 1 : pt)) * HZ_CODES + h;
    cols[1][i] = colLo[1] + (town < 0 ? T : town);
    cols[2][i] = colLo[2] + (grid < 0 ? G : grid);
    cols[3][i] = colLo[3] + (park < 0 ? P : park);
    cols[4][i] = colLo[4] + flags;
    cols[5][i] = colLo[5] + bin;
  }
  const allBits = new Int32Array(words).fill(-1);
  if (n & 31) allBits[words - 1] = (1 << (n & 31)) - 1;

  const ix: Index = {
    n, words, rows, cols, colLo, colHi, ns, mOff, mLen, ms, mSec, mLev, mPt, mHz, cat: [], flagBits: [],
    byScore: new Uint32Array(0), sortedScore: new Float32Array(0), binStart: new Int32Array(0),
    checkpoints: new Int32Array(0), scoreCross: { keys: 0, t: new Int32Array(0), sums: new Float64Array(0), count: new Int32Array(0) },
    global: { keys: 0, t: new Int32Array(0), sums: new Float64Array(0), count: new Int32Array(0) }, allBits,
  };
  ix.global = buildTable(ix, null, 1);
  for (let d = 0; d < CAT_END; d++) ix.cat.push(buildCat(ix, d, mLen[d]));
  for (let f = 0; f < FLAGS.length; f++) {
    const bits = new Int32Array(words);
    for (let i = 0; i < n; i++) if ((c.flags[i] >> f) & 1) bits[i >>> 5] |= 1 << (i & 31);
    ix.flagBits.push(bits);
  }
  buildScore(ix, c.score);
  return ix;
}

/** Score-sorted order, bin starts, checkpoint bitsets and the per-bin crosstab. */
function buildScore(ix: Index, score: Float32Array): void {
  const { n, words } = ix;
  const binOf = codesOf(ix, D_SCORE);
  let m = 0;
  for (let i = 0; i < n; i++) if (score[i] === score[i]) m++;
  const raw = new Uint32Array(score.buffer, score.byteOffset, n);
  const keys = new Uint32Array(m), idx = new Uint32Array(m);
  for (let i = 0, j = 0; i < n; i++) {
    if (score[i] !== score[i]) continue;
    keys[j] = orderedKey(raw[i]);
    idx[j++] = i;
  }
  radixSort(keys, idx);
  const sorted = new Float32Array(m);
  for (let j = 0; j < m; j++) sorted[j] = score[idx[j]];
  // Bins are monotone in score, so each bin is one run of the sorted order.
  const binStart = new Int32Array(SCORE_BINS + 1);
  for (let b = 0, j = 0; b < SCORE_BINS; b++) {
    while (j < m && binOf[idx[j]] < b) j++;
    binStart[b] = j;
  }
  binStart[SCORE_BINS] = m;
  const checkpoints = new Int32Array((SCORE_BINS + 1) * words);
  const run = new Int32Array(words);
  for (let b = 0, j = 0; b <= SCORE_BINS; b++) {
    for (; j < binStart[b]; j++) run[idx[j] >>> 5] |= 1 << (idx[j] & 31);
    checkpoints.set(run, b * words);
  }
  // Key SCORE_BINS holds the NaN rows, which no range selects.
  const scoreCross = buildTable(ix, binOf, SCORE_BINS + 1);
  Object.assign(ix, { byScore: idx, sortedScore: sorted, binStart, checkpoints, scoreCross });
}

