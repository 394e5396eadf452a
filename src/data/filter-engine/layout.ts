/**
 * Internal vocabulary shared by the engine's modules: dimension ids and their visit columns, code
 * counts, crosstab budgets, formulation codes, and the shapes of the precomputed index.
 */
import type { ScoreOrder } from './score-order.ts';
import { FILTER_DIMENSIONS, type EngineKind, type FilterDimension } from '../filter-dimensions.ts';

/**
 * The engine's dimensions, numbered from the dimension table (src/data/filter-dimensions.ts): those
 * kept as category codes first (per-value bitsets or row lists, crosstabs), then flags (per-bit
 * bitsets), score (its sorted order) and text (no counts). Numbers are fixed when this module loads,
 * so the hot loops still index plain arrays.
 */
const ENGINE_ORDER: readonly EngineKind[] = ['codes', 'bits', 'sorted', 'mask'];
export const ENGINE_DIMENSIONS: readonly FilterDimension[] = ENGINE_ORDER.flatMap((k) => FILTER_DIMENSIONS.filter((d) => d.engine === k));
const dim = (id: string): number => {
  const d = ENGINE_DIMENSIONS.findIndex((x) => x.id === id);
  if (d < 0) throw new Error(`filter engine: no dimension "${id}" in the dimension table`);
  return d;
};
export const D_SECTOR = dim('sector'), D_LEVEL = dim('level'), D_TOWN = dim('town'), D_GRID = dim('grid'), D_PARK = dim('park');
export const D_PTYPE = dim('parkType'), D_HAZARD = dim('hazard'), D_FLAGS = dim('flags'), D_SCORE = dim('score'), D_TEXT = dim('text');
export const DIM_COUNT = ENGINE_DIMENSIONS.length;
/** Dimensions below this one are kept as category codes. */
export const CAT_END = ENGINE_DIMENSIONS.filter((d) => d.engine === 'codes').length;
/** Visit column of each dimension (-1: text has none); see Index.rows. */
export const COL_OF_DIM = ENGINE_DIMENSIONS.map((d) => d.visit);
/** The dimension whose codes each of the visit columns 1..5 holds (column 0 is the composite). */
export const DIM_OF_COL = [-1, 1, 2, 3, 4, 5].map((c) => (c < 0 ? -1 : COL_OF_DIM.indexOf(c)));
// The engine's shapes rest on these: codes first, then flags, score and text, one of each.
if (D_FLAGS !== CAT_END || D_SCORE !== CAT_END + 1 || D_TEXT !== DIM_COUNT - 1 || DIM_OF_COL.slice(1).some((d) => d < 0)) {
  throw new Error('filter engine: the dimension table does not fit the engine (codes, then flags, score and text; one dimension per visit column 1-5)');
}
export const HZ_CODES = 16;
export const PT_CODES = ENGINE_DIMENSIONS[D_PTYPE].codes({ towns: 0, grids: 0, parks: 0 });
/** Largest crosstab (entries) for one dimension or one pair of dimensions, and for all pairs. */
export const TABLE_MAX = 1 << 22;
export const PAIRS_MAX = 1 << 24;
/** Cost of adding one crosstab entry relative to visiting one row (measured ~1:15 or better). */
export const SLICE_COST = 1 / 16;
/** Formulation codes: DIRECT visits the set itself, ALL starts from every row; 0..9 = one filter's
 * rows (its crosstab); PAIR + e1 × 16 + e2 = two filters' rows (their pair crosstab). */
export const DIRECT = -2, ALL = -1, PAIR = 100;

/** For a dimension packed in the composite column: composite slot -> its marginal index. */
export function compositeMap(ix: Index, d: number): Int32Array {
  if (d === D_SECTOR) return ix.mSec;
  if (d === D_LEVEL) return ix.mLev;
  if (d === D_PTYPE) return ix.mPt;
  if (d === D_HAZARD) return ix.mHz;
  throw new RangeError(`filter engine: dimension ${d} is not in the composite column`);
}

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

/** One categorical dimension: its values' row counts and crosstab. */
export interface CatIndex {
  card: number;
  count: Int32Array;
  /** Histogram per value, or null over budget. */
  cross: Table | null;
}

/** Per-value access to one categorical dimension's rows (built on first use: lazy-parts.ts). */
export interface CatValues {
  /** Bitset per frequent value, null for rare values (which use the row list). */
  dense: (Int32Array | null)[];
  listStart: Int32Array;
  listRows: Uint32Array;
}

/**
 * The parts only a filter on their dimension needs, built the first time one does (lazy-parts.ts),
 * not with the index: per categorical dimension its values' rows, and one bitset per flag.
 */
export interface LazyParts {
  cats: (CatValues | null)[];
  flagBits: Int32Array[] | null;
  /** The score order of the index's scores (score-order.ts), for score-range filters. */
  scoreOrder: ScoreOrder | null;
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
  /** Filled in place as filters need them; shared by the indexes made from this one by a rescore. */
  lazy: LazyParts;
  scoreCross: Table;
  global: Table;
  allBits: Int32Array;
}
