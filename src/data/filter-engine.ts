/**
 * The cross-filter engine: given the dataset's columns and a {@link FilterState}, produce the row mask,
 * the number of selected rows, per-dimension counts under crossfilter's rule and hazard totals.
 *
 * Crossfilter's rule: the count of value v in dimension d is the number of rows that pass every OTHER
 * dimension's filter and have value v. A dimension's own filter never zeroes its own counts, so an
 * analyst sees what picking another value would give. Dimensions: sector, level, town, grid, park, park
 * type, flags (one dimension, a count per flag), hazard (one dimension, a count per hazard bit), score
 * (histogram) and text (a filter without counts, so it simply narrows everything).
 *
 * Why it is built this way (1,000,000 rows, a few milliseconds per recompute): in V8 a histogram
 * increment costs ~1.3 ns and visiting a row of a sparse set 50-150 ns (cache and TLB misses), so a scan
 * of every row for every dimension takes ~10 ms. The engine visits as few rows as it can:
 * - Every filter becomes a bitset P_d (n/32 words), built from precomputed per-value bitsets (frequent
 *   values) or row lists (rare values), or for the score range from checkpoint bitsets over the
 *   score-sorted order. Intersections are then word operations, not row operations.
 * - The histogram of a row set X is either visited directly or computed as hist(B) − hist(B \ X) for a
 *   base B ⊇ X whose histogram needs no visit: every row; one filter's rows, from a crosstab (per value
 *   of a dimension, the histogram of all the others); or two filters' rows, from a pair crosstab built
 *   the first time those two dimensions are filtered together. The base visiting the fewest rows wins,
 *   per recompute. One or two filters, and every count under three, thus visit no row at all.
 * - Crosstabs are kept in marginal space (each dimension's counts side by side: ~420 entries for 16
 *   towns, 250 cells, 50 parks), so adding a slice is cheap. Visited rows increment six slots of a flat
 *   histogram (sector, level, park type and hazard code share one composite slot), marginalised after.
 * Memory at 1M rows: ~43 MB of indexes beside the columns, plus 0.1-7 MB per pair crosstab (64 MB cap).
 * Row order is the bundle's order throughout. The engine keeps scratch buffers: one engine must not
 * run two recomputes at once.
 */
import type { EnterpriseColumns } from './columns.ts';
import { FLAGS } from '../domain/flags.ts';
import { LEVEL_COUNT } from '../domain/levels.ts';
import { PARK_TYPES } from '../domain/parks.ts';
import { SECTORS } from '../domain/sectors.ts';

/** Score histogram: {@link SCORE_BINS} bins of width {@link SCORE_BIN_WIDTH} over 0..100 (clamped). */
export const SCORE_BINS = 50;
export const SCORE_BIN_WIDTH = 2;

/** Bits of {@link FilterState.hazard} and slots of {@link FilterCounts.hazard}, in this order. */
export const HAZARD_BITS = [
  { key: 'openMajor', bit: 1 }, // hazardsOpenMajor > 0
  { key: 'overdue', bit: 2 }, //   hazardsOverdue > 0
  { key: 'listed', bit: 4 }, //    hazardsListed > 0 (挂牌督办)
  { key: 'open', bit: 8 }, //      hazardsOpen > 0
] as const;

/** The filters of one view. Empty arrays (and 0, null) mean "no filter on this dimension". */
export interface FilterState {
  /** Leaf sector codes (SECTORS index). */
  sectors: readonly number[];
  /** Level codes 0..3. */
  levels: readonly number[];
  /** Town indices; -1 = outside every town. */
  towns: readonly number[];
  /** Grid cell indices; -1 = outside every cell. */
  grids: readonly number[];
  /** Park indices; -1 = not in any park. */
  parks: readonly number[];
  /** Park type codes 0..2; -1 = not in any park. */
  parkTypes: readonly number[];
  /** Inclusive [min, max] on columns.score; a NaN score never passes. */
  scoreRange: readonly [number, number] | null;
  /** Bitmask over FLAGS: a row passes when it has ALL selected flags. */
  flags: number;
  /** Bitmask over {@link HAZARD_BITS}: a row passes when it has ALL selected bits. */
  hazard: number;
  /** Per-row text-search match (nonzero = matches), length = rows; null = no text filter. */
  text: Uint8Array | null;
}

/** No filter at all. */
export const EMPTY_FILTERS: Readonly<FilterState> = Object.freeze({
  sectors: [], levels: [], towns: [], grids: [], parks: [], parkTypes: [],
  scoreRange: null, flags: 0, hazard: 0, text: null,
});

/** Per-dimension counts under crossfilter's rule (see the module comment). */
export interface FilterCounts {
  sector: Uint32Array;
  level: Uint32Array;
  /** Towns, then one last slot for "outside every town". */
  town: Uint32Array;
  /** Grid cells, then one last slot for "outside every cell". */
  grid: Uint32Array;
  /** Parks, then one last slot for "not in any park". */
  park: Uint32Array;
  /** The three park types, then "not in any park". */
  parkType: Uint32Array;
  /** Per FLAGS bit. */
  flag: Uint32Array;
  /** Per {@link HAZARD_BITS} entry: openMajor, overdue, listed, open. */
  hazard: Uint32Array;
  /** {@link SCORE_BINS} bins over 0..100; scores outside are clamped into the end bins, NaN is in none. */
  scoreHist: Uint32Array;
}

/** Sums over the selected rows only (no crossfilter rule here: these describe the selection). */
export interface FilterTotals {
  hazardsOpen: number;
  hazardsOpenMajor: number;
  hazardsOverdue: number;
  hazardsListed: number;
  enterprisesWithOpen: number;
  enterprisesWithOpenMajor: number;
  enterprisesWithOverdue: number;
  enterprisesWithListed: number;
}

