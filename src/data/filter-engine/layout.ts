/**
 * Internal vocabulary shared by the engine's modules: how a dimension table is laid out in the engine
 * (layoutOf: dimension numbers, visit columns, the composite column's digits), crosstab budgets,
 * formulation codes, and the shapes of the precomputed index.
 */
import { FILTER_DIMENSIONS, HAZARD_BITS, type DimensionSpec, type EngineKind } from '../filter-dimensions.ts';
import type { FilterDims } from './api.ts';
import type { ScoreOrder } from './score-order.ts';

/**
 * The engine's dimensions, numbered from a dimension table: those kept as category codes first (in
 * the table's order), then flags (per-bit bitsets), score (its sorted order) and text (no counts).
 */
const ENGINE_ORDER: readonly EngineKind[] = ['codes', 'bits', 'sorted', 'mask'];
function engineOrder<T extends DimensionSpec>(table: readonly T[]): T[] {
  return ENGINE_ORDER.flatMap((k) => table.filter((d) => d.engine === k));
}

/** The hot loops' visit columns, and those holding one code dimension read from a column of its own. */
export const VISIT_COLUMNS = [0, 1, 2, 3, 4, 5, 6] as const;
const OWN_COLUMNS: readonly number[] = [1, 2, 3, 6];

/** Codes of the hazard state: every combination of its bits, the composite column's low bits. */
export const HZ_CODES = 1 << HAZARD_BITS.length;

/**
 * A dimension table as the engine lays it out, worked out once per index and kept in it as plain data
 * (an index travels to and from a worker). Dimensions are numbered in the engine's order; the hot
 * loops (visit.ts) visit seven columns: 0 the composite of every small code dimension, 1-3 the list
 * dimensions with a column of their own, 4 the flags, 5 the score bins, 6 a code dimension with a
 * column of its own (the change state of a comparison).
 */
export interface Layout {
  /** Per dimension: its id, its filter field, its key in the counts (null for text). */
  ids: string[];
  fields: string[];
  counts: (string | null)[];
  /** A list's enterprise column, else null; whether it has a "none" value (its last code). */
  columns: (string | null)[];
  none: boolean[];
  /** Its visit column (-1: text has none), its codes in marginal space and the length of its counts. */
  col: number[];
  card: number[];
  countLen: number[];
  /** Dimensions below catEnd are kept as category codes; then flags, score and text, one of each. */
  catEnd: number;
  flags: number;
  score: number;
  text: number;
  /** The hazard state: a code dimension of the composite, its lowest digit. */
  hazard: number;
  /** Per dimension, for a state kept as codes (the hazard state, the inspection status, the change state): each code's bits; else null. */
  codeBits: (readonly number[] | null)[];
  /** The dimension whose codes each of the visit columns 1..6 holds (column 0 is the composite: -1). */
  dimOfCol: number[];
  /**
   * The composite column's digits, most significant first, and their place values: a row's slot is
   * the sum of its codes times their places. The last digit is the hazard code (the low four bits,
   * which the hot loops test to skip rows without hazards).
   */
  digits: number[];
  place: number[];
  /** The composite's low half (its last digits, see crosstabs.ts): the product of their code counts. */
  lo: number;
}

const misfit = (why: string) => new Error(`filter engine: the dimension table does not fit the engine (${why})`);

