/**
 * Public vocabulary of the cross-filter engine: the filter state, the result shapes and the constants
 * callers share with it (score bins, hazard bits; the state, the counts and the constants come from
 * the dimension table). Re-exported by src/data/filter-engine.ts, which is the entry point; import
 * from there.
 */
import type { FilterCounts, FilterState } from '../filter-state.ts';

export { HAZARD_BITS, SCORE_BIN_WIDTH, SCORE_BINS } from '../filter-dimensions.ts';
export { EMPTY_FILTERS, type FilterCounts, type FilterState } from '../filter-state.ts';

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
  /** Selected enterprises with each bit of the inspection status (INSPECTION_BITS' order); zeros without a status. */
  inspection: Uint32Array;
  /** Selected enterprises with each bit of the change state (CHANGE_BITS' order); zeros without a comparison. */
  change: Uint32Array;
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