/** Output of one recompute; pass it back to {@link FilterEngine.run} to reuse its buffers. */
export interface FilterResult {
  /** 1 = the row passes every filter. */
  mask: Uint8Array;
  /** Number of rows passing. */
  selected: number;
  counts: FilterCounts;
  totals: FilterTotals;
}

/** Area dimension sizes of the dataset (number of towns, grid cells, parks). */
export interface FilterDims {
  towns: number;
  grids: number;
  parks: number;
}

/** A filter engine bound to one dataset. */
export interface FilterEngine {
  readonly rows: number;
  /** Full recompute: mask, selected, every count and the totals, in one call. */
  run(filters: FilterState, out?: FilterResult): FilterResult;
  /** A result with buffers of the right sizes, for reuse across runs. */
  createResult(): FilterResult;
}

// Dimensions (internal ids). Categorical ones (< D_FLAGS) have per-value bitsets or row lists and
// crosstabs; flags use per-bit bitsets; score uses its sorted order; text has no counts.
const D_SECTOR = 0, D_LEVEL = 1, D_TOWN = 2, D_GRID = 3, D_PARK = 4, D_PTYPE = 5, D_HAZARD = 6;
const D_FLAGS = 7, D_SCORE = 8, D_TEXT = 9, DIM_COUNT = 10;
/** Visit column of each dimension (-1: text has none); see Index.rows. */
const COL_OF_DIM = [0, 0, 1, 2, 3, 0, 0, 4, 5, -1];
const HZ_CODES = 16;
const PT_CODES = PARK_TYPES.length + 1;
/** Largest crosstab (entries) for one dimension or one pair of dimensions, and for all pairs. */
const TABLE_MAX = 1 << 22;
const PAIRS_MAX = 1 << 24;
/** Cost of adding one crosstab entry relative to visiting one row (measured ~1:15 or better). */
const SLICE_COST = 1 / 16;
/** Formulation codes: DIRECT visits the set itself, ALL starts from every row; 0..9 = one filter's
 * rows (its crosstab); PAIR + e1 × 16 + e2 = two filters' rows (their pair crosstab). */
const DIRECT = -2, ALL = -1, PAIR = 100;

/** Per row, its slot in the flat visit histogram for six columns, and its hazard counts. */
interface RowData {
  /** Composite of sector, level, park type and hazard code (the low four bits). */
  c0: Uint16Array;
  /** Town, grid, park, flags and score-bin slots. */
  c1: Uint16Array; c2: Uint16Array; c3: Uint16Array; c4: Uint16Array; c5: Uint16Array;
  open: Uint16Array; major: Uint16Array; overdue: Uint16Array; listed: Uint16Array;
}

/**
 * Histograms of row groups in marginal space (each dimension's counts side by side, see Index.mOff),
 * one slice of `ms` entries per group key, with the group's hazard sums and row count.
 */
interface Table {
  keys: number;
  t: Int32Array;
  sums: Float64Array;
  count: Int32Array;
}

/** Per-value access to one categorical dimension's rows. */
interface CatIndex {
  card: number;
  count: Int32Array;
  /** Bitset per frequent value, null for rare values (which use the row list). */
  dense: (Int32Array | null)[];
  listStart: Int32Array;
  listRows: Uint32Array;
  /** Histogram per value, or null over budget. */
  cross: Table | null;
}

