/**
 * Internal vocabulary shared by the engine's modules: dimension ids and their visit columns, code
 * counts, crosstab budgets, formulation codes, and the shapes of the precomputed index.
 */
import { PARK_TYPES } from '../../domain/parks.ts';

// Dimensions (internal ids). Categorical ones (< D_FLAGS) have per-value bitsets or row lists and
// crosstabs; flags use per-bit bitsets; score uses its sorted order; text has no counts.
export const D_SECTOR = 0, D_LEVEL = 1, D_TOWN = 2, D_GRID = 3, D_PARK = 4, D_PTYPE = 5, D_HAZARD = 6;
export const D_FLAGS = 7, D_SCORE = 8, D_TEXT = 9, DIM_COUNT = 10;
/** Visit column of each dimension (-1: text has none); see Index.rows. */
export const COL_OF_DIM = [0, 0, 1, 2, 3, 0, 0, 4, 5, -1];
export const HZ_CODES = 16;
export const PT_CODES = PARK_TYPES.length + 1;
/** Largest crosstab (entries) for one dimension or one pair of dimensions, and for all pairs. */
export const TABLE_MAX = 1 << 22;
export const PAIRS_MAX = 1 << 24;
/** Cost of adding one crosstab entry relative to visiting one row (measured ~1:15 or better). */
export const SLICE_COST = 1 / 16;
/** Formulation codes: DIRECT visits the set itself, ALL starts from every row; 0..9 = one filter's
 * rows (its crosstab); PAIR + e1 × 16 + e2 = two filters' rows (their pair crosstab). */
export const DIRECT = -2, ALL = -1, PAIR = 100;

/** Per row, its slot in the flat visit histogram for six columns, and its hazard counts. */
export interface RowData {
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
export interface Table {
  keys: number;
  t: Int32Array;
  sums: Float64Array;
  count: Int32Array;
}

/** Per-value access to one categorical dimension's rows. */
export interface CatIndex {
  card: number;
  count: Int32Array;
  /** Bitset per frequent value, null for rare values (which use the row list). */
  dense: (Int32Array | null)[];
  listStart: Int32Array;
  listRows: Uint32Array;
  /** Histogram per value, or null over budget. */
  cross: Table | null;
}

/** Everything precomputed once per dataset. */
export interface Index {
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
