/**
 * The cross-filter engine: given the dataset's columns and a {@link FilterState}, produce the row mask,
 * the number of selected rows, per-dimension counts under crossfilter's rule and hazard totals.
 *
 * Crossfilter's rule: the count of value v in dimension d is the number of rows that pass every OTHER
 * dimension's filter and have value v. A dimension's own filter never zeroes its own counts, so an
 * analyst sees what picking another value would give. Dimensions are those of the dimension table
 * (src/data/filter-dimensions.ts): sector, level, town, grid, park, park type, flags (one dimension, a
 * count per flag), hazard (one dimension, a count per hazard bit), inspection status and change
 * state (a count per bit each), score (histogram) and text (a filter without counts, so it simply
 * narrows everything).
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
 *   towns, 250 cells, 50 parks), so adding a slice is cheap. Visited rows increment seven slots of a flat
 *   histogram (the small code dimensions, sector, level, park type, inspection status and hazard code,
 *   share one composite slot), marginalised after. The layout comes from the dimension table (filter-engine/layout.ts).
 * - Building the index is a few passes over the rows (filter-engine/build-index.ts): every single-
 *   dimension crosstab comes from one pass counting pairs of dimensions (crosstabs.ts), the score
 *   order from a counting sort into bins (score-order.ts); per-value bitsets and lists and the flag
 *   bitsets wait for the first filter that needs them (lazy-parts.ts). A rescore changes only the
 *   parts that depend on score and level, and only those are rebuilt (buildScoredIndexParts); the
 *   same goes for a new inspection status or a comparison's change state.
 * Memory at 1M rows: ~27 MB of index beside the columns, ~13 MB more once every dimension has been
 * filtered, plus 0.1-7 MB per pair crosstab (64 MB cap).
 * Row order is the bundle's order throughout. The engine keeps scratch buffers: one engine must not
 * run two recomputes at once.
 */
import type { EnterpriseColumns } from './columns.ts';
import { FILTER_DIMENSIONS, type DimensionSpec } from './filter-dimensions.ts';
import type { FilterDims, FilterEngine } from './filter-engine/api.ts';
import { BitsetEngine } from './filter-engine/engine.ts';
import { buildIndex, buildScoredParts, withScoredParts, type ScoredParts } from './filter-engine/build-index.ts';
import type { Index } from './filter-engine/layout.ts';

/** The engine's precomputed index: plain typed arrays, so a worker can build it and post it back. */
export type FilterIndex = Index;

/**
 * Builds the index a filter engine needs (the heavy part of creating one); runs in a worker too. The
 * index is laid out from a dimension table, the app's unless another is given (a test's, say), and an
 * engine made with the index filters and counts that table's dimensions.
 */
export function buildFilterIndex(
  columns: EnterpriseColumns,
  dims: FilterDims,
  table: readonly DimensionSpec[] = FILTER_DIMENSIONS,
): FilterIndex {
  return buildIndex(columns, dims, table);
}

/**
 * The parts of an index that a rescore, a supervision edit or a comparison changes (those depending
 * on the score, level, inspection status and change state columns): what such an edit has to rebuild
 * (most of a full index's work) and all a worker has to send.
 */
export type ScoredIndexParts = ScoredParts;

/** The scored parts (score, level, inspection status, change state) of the index of these columns. */
export function buildScoredIndexParts(columns: EnterpriseColumns, dims: FilterDims): ScoredIndexParts {
  return buildScoredParts(columns, dims);
}

/** `base` (an index of the same rows, under any scores, status or comparison) with the scored parts of another. */
export function withScoredIndexParts(base: FilterIndex, parts: ScoredIndexParts): FilterIndex {
  return withScoredParts(base, parts);
}

/**
 * The index without its references to the dataset's hazard columns (the visits read them in place),
 * for posting from a worker: every array left is the index's own, so it can be transferred, not copied.
 */
export function detachIndex(ix: FilterIndex): FilterIndex {
  const empty = new Uint16Array(0);
  return { ...ix, rows: { ...ix.rows, open: empty, major: empty, overdue: empty, listed: empty } };
}

/** A posted index put back on the receiving side's copy of the same columns. */
export function attachIndex(ix: FilterIndex, columns: EnterpriseColumns): FilterIndex {
  const { hazardsOpen: open, hazardsOpenMajor: major, hazardsOverdue: overdue, hazardsListed: listed } = columns;
  if (open.length < ix.n)
    throw new RangeError(`filter engine: an index of ${ix.n} rows for ${open.length} rows of columns`);
  return { ...ix, rows: { ...ix.rows, open, major, overdue, listed } };
}

// Modules (src/data/filter-engine/): api (public types and constants, re-exported here), layout
// (internal ids, budgets, index shapes), build-index (indexes built once per dataset, and after a
// rescore) with crosstabs, score-order and sort, lazy-parts (built on first use), tables (one-pass
// histograms, for the pair crosstabs), bitset and visit (the hot loops), active-filters (filters ->
// pass bitsets), formulations (cheapest base per histogram, pair crosstabs), marginals (histograms ->
// counts and totals), engine (the run).
export {
  EMPTY_FILTERS,
  HAZARD_BITS,
  SCORE_BIN_WIDTH,
  SCORE_BINS,
  type FilterCounts,
  type FilterDims,
  type FilterEngine,
  type FilterResult,
  type FilterState,
  type FilterTotals,
} from './filter-engine/api.ts';

/**
 * Build a filter engine over `columns` (whose area codes must be below `dims`). Building indexes the
 * data once (visit columns, crosstabs): ~0.1 s in Node and ~12 MB for 1,000,000 rows (whose columns
 * take ~52 MB). The first filter on a dimension builds its per-value rows (~5-10 ms at 1M rows, once),
 * the first score range of a scoring the score order (~30 ms and 15 MB at 1M rows, once), and
 * a pair crosstab is built (~50-60 ms, once) the first time a recompute needs two dimensions together. Every {@link FilterEngine.run} is a full recompute.
 * Throws RangeError when a code is out of range. Pass an `index` built elsewhere (a worker, with
 * buildFilterIndex) to skip the indexing.
 */
export function createFilterEngine(columns: EnterpriseColumns, dims: FilterDims, index?: FilterIndex): FilterEngine {
  return new BitsetEngine(columns, dims, index);
}