/** The layout of a dimension table for a dataset of these area sizes; throws when the table does not fit the engine. */
export function layoutOf(table: readonly DimensionSpec[], dims: FilterDims): Layout {
  const ds = engineOrder(table);
  const one = (pred: (d: DimensionSpec) => boolean, what: string) => {
    if (ds.filter(pred).length !== 1) throw misfit(`one ${what}`);
    return ds.findIndex(pred);
  };
  const catEnd = ds.filter((d) => d.engine === 'codes').length;
  const flags = one((d) => d.engine === 'bits', 'flags dimension'),
    score = one((d) => d.engine === 'sorted', 'score dimension');
  const isState = (d: DimensionSpec) => d.kind === 'bits' && d.engine === 'codes';
  const text = one((d) => d.engine === 'mask', 'text dimension'),
    hazard = one((d) => isState(d) && !('column' in d && d.column), 'hazard state');
  // Another state kept as codes reads its code from a column and says which bits each code has.
  const codeBits = ds.map((d, i): readonly number[] | null => {
    if (!isState(d) || d.kind !== 'bits') return null;
    if (i === hazard) return Array.from({ length: HZ_CODES }, (_, c) => c);
    if (!d.column || !d.codeBits || d.codeBits.length !== d.codes({ towns: 0, grids: 0, parks: 0 }))
      throw misfit(`${d.id}: a state needs a column and each code's bits`);
    return d.codeBits;
  });
  const col = ds.map((d) => d.visit),
    card = ds.map((d) => d.codes(dims));
  const dimOfCol = VISIT_COLUMNS.map((c) =>
    c === 0 ? -1 : one((d) => d.visit === c, `dimension in visit column ${c}`),
  );
  if (col[flags] !== 4 || col[score] !== 5 || col[text] !== -1)
    throw misfit('flags in visit column 4, score in 5, text in none');
  if (col[hazard] !== 0 || card[hazard] !== HZ_CODES) throw misfit('the hazard state in the composite');
  // Every code dimension but the hazard state reads its codes from a column: the composite's digits
  // (visit 0) or a column of its own (1-3 and 6).
  ds.slice(0, catEnd).forEach((d) => {
    const own = OWN_COLUMNS.includes(d.visit);
    if (d.visit !== 0 && !own) throw misfit(`${d.id}: a code dimension in visit column 0, 1-3 or 6`);
    if (own && !('column' in d && d.column)) throw misfit(`${d.id}: a visit column of its own needs a column`);
  });
  // Formulations number a pair of code dimensions in one byte (PAIR below).
  if (catEnd > 16) throw misfit('at most 16 code dimensions');
  for (let d = 0; d < catEnd; d++) {
    if (ds[d].kind !== 'list' && codeBits[d] === null)
      throw misfit(`${ds[d].id}: only lists and states are kept as codes`);
  }
  const inComposite = ds.flatMap((d, i) => (d.visit === 0 && i !== hazard ? [i] : []));
  const digits = [...inComposite, hazard];
  const place = digits.map(() => 1);
  for (let j = digits.length - 2; j >= 0; j--) place[j] = place[j + 1] * card[digits[j + 1]];
  const size = place[0] * card[digits[0]];
  // Slots are stored as Uint16: the composite, with the other columns, must stay within 16 bits.
  if (size > 65536) throw misfit(`the composite's digits make ${size} codes, more than 65,536`);
  // The low half: the last digits whose split makes the two halves' joints smallest (crosstabs.ts).
  let lo = size,
    best = Infinity;
  for (let j = Math.max(1, digits.length - 1); j >= 1; j--) {
    const l = place[j - 1];
    if (size / l + l < best) {
      best = size / l + l;
      lo = l;
    }
  }
  return {
    ids: ds.map((d) => d.id),
    fields: ds.map((d) => d.field),
    counts: ds.map((d) => ('counts' in d ? d.counts : null)),
    columns: ds.map((d, i) =>
      d.kind === 'list' ? d.column : d.kind === 'bits' && i !== hazard && codeBits[i] ? (d.column as string) : null,
    ),
    none: ds.map((d) => d.kind === 'list' && d.none !== null),
    col,
    card,
    countLen: ds.map((d, i) => (d.kind === 'bits' ? d.bits.length : d.kind === 'range' ? card[i] - 1 : card[i])),
    catEnd,
    flags,
    score,
    text,
    hazard,
    codeBits,
    dimOfCol,
    digits,
    place,
    lo,
  };
}

// The app table's numbering, for tests that name one of its dimensions (the engine reads its index's layout).
const APP = layoutOf(FILTER_DIMENSIONS, { towns: 0, grids: 0, parks: 0 });
export const ENGINE_DIMENSIONS = engineOrder(FILTER_DIMENSIONS);
export const {
  catEnd: CAT_END,
  flags: D_FLAGS,
  score: D_SCORE,
  text: D_TEXT,
  col: COL_OF_DIM,
  dimOfCol: DIM_OF_COL,
} = APP;
export const D_LEVEL = APP.ids.indexOf('level'),
  D_TOWN = APP.ids.indexOf('town');

/** Largest crosstab (entries) for one dimension or one pair of dimensions, and for all pairs. */
export const TABLE_MAX = 1 << 22;
export const PAIRS_MAX = 1 << 24;
/** Cost of adding one crosstab entry relative to visiting one row (measured ~1:15 or better). */
export const SLICE_COST = 1 / 16;
/** Formulation codes: DIRECT visits the set itself, ALL starts from every row; 0..15 = one filter's
 * rows (its crosstab); PAIR + e1 × 16 + e2 = two filters' rows (their pair crosstab). */
export const DIRECT = -2,
  ALL = -1,
  PAIR = 100;

/** For a dimension packed in the composite column: composite slot -> its marginal index. */
export function compositeMap(ix: Index, d: number): Int32Array {
  const map = ix.comp[d];
  if (!map) throw new RangeError(`filter engine: dimension ${d} is not in the composite column`);
  return map;
}

/** Per row, its slot in the flat visit histogram for seven columns, and its hazard counts. */
export interface RowData {
  /** The composite of the small code dimensions (the hazard code in the low four bits). */
  c0: Uint16Array;
  /** Slots of the list dimensions with a column of their own, the flags, the score bin and column 6's code. */
  c1: Uint16Array;
  c2: Uint16Array;
  c3: Uint16Array;
  c4: Uint16Array;
  c5: Uint16Array;
  c6: Uint16Array;
  open: Uint16Array;
  major: Uint16Array;
  overdue: Uint16Array;
  listed: Uint16Array;
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
  layout: Layout;
  n: number;
  words: number;
  rows: RowData;
  cols: Uint16Array[];
  /** Flat visit histogram: slot ranges of columns 0..6 and the slot count. */
  colLo: Int32Array;
  colHi: Int32Array;
  ns: number;
  /** Marginal space: each dimension's counts at [mOff[d], mOff[d] + mLen[d]); ms entries in all. */
  mOff: Int32Array;
  mLen: Int32Array;
  ms: number;
  /** Per dimension of the composite, composite slot -> its marginal index (null for the others). */
  comp: (Int32Array | null)[];
  cat: CatIndex[];
  /** Filled in place as filters need them; shared by the indexes made from this one by a rescore. */
  lazy: LazyParts;
  scoreCross: Table;
  global: Table;
  allBits: Int32Array;
}