function popcnt(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

// The visit loops below are the hot paths: plain functions over typed arrays (monomorphic for
// TurboFan). Visiting a sparse set of rows is bound by cache and TLB misses (measured 50-150 ns per
// row at 0.5-3% density, ~7 ns when dense), which is why the engine works so hard to visit few rows.
// Columns are separate arrays: an interleaved 12-byte record measured ~2x slower at those densities.

/** Add `delta` to the six slots and the hazard sums of every row whose bit is set. */
function visitFull(bits: Int32Array, r: RowData, h: Int32Array, s: Float64Array, delta: number): void {
  const { c0, c1, c2, c3, c4, c5, open, major, overdue, listed } = r;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (let w = 0; w < bits.length; w++) {
    let x = bits[w];
    while (x !== 0) {
      const t = x & -x;
      x ^= t;
      const i = (w << 5) | (31 - Math.clz32(t));
      const a = c0[i];
      h[a] += delta; h[c1[i]] += delta; h[c2[i]] += delta; h[c3[i]] += delta; h[c4[i]] += delta; h[c5[i]] += delta;
      // The composite's low four bits are the hazard code: rows without hazards skip the sums.
      if ((a & 15) !== 0) {
        s0 += open[i]; s1 += major[i]; s2 += overdue[i]; s3 += listed[i];
      }
    }
  }
  s[0] += delta * s0; s[1] += delta * s1; s[2] += delta * s2; s[3] += delta * s3;
}

/** Add `delta` to one column's slot of every row whose bit is set. */
function visitCol(bits: Int32Array, col: Uint16Array, h: Int32Array, delta: number): void {
  for (let w = 0; w < bits.length; w++) {
    let x = bits[w];
    while (x !== 0) {
      const t = x & -x;
      x ^= t;
      h[col[(w << 5) | (31 - Math.clz32(t))]] += delta;
    }
  }
}

/** {@link visitFull} (delta 1) over rows[from..to) (a run of the score-sorted order). */
function visitFullList(rows: Uint32Array, from: number, to: number, r: RowData, h: Int32Array, s: Float64Array): void {
  const { c0, c1, c2, c3, c4, c5, open, major, overdue, listed } = r;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (let j = from; j < to; j++) {
    const i = rows[j];
    const a = c0[i];
    h[a]++; h[c1[i]]++; h[c2[i]]++; h[c3[i]]++; h[c4[i]]++; h[c5[i]]++;
    if ((a & 15) !== 0) {
      s0 += open[i]; s1 += major[i]; s2 += overdue[i]; s3 += listed[i];
    }
  }
  s[0] += s0; s[1] += s1; s[2] += s2; s[3] += s3;
}

function visitColList(rows: Uint32Array, from: number, to: number, col: Uint16Array, h: Int32Array): void {
  for (let j = from; j < to; j++) h[col[rows[j]]]++;
}

/** Set the bits of rows[from..to). */
function scatter(bits: Int32Array, rows: Uint32Array, from: number, to: number): void {
  for (let j = from; j < to; j++) {
    const r = rows[j];
    bits[r >>> 5] |= 1 << (r & 31);
  }
}

/** h[lo..hi) += sign × src[base + lo .. base + hi): one crosstab slice. */
function addSlice(h: Float64Array, src: Int32Array, base: number, lo: number, hi: number, sign: number): void {
  for (let x = lo; x < hi; x++) h[x] += sign * src[base + x];
}

function orInto(dst: Int32Array, src: Int32Array): void {
  for (let w = 0; w < dst.length; w++) dst[w] |= src[w];
}

/** dst = a & b & ~x (b may be null); the rows of a base set B = a ∩ b that are not in X. */
function andNot(dst: Int32Array, a: Int32Array, b: Int32Array | null, x: Int32Array): void {
  if (b) for (let w = 0; w < dst.length; w++) dst[w] = a[w] & b[w] & ~x[w];
  else for (let w = 0; w < dst.length; w++) dst[w] = a[w] & ~x[w];
}

/**
 * One pass over the active bitsets: dst = AND of all but index `skip` (of all when skip < 0) and, when
 * `fail` is given, fail = dst & ~bits[skip] (rows failing only that filter). Returns popcount(dst).
 */
function andOthers(bits: Int32Array[], k: number, skip: number, dst: Int32Array, fail: Int32Array | null): number {
  const others: Int32Array[] = [];
  for (let j = 0; j < k; j++) if (j !== skip) others.push(bits[j]);
  // Up to three inputs in local variables (TurboFan keeps their data pointers in registers); more are
  // folded into dst first, which is rare (four or more filters at once).
  let from = 0;
  if (others.length > 3) {
    dst.set(others[0]);
    for (from = 1; from < others.length - 2; from++) {
      const o = others[from];
      for (let w = 0; w < dst.length; w++) dst[w] &= o[w];
    }
    others[from - 1] = dst;
    from--;
  }
  const a = others[from], b = others[from + 1] ?? a, c = others[from + 2] ?? b;
  const own = skip >= 0 ? bits[skip] : a;
  let n = 0;
  for (let w = 0; w < dst.length; w++) {
    const q = a[w] & b[w] & c[w];
    dst[w] = q;
    if (q !== 0) n += popcnt(q);
    if (fail) fail[w] = q & ~own[w];
  }
  return n;
}

/** dst = ~dst within the first n bits (the tail of the last word stays zero). */
function invertBits(dst: Int32Array, all: Int32Array): void {
  for (let w = 0; w < dst.length; w++) dst[w] = ~dst[w] & all[w];
}

/** Expand the first `words` bitset words into mask bytes, four per Uint32 store. */
function writeMaskWords(S: Int32Array, m32: Uint32Array, words: number, nib: Uint32Array): void {
  for (let w = 0; w < words; w++) {
    const x = S[w], g = w << 3;
    if (x === 0) {
      m32[g] = 0; m32[g + 1] = 0; m32[g + 2] = 0; m32[g + 3] = 0;
      m32[g + 4] = 0; m32[g + 5] = 0; m32[g + 6] = 0; m32[g + 7] = 0;
      continue;
    }
    m32[g] = nib[x & 15]; m32[g + 1] = nib[(x >> 4) & 15];
    m32[g + 2] = nib[(x >> 8) & 15]; m32[g + 3] = nib[(x >> 12) & 15];
    m32[g + 4] = nib[(x >> 16) & 15]; m32[g + 5] = nib[(x >> 20) & 15];
    m32[g + 6] = nib[(x >> 24) & 15]; m32[g + 7] = nib[(x >>> 28) & 15];
  }
}

/**
 * bits[w] = one bit per byte (nonzero -> 1) of bytes[32w .. 32w+32), read as eight Uint32 (little-
 * endian); returns the popcount. Per Uint32: the high bit of each byte is set iff the byte is nonzero
 * (adding 0x7f never carries across bytes), then one multiply gathers the four high bits.
 */
function packBytes(u32: Uint32Array, bits: Int32Array, words: number): number {
  let c = 0;
  for (let w = 0; w < words; w++) {
    let x = 0;
    for (let j = 0; j < 8; j++) {
      const v = u32[(w << 3) + j];
      if (v === 0) continue;
      const nz = (((v & 0x7f7f7f7f) + 0x7f7f7f7f) | v) & 0x80808080;
      x |= ((Math.imul(nz >>> 7, 0x204081) >>> 21) & 15) << (j << 2);
    }
    bits[w] = x;
    if (x !== 0) c += popcnt(x);
  }
  return c;
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** Nibble -> four mask bytes (0 or 1) as one Uint32, in the platform's byte order. */
const NIBBLE_BYTES = (() => {
  const t = new Uint32Array(16), b = new Uint8Array(t.buffer);
  for (let v = 0; v < 16; v++) for (let j = 0; j < 4; j++) b[v * 4 + j] = (v >> j) & 1;
  return t;
})();

function lowerBound(a: Float32Array, x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(a: Float32Array, x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Float32 bits as an unsigned key that sorts like the number (NaN excluded beforehand). */
function orderedKey(bits: number): number {
  return (bits & 0x80000000) !== 0 ? ~bits >>> 0 : (bits | 0x80000000) >>> 0;
}

/** Stable LSD radix sort of `idx` by 32-bit `keys` (two 16-bit passes: result in place). */
function radixSort(keys: Uint32Array, idx: Uint32Array): void {
  const m = keys.length;
  const k2 = new Uint32Array(m), i2 = new Uint32Array(m), cnt = new Int32Array(65537);
  let srcK: Uint32Array = keys, srcI: Uint32Array = idx, dstK: Uint32Array = k2, dstI: Uint32Array = i2;
  for (let shift = 0; shift < 32; shift += 16) {
    cnt.fill(0);
    for (let j = 0; j < m; j++) cnt[((srcK[j] >>> shift) & 0xffff) + 1]++;
    for (let v = 0; v < 65536; v++) cnt[v + 1] += cnt[v];
    for (let j = 0; j < m; j++) {
      const p = cnt[(srcK[j] >>> shift) & 0xffff]++;
      dstK[p] = srcK[j];
      dstI[p] = srcI[j];
    }
    [srcK, dstK] = [dstK, srcK];
    [srcI, dstI] = [dstI, srcI];
  }
}

/** Everything precomputed once per dataset. */
interface Index {
  n: number;
  words: number;
  rows: RowData;
  cols: Uint16Array[];
  /** Flat visit histogram: slot ranges of columns 0..5 and the slot count. */
  colLo: Int32Array;
  colHi: Int32Array;
  ns: number;
  /** Marginal space: each dimension's counts at [mOff[d], mOff[d] + mLen[d]); ms entries in all. */
  mOff: Int32Array;
  mLen: Int32Array;
  ms: number;
  /** Composite slot -> marginal index of its sector, level, park type and hazard code. */
  mSec: Int32Array;
  mLev: Int32Array;
  mPt: Int32Array;
  mHz: Int32Array;
  cat: CatIndex[];
  flagBits: Int32Array[];
  /** Non-NaN rows sorted by score, their scores, and the sorted position where each bin starts. */
  byScore: Uint32Array;
  sortedScore: Float32Array;
  binStart: Int32Array;
  /** Bitset k: rows at sorted positions below binStart[k], k = 0..SCORE_BINS. */
  checkpoints: Int32Array;
  scoreCross: Table;
  global: Table;
  allBits: Int32Array;
}

function checkCode(name: string, i: number, v: number, lo: number, hi: number): void {
  if (!(v >= lo && v < hi)) throw new RangeError(`filter engine: row ${i} has ${name} ${v}, expected ${lo}..${hi - 1}`);
}

/** Per-row category code of dimension d (< D_FLAGS) or score bin (D_SCORE), from the visit columns. */
function codesOf(ix: Index, d: number): Uint32Array {
  const { n, rows, colLo } = ix, out = new Uint32Array(n);
  const comp = [ix.mSec, ix.mLev, null, null, null, ix.mPt, ix.mHz][d] ?? null;
  if (comp) {
    const base = ix.mOff[d], c0 = rows.c0;
    for (let i = 0; i < n; i++) out[i] = comp[c0[i]] - base;
  } else {
    const col = ix.cols[COL_OF_DIM[d]], lo = colLo[COL_OF_DIM[d]];
    for (let i = 0; i < n; i++) out[i] = col[i] - lo;
  }
  return out;
}

/** Histogram (in marginal space) of the rows of each key: one pass over the rows. */
function buildTable(ix: Index, keys: Uint32Array | null, nKeys: number): Table {
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

function buildIndex(c: EnterpriseColumns, dims: FilterDims): Index {
  const n = c.length, words = (n + 31) >>> 5;
  const T = dims.towns, G = dims.grids, P = dims.parks;
  const nSec = SECTORS.length, flagCodes = 1 << FLAGS.length;
  const sa = nSec * LEVEL_COUNT * PT_CODES * HZ_CODES;
  const colLo = Int32Array.of(0, sa, sa + T + 1, sa + T + G + 2, sa + T + G + P + 3, sa + T + G + P + 3 + flagCodes);
  const colHi = Int32Array.of(colLo[1], colLo[2], colLo[3], colLo[4], colLo[5], colLo[5] + SCORE_BINS + 1);
  const ns = colHi[5];
  // Slots are stored as Uint16 to keep the visit columns small.
  if (ns > 65536) throw new RangeError(`filter engine: ${T} towns + ${G} grid cells + ${P} parks is too many`);
  const mLen = Int32Array.of(nSec, LEVEL_COUNT, T + 1, G + 1, P + 1, PT_CODES, HZ_CODES, FLAGS.length, SCORE_BINS + 1);
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
  for (let d = 0; d < D_FLAGS; d++) ix.cat.push(buildCat(ix, d, mLen[d]));
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

class BitsetEngine implements FilterEngine {
  readonly rows: number;
  private readonly ix: Index;
  private readonly dims: FilterDims;
  /** Per dimension: its filter's pass bitset and size |P_d| for the current run. */
  private readonly P: Int32Array[] = [];
  private readonly size = new Float64Array(DIM_COUNT);
  /** Active dimensions in activation order, and their bitsets in the same order. */
  private readonly act = new Int32Array(DIM_COUNT);
  private readonly actBits: Int32Array[] = [];
  private readonly isActive = new Uint8Array(DIM_COUNT);
  private k = 0;
  private readonly allowed: Uint8Array[];
  private readonly nAllowed = new Int32Array(D_FLAGS);
  /** Current score range as sorted positions: whole bins [k1, k2) plus two partial runs. */
  private readonly sc = { k1: 0, k2: 0, pa: 0, pb: 0, qa: 0, qb: 0 };
  /** Pair crosstabs, built the first time two dimensions are filtered together (null: over budget). */
  private readonly pairs = new Map<number, Table | null>();
  private pairEntries = 0;
  // Scratch: bitsets S (selected), Q (rows passing all filters but one), T (rows to visit); flat
  // visit histograms; marginal histograms of the selection (mS, sS) and of one dimension (mD).
  private readonly S: Int32Array;
  private readonly Q: Int32Array;
  private readonly T: Int32Array;
  private readonly hV: Int32Array;
  private readonly hX: Int32Array;
  private readonly mS: Float64Array;
  private readonly sS = new Float64Array(4);
  private readonly mD: Float64Array;
  private readonly unfiltered: FilterResult;

  constructor(columns: EnterpriseColumns, dims: FilterDims) {
    const ix = buildIndex(columns, dims);
    this.ix = ix;
    this.dims = dims;
    this.rows = ix.n;
    for (let d = 0; d < DIM_COUNT; d++) this.P.push(new Int32Array(ix.words));
    this.allowed = ix.cat.map((c) => new Uint8Array(c.card));
    this.S = new Int32Array(ix.words);
    this.Q = new Int32Array(ix.words);
    this.T = new Int32Array(ix.words);
    this.hV = new Int32Array(ix.ns);
    this.hX = new Int32Array(ix.ns);
    this.mS = new Float64Array(ix.ms);
    this.mD = new Float64Array(ix.ms);
    // No filter is the most common state (and the first): answer it from the precomputed histogram.
    const u = this.createResult();
    u.mask.fill(1);
    u.selected = this.rows;
    this.addBase(ALL, this.mS, this.sS, -1);
    for (let d = 0; d < D_TEXT; d++) this.writeCounts(this.mS, d, u.counts);
    this.writeTotals(u.totals);
    this.unfiltered = u;
  }

  createResult(): FilterResult {
    const { towns, grids, parks } = this.dims;
    return {
      mask: new Uint8Array(this.rows),
      selected: 0,
      counts: {
        sector: new Uint32Array(SECTORS.length), level: new Uint32Array(LEVEL_COUNT),
        town: new Uint32Array(towns + 1), grid: new Uint32Array(grids + 1), park: new Uint32Array(parks + 1),
        parkType: new Uint32Array(PT_CODES), flag: new Uint32Array(FLAGS.length),
        hazard: new Uint32Array(HAZARD_BITS.length), scoreHist: new Uint32Array(SCORE_BINS),
      },
      totals: {
        hazardsOpen: 0, hazardsOpenMajor: 0, hazardsOverdue: 0, hazardsListed: 0,
        enterprisesWithOpen: 0, enterprisesWithOpenMajor: 0, enterprisesWithOverdue: 0, enterprisesWithListed: 0,
      },
    };
  }

  run(f: FilterState, out?: FilterResult): FilterResult {
    const r = out ?? this.createResult();
    if (r.mask.length < this.rows) throw new RangeError('filter engine: result mask is too short');
    this.k = 0;
    this.isActive.fill(0);
    const lists = [f.sectors, f.levels, f.towns, f.grids, f.parks, f.parkTypes];
    for (let d = 0; d < lists.length; d++) {
      if (lists[d].length === 0) continue;
      const al = this.allowed[d];
      al.fill(0);
      for (const v of lists[d]) {
        const code = this.codeOf(d, v);
        if (code >= 0) al[code] = 1;
      }
      this.catBits(d);
    }
    if (f.hazard !== 0) {
      for (let c = 0; c < HZ_CODES; c++) this.allowed[D_HAZARD][c] = (c & f.hazard) === f.hazard ? 1 : 0;
      this.catBits(D_HAZARD);
    }
    if (f.flags !== 0) this.flagBits(f.flags);
    if (f.scoreRange) this.scoreBits(f.scoreRange[0], f.scoreRange[1]);
    if (f.text) this.textBits(f.text);
    if (this.k === 0) return this.copyUnfiltered(r);

    const { act, k, P, size } = this;
    let S = P[act[0]], sizeS = size[act[0]];
    if (k > 1) {
      S = this.S;
      sizeS = andOthers(this.actBits, k, -1, S, null);
    }
    this.writeMask(S, r.mask);
    r.selected = sizeS;
    this.histSelected(S, sizeS);
    for (let j = 0; j < k; j++) if (act[j] !== D_TEXT) this.countsOf(act[j], sizeS, r.counts);
    for (let d = 0; d < D_TEXT; d++) if (!this.isActive[d]) this.writeCounts(this.mS, d, r.counts);
    this.writeTotals(r.totals);
    return r;
  }

  /** Category code of a filter value, or -1 when no row can have it. */
  private codeOf(d: number, v: number): number {
    const card = this.ix.cat[d].card;
    if (!Number.isInteger(v)) return -1;
    const hasNone = d === D_TOWN || d === D_GRID || d === D_PARK || d === D_PTYPE;
    if (hasNone && v === -1) return card - 1;
    return v >= 0 && v < (hasNone ? card - 1 : card) ? v : -1;
  }

  private activate(d: number, size: number): void {
    this.actBits[this.k] = this.P[d];
    this.act[this.k++] = d;
    this.isActive[d] = 1;
    this.size[d] = size;
  }

  /** P_d of a categorical filter: OR of the allowed values, or of the others then inverted. */
  private catBits(d: number): void {
    const c = this.ix.cat[d], al = this.allowed[d], bits = this.P[d];
    let nAl = 0, rows = 0;
    for (let v = 0; v < c.card; v++) if (al[v]) { nAl++; rows += c.count[v]; }
    this.nAllowed[d] = nAl;
    const invert = rows > this.rows / 2;
    bits.fill(0);
    for (let v = 0; v < c.card; v++) {
      if ((al[v] === 1) === invert) continue;
      const dense = c.dense[v];
      if (dense) orInto(bits, dense);
      else scatter(bits, c.listRows, c.listStart[v], c.listStart[v + 1]);
    }
    if (invert) invertBits(bits, this.ix.allBits);
    this.activate(d, rows);
  }

  private flagBits(sel: number): void {
    const bits = this.P[D_FLAGS];
    bits.fill(0);
    // A bit outside FLAGS is on no row: the filter then selects nothing.
    if (sel >> FLAGS.length === 0) {
      bits.fill(-1);
      for (let f = 0; f < FLAGS.length; f++) {
        if (!((sel >> f) & 1)) continue;
        const fb = this.ix.flagBits[f];
        for (let w = 0; w < bits.length; w++) bits[w] &= fb[w];
      }
    }
    let size = 0;
    for (let w = 0; w < bits.length; w++) if (bits[w] !== 0) size += popcnt(bits[w]);
    this.activate(D_FLAGS, size);
  }

  /** P of [lo, hi]: checkpoint bitsets for whole bins, scattered rows for the two partial bins. */
  private scoreBits(lo: number, hi: number): void {
    const { sortedScore, binStart, checkpoints, byScore, words } = this.ix;
    const sc = this.sc, bits = this.P[D_SCORE];
    let p = 0, q = 0;
    if (lo === lo && hi === hi) {
      p = lowerBound(sortedScore, lo);
      q = Math.max(p, upperBound(sortedScore, hi));
    }
    let k1 = 0;
    while (k1 <= SCORE_BINS && binStart[k1] < p) k1++;
    let k2 = SCORE_BINS;
    while (k2 >= 0 && binStart[k2] > q) k2--;
    if (k1 <= k2) {
      const a = k2 * words, b = k1 * words;
      for (let w = 0; w < words; w++) bits[w] = checkpoints[a + w] ^ checkpoints[b + w];
      Object.assign(sc, { k1, k2, pa: p, pb: binStart[k1], qa: binStart[k2], qb: q });
    } else {
      bits.fill(0);
      Object.assign(sc, { k1: 0, k2: 0, pa: p, pb: q, qa: 0, qb: 0 });
    }
    scatter(bits, byScore, sc.pa, sc.pb);
    scatter(bits, byScore, sc.qa, sc.qb);
    this.activate(D_SCORE, q - p);
  }

  private textBits(text: Uint8Array): void {
    const n = this.rows, bits = this.P[D_TEXT];
    if (text.length < n) throw new RangeError('filter engine: text mask is shorter than the rows');
    let size = 0, w = 0;
    if ((text.byteOffset & 3) === 0 && LITTLE_ENDIAN) {
      const full = n >> 5;
      size = packBytes(new Uint32Array(text.buffer, text.byteOffset, full << 3), bits, full);
      w = full;
    }
    for (; w < bits.length; w++) {
      const base = w << 5, lim = Math.min(32, n - base);
      let x = 0;
      for (let j = 0; j < lim; j++) if (text[base + j] !== 0) x |= 1 << j;
      bits[w] = x;
      if (x !== 0) size += popcnt(x);
    }
    this.activate(D_TEXT, size);
  }

  private copyUnfiltered(r: FilterResult): FilterResult {
    const u = this.unfiltered;
    r.mask.fill(1, 0, this.rows);
    r.selected = u.selected;
    for (const key of Object.keys(u.counts) as (keyof FilterCounts)[]) r.counts[key].set(u.counts[key]);
    Object.assign(r.totals, u.totals);
    return r;
  }

  private writeMask(S: Int32Array, mask: Uint8Array): void {
    const n = this.rows;
    let i = 0;
    // Four mask bytes per store, eight stores per bitset word: ~4x fewer stores than a byte loop.
    if ((mask.byteOffset & 3) === 0) {
      const full = n >> 5;
      writeMaskWords(S, new Uint32Array(mask.buffer, mask.byteOffset, full << 3), full, NIBBLE_BYTES);
      i = full << 5;
    }
    for (; i < n; i++) mask[i] = (S[i >> 5] >>> (i & 31)) & 1;
  }

  /** Selection histogram (mS, sS) by the cheapest formulation. */
  private histSelected(S: Int32Array, sizeS: number): void {
    const { ix, hV, mS, sS } = this;
    const how = this.choose(sizeS, sizeS, ix.ms, -1);
    hV.fill(0);
    if (how === DIRECT) {
      mS.fill(0);
      sS.fill(0);
      visitFull(S, ix.rows, hV, sS, 1);
    } else {
      this.addBase(how, mS, sS, -1);
      if (this.baseSize(how) === sizeS) return;
      this.baseMinus(how, S);
      visitFull(this.T, ix.rows, hV, sS, -1);
    }
    this.margFlat(hV, mS, -1);
  }

  /**
   * Counts of active dimension d: its histogram over Q_d, the rows passing every other filter. The
   * fallback is hist(S) plus the rows failing only d; a base is hist(B) − hist(B \ Q_d).
   */
  private countsOf(d: number, sizeS: number, counts: FilterCounts): void {
    const { ix, act, k, size, P, hV, mD, mS } = this;
    const col = COL_OF_DIM[d], lo = ix.mOff[d], len = ix.mLen[d];
    let Q = ix.allBits, sizeQ = this.rows, failReady = false;
    const exact = k === 3 ? this.otherPair(d) : -1;
    if (exact >= 0) {
      // Q_d is exactly the other two filters' rows: their pair crosstab answers without any bitset.
      this.addBase(exact, mD, null, d);
      return this.writeCounts(mD, d, counts);
    }
    if (k === 2) {
      const other = act[0] === d ? act[1] : act[0];
      Q = P[other];
      sizeQ = size[other];
    } else if (k > 2) {
      // Q_d and, in the same pass, the rows failing only d (into T) for the fallback.
      Q = this.Q;
      sizeQ = andOthers(this.actBits, k, act.indexOf(d), Q, this.T);
      failReady = true;
    }
    const how = this.choose(sizeQ, sizeQ - sizeS, len, d);
    hV.fill(0, ix.colLo[col], ix.colHi[col]);
    if (how === DIRECT) {
      for (let x = lo; x < lo + len; x++) mD[x] = mS[x];
      if (!failReady) andNot(this.T, Q, null, P[d]);
      visitCol(this.T, ix.cols[col], hV, 1);
    } else {
      this.addBase(how, mD, null, d);
      // With two filters Q_d is exactly the other filter's rows: nothing to subtract.
      if (this.baseSize(how) === sizeQ) return this.writeCounts(mD, d, counts);
      this.baseMinus(how, Q);
      visitCol(this.T, ix.cols[col], hV, -1);
    }
    this.margFlat(hV, mD, d);
    this.writeCounts(mD, d, counts);
  }

  /**
   * The cheapest way to the histogram of a set X ⊆ every base (|X| = sizeX) over `len` marginal
   * entries: DIRECT (costing `fallback` row visits) or hist(B) − hist(B \ X) for B = every row, one
   * active filter's rows, or two active filters' rows (never dimension d's own).
   */
  private choose(sizeX: number, fallback: number, len: number, d: number): number {
    const { act, k } = this;
    let how = DIRECT, best = fallback;
    const consider = (h: number): void => {
      const cost = this.baseSize(h) - sizeX + this.sliceCost(h, len);
      if (cost < best) { best = cost; how = h; }
    };
    consider(ALL);
    for (let j = 0; j < k; j++) {
      const e = act[j];
      if (e === d || e === D_TEXT || e === D_FLAGS) continue;
      consider(e);
      if (e > D_HAZARD) continue;
      for (let j2 = j + 1; j2 < k; j2++) {
        const e2 = act[j2];
        if (e2 === d || e2 > D_HAZARD) continue;
        const a = Math.min(e, e2), b = Math.max(e, e2), pair = PAIR + a * 16 + b;
        const known = this.pairs.get(a * 16 + b);
        if (known === null) continue;
        // Build a pair crosstab (tens of ms at 1M rows) only when it would win if the two filters
        // were independent; its cost is then taken exactly.
        if (known === undefined && !(this.size[a] * this.size[b] / this.rows - sizeX + this.sliceCost(pair, len) < best)) continue;
        if (this.pairTable(a, b)) consider(pair);
      }
    }
    return how;
  }

  /** With three filters: the pair formulation of the two other than d, or -1 when not built. */
  private otherPair(d: number): number {
    let a = -1, b = -1;
    for (let j = 0; j < 3; j++) {
      const e = this.act[j];
      if (e === d) continue;
      if (a < 0) a = e;
      else b = e;
    }
    if (a > D_HAZARD || b > D_HAZARD) return -1;
    // Only a table already built: building is left to choose(), which builds the ones that pay.
    const lo = Math.min(a, b), hi = Math.max(a, b);
    return this.pairs.get(lo * 16 + hi) ? PAIR + lo * 16 + hi : -1;
  }

  /** The pair crosstab of two categorical dimensions, built on first use; null when over budget. */
  private pairTable(e1: number, e2: number): Table | null {
    const id = e1 * 16 + e2;
    const known = this.pairs.get(id);
    if (known !== undefined) return known;
    const ix = this.ix, c1 = ix.cat[e1], c2 = ix.cat[e2];
    const entries = c1.card * c2.card * ix.ms;
    let t: Table | null = null;
    if (c1.cross && c2.cross && entries <= TABLE_MAX && this.pairEntries + entries <= PAIRS_MAX) {
      const keys = codesOf(ix, e1), b = codesOf(ix, e2);
      for (let i = 0; i < keys.length; i++) keys[i] = keys[i] * c2.card + b[i];
      t = buildTable(ix, keys, c1.card * c2.card);
      this.pairEntries += entries;
    }
    this.pairs.set(id, t);
    return t;
  }

  /** Number of rows of a formulation's base set B. */
  private baseSize(how: number): number {
    if (how === ALL) return this.rows;
    if (how < PAIR) return this.size[how];
    const e1 = (how - PAIR) >> 4, e2 = (how - PAIR) & 15;
    const t = this.pairTable(e1, e2) as Table, a1 = this.allowed[e1], a2 = this.allowed[e2];
    let s = 0;
    for (let v1 = 0; v1 < a1.length; v1++) {
      if (a1[v1]) for (let v2 = 0; v2 < a2.length; v2++) if (a2[v2]) s += t.count[v1 * a2.length + v2];
    }
    return s;
  }

  /** Cost, in row visits, of hist(B) over `len` marginal entries; Infinity without a crosstab. */
  private sliceCost(how: number, len: number): number {
    if (how === ALL) return len * SLICE_COST;
    if (how === D_SCORE) {
      const sc = this.sc;
      return (sc.k2 - sc.k1) * len * SLICE_COST + (sc.pb - sc.pa) + (sc.qb - sc.qa);
    }
    if (how < PAIR) {
      if (how >= D_FLAGS || !this.ix.cat[how].cross) return Infinity;
      const nAl = this.nAllowed[how], card = this.ix.cat[how].card;
      return Math.min(nAl, card - nAl + 1) * len * SLICE_COST;
    }
    return this.nAllowed[(how - PAIR) >> 4] * this.nAllowed[(how - PAIR) & 15] * len * SLICE_COST;
  }

  /** T = B \ X for a formulation's base set B. */
  private baseMinus(how: number, X: Int32Array): void {
    if (how === ALL) andNot(this.T, this.ix.allBits, null, X);
    else if (how < PAIR) andNot(this.T, this.P[how], null, X);
    else andNot(this.T, this.P[(how - PAIR) >> 4], this.P[(how - PAIR) & 15], X);
  }

  /**
   * m = hist(B) over dimension d's marginal entries (every entry when d < 0, then with the hazard
   * sums into s), from crosstab slices: allowed values, or all rows minus the other values.
   */
  private addBase(how: number, m: Float64Array, s: Float64Array | null, d: number): void {
    const ix = this.ix, ms = ix.ms;
    const lo = d < 0 ? 0 : ix.mOff[d], hi = d < 0 ? ms : lo + ix.mLen[d];
    m.fill(0, lo, hi);
    if (s) s.fill(0);
    const add = (t: Table, key: number, sign: number): void => {
      addSlice(m, t.t, key * ms, lo, hi, sign);
      if (s) for (let c = 0; c < 4; c++) s[c] += sign * t.sums[key * 4 + c];
    };
    if (how === ALL) return add(ix.global, 0, 1);
    if (how === D_SCORE) {
      const sc = this.sc, h = this.hX, rows = ix.byScore;
      for (let b = sc.k1; b < sc.k2; b++) add(ix.scoreCross, b, 1);
      // The rows of the two partial bins that are in range are visited.
      h.fill(0);
      if (s) {
        visitFullList(rows, sc.pa, sc.pb, ix.rows, h, s);
        visitFullList(rows, sc.qa, sc.qb, ix.rows, h, s);
      } else {
        visitColList(rows, sc.pa, sc.pb, ix.cols[COL_OF_DIM[d]], h);
        visitColList(rows, sc.qa, sc.qb, ix.cols[COL_OF_DIM[d]], h);
      }
      return this.margFlat(h, m, d);
    }
    if (how < PAIR) {
      const c = ix.cat[how], al = this.allowed[how], t = c.cross as Table;
      const direct = this.nAllowed[how] <= c.card - this.nAllowed[how] + 1;
      if (!direct) add(ix.global, 0, 1);
      for (let v = 0; v < c.card; v++) if ((al[v] === 1) === direct) add(t, v, direct ? 1 : -1);
      return;
    }
    const e1 = (how - PAIR) >> 4, e2 = (how - PAIR) & 15;
    const t = this.pairTable(e1, e2) as Table, a1 = this.allowed[e1], a2 = this.allowed[e2];
    for (let v1 = 0; v1 < a1.length; v1++) {
      if (a1[v1]) for (let v2 = 0; v2 < a2.length; v2++) if (a2[v2]) add(t, v1 * a2.length + v2, 1);
    }
  }

  /** m += the marginal of flat visit histogram h (every dimension when d < 0, else only d). */
  private margFlat(h: Int32Array, m: Float64Array, d: number): void {
    const ix = this.ix, { colLo, colHi, mOff } = ix;
    const all = d < 0, col = all ? -1 : COL_OF_DIM[d];
    if (all || col === 0) {
      const maps = all ? [ix.mSec, ix.mLev, ix.mPt, ix.mHz] : [[ix.mSec, ix.mLev, 0, 0, 0, ix.mPt, ix.mHz][d] as Int32Array];
      for (let a = 0; a < colHi[0]; a++) {
        const v = h[a];
        if (v !== 0) for (const map of maps) m[map[a]] += v;
      }
    }
    const dimOfCol = [-1, D_TOWN, D_GRID, D_PARK, D_FLAGS, D_SCORE];
    for (const c of [1, 2, 3, 5]) {
      if (!all && col !== c) continue;
      const delta = mOff[dimOfCol[c]] - colLo[c];
      for (let x = colLo[c]; x < colHi[c]; x++) m[x + delta] += h[x];
    }
    if (all || col === 4) {
      for (let x = colLo[4]; x < colHi[4]; x++) {
        const v = h[x];
        if (v === 0) continue;
        for (let b = 0, code = x - colLo[4]; code !== 0; b++, code >>= 1) if (code & 1) m[mOff[D_FLAGS] + b] += v;
      }
    }
  }

  /** counts of dimension d from marginal histogram m. */
  private writeCounts(m: Float64Array, d: number, counts: FilterCounts): void {
    const off = this.ix.mOff[d];
    const copy = (out: Uint32Array): void => {
      for (let v = 0; v < out.length; v++) out[v] = m[off + v];
    };
    switch (d) {
      case D_SECTOR: return copy(counts.sector);
      case D_LEVEL: return copy(counts.level);
      case D_TOWN: return copy(counts.town);
      case D_GRID: return copy(counts.grid);
      case D_PARK: return copy(counts.park);
      case D_PTYPE: return copy(counts.parkType);
      case D_FLAGS: return copy(counts.flag);
      case D_SCORE: return copy(counts.scoreHist);
      case D_HAZARD: {
        const out = counts.hazard;
        out.fill(0);
        for (let code = 1; code < HZ_CODES; code++) {
          for (let j = 0; j < out.length; j++) if ((code >> j) & 1) out[j] += m[off + code];
        }
      }
    }
  }

  /** Totals of the selection, from mS (hazard codes) and sS (hazard sums). */
  private writeTotals(t: FilterTotals): void {
    const m = this.mS, off = this.ix.mOff[D_HAZARD], s = this.sS;
    let open = 0, major = 0, overdue = 0, listed = 0;
    for (let code = 1; code < HZ_CODES; code++) {
      const v = m[off + code];
      if (code & 1) major += v;
      if (code & 2) overdue += v;
      if (code & 4) listed += v;
      if (code & 8) open += v;
    }
    Object.assign(t, {
      hazardsOpen: s[0], hazardsOpenMajor: s[1], hazardsOverdue: s[2], hazardsListed: s[3],
      enterprisesWithOpen: open, enterprisesWithOpenMajor: major, enterprisesWithOverdue: overdue, enterprisesWithListed: listed,
    });
  }
}

/**
 * Build a filter engine over `columns` (whose area codes must be below `dims`). Building indexes the
 * data once (per-value bitsets, crosstabs, score order): ~0.7 s and ~43 MB for 1,000,000 rows (whose
 * columns take ~60 MB). A pair crosstab is built (~50-60 ms at 1M rows, once) the first time a
 * recompute needs two dimensions together. Every {@link FilterEngine.run} is a full recompute.
 * Throws RangeError when a code is out of range.
 */
export function createFilterEngine(columns: EnterpriseColumns, dims: FilterDims): FilterEngine {
  return new BitsetEngine(columns, dims);
}
