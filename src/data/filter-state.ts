/**
 * The shapes of a view's filters and of the engine's counts, derived from a dimension table
 * (filter-dimensions.ts) rather than written by hand: a dimension added to the table is a field of
 * each of them. Empty arrays (and 0, null, '') mean "no filter on this dimension".
 */
import { FILTER_DIMENSIONS, type AppDimensionTable, type DimensionSpec, type Entry } from './filter-dimensions.ts';

type Counted<T extends readonly DimensionSpec[]> = Exclude<Entry<T>, { kind: 'text' }>;

/** A filter's value as the UI holds it, per kind: chosen values, bits that must all hold, an inclusive range, a query. */
interface UiValues {
  list: number[];
  bits: number;
  range: [number, number] | null;
  text: string;
}
/** A filter's value as the engine reads it; the text search's per-row mask stands in for the query. */
interface EngineValues {
  list: readonly number[];
  bits: number;
  range: readonly [number, number] | null;
}

/** The filters as the UI holds them (the store, the link): one field per dimension. */
export type UiFiltersOf<T extends readonly DimensionSpec[]> = { [E in Entry<T> as E['field']]: UiValues[E['kind']] };

/**
 * The filters of one engine run: one field per dimension but the text, plus the text search's mask
 * (nonzero = matches, one byte per row; null = no text filter). A list's -1 is its "none" value; a
 * range is inclusive on the score column, which a NaN score never passes.
 */
export type FilterStateOf<T extends readonly DimensionSpec[]> = {
  [E in Counted<T> as E['field']]: EngineValues[E['kind']];
} & { text: Uint8Array | null };

/**
 * Per-dimension counts under crossfilter's rule (src/data/filter-engine.ts): per list value (then one
 * last slot for its "none" value, when it has one), per bit, per score bin (scores outside 0..100 in
 * the end bins, NaN in none).
 */
export type FilterCountsOf<T extends readonly DimensionSpec[]> = { [E in Counted<T> as E['counts']]: Uint32Array };

export type UiFilters = UiFiltersOf<AppDimensionTable>;
export type FilterState = FilterStateOf<AppDimensionTable>;
export type FilterCounts = FilterCountsOf<AppDimensionTable>;

const EMPTY_VALUE = { list: () => [], bits: () => 0, range: () => null, text: () => '' } as const;
const noFilters = (table: readonly DimensionSpec[]) =>
  Object.fromEntries(table.map((d) => [d.field, EMPTY_VALUE[d.kind]()]));

/** No filter, as the UI holds it. */
export const NO_FILTERS: UiFilters = noFilters(FILTER_DIMENSIONS) as unknown as UiFilters;

/** No filter at all, as the engine reads it. */
export const EMPTY_FILTERS: Readonly<FilterState> = Object.freeze({
  ...noFilters(FILTER_DIMENSIONS.filter((d) => d.kind !== 'text')),
  text: null,
}) as Readonly<FilterState>;
