/**
 * Public vocabulary of the cross-filter engine: the filter state, the result shapes and the constants
 * callers share with it (score bins, hazard bits). Re-exported by src/data/filter-engine.ts, which is
 * the entry point; import from there.
 */

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
