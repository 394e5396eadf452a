/**
 * Derived numbers every view shares, computed from the store's filter result. Pure functions of the
 * state so that the KPI tiles, the legend and the tests agree by construction.
 */
import { LEVELS } from '../domain/levels.ts';
import type { FilterResult } from '../data/filter-engine.ts';
import { FILTER_DIMENSIONS, type FilterDimension } from '../data/filter-dimensions.ts';
import type { UiFilters } from '../data/filter-state.ts';

/** Selected enterprises per level. Crossfilter counts keep a level's own filter out, so deselected levels are zeroed here. */
export function selectedPerLevel(result: FilterResult, filters: UiFilters): number[] {
  return LEVELS.map((_, k) => (filters.levels.length === 0 || filters.levels.includes(k) ? result.counts.level[k] : 0));
}

/** True when any filter is set. */
export function hasFilters(f: UiFilters): boolean {
  return FILTER_DIMENSIONS.some((d) => activeCount(f, d) > 0);
}

/** How many values of a dimension's filter are chosen (1 for a range or a text). */
export function activeCount(f: UiFilters, d: FilterDimension): number {
  switch (d.kind) {
    case 'list':
      return f[d.field].length;
    case 'bits':
      return d.bits.filter((b) => f[d.field] & b.bit).length;
    case 'range':
      return f.scoreRange ? 1 : 0;
    case 'text':
      return f.query.trim() ? 1 : 0;
  }
}
