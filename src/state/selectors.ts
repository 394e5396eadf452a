/**
 * Derived numbers every view shares, computed from the store's filter result. Pure functions of the
 * state so that the KPI tiles, the legend and the tests agree by construction.
 */
import { LEVELS } from '../domain/levels.ts';
import type { FilterResult } from '../data/filter-engine.ts';
import type { UiFilters } from './url-state.ts';

/** Selected enterprises per level. Crossfilter counts keep a level's own filter out, so deselected levels are zeroed here. */
export function selectedPerLevel(result: FilterResult, filters: UiFilters): number[] {
  return LEVELS.map((_, k) => (filters.levels.length === 0 || filters.levels.includes(k) ? result.counts.level[k] : 0));
}

/** True when any filter is set. */
export function hasFilters(f: UiFilters): boolean {
  return f.sectors.length + f.levels.length + f.towns.length + f.grids.length + f.parks.length + f.parkTypes.length > 0
    || f.scoreRange !== null || f.flags !== 0 || f.hazard !== 0 || f.query.trim() !== '';
}
