/**
 * Filters and the selection they give. Every change runs the filter engine once, synchronously (a
 * full recompute is a few milliseconds at a million rows), so every view reads one consistent result.
 */
import type { StateCreator } from 'zustand';
import { createFilterEngine, type FilterEngine, type FilterIndex, type FilterResult } from '../data/filter-engine.ts';
import { TextSearch } from '../data/text-search.ts';
import { startTiming } from './timings.ts';
import type { BitsDimension, ListField } from '../data/filter-dimensions.ts';
import type { CoreDataset, EnterpriseText } from '../data/dataset.ts';
import type { AllAreaMetrics } from '../data/area/area-metrics.ts';
import { selectionAreaMetrics } from '../data/area/area-change.ts';
import { NO_FILTERS, type UiFilters } from '../data/filter-state.ts';
import type { AppState } from './store.ts';

/** The list-valued filter fields a chip, chart bar or checkbox can toggle (src/data/filter-dimensions.ts). */
export type ListDim = ListField;
/** The filter fields that hold bits which must all hold (flags, hazard state). */
export type BitsField = BitsDimension['field'];

export interface FiltersSlice {
  filters: UiFilters;
  result: FilterResult | null;
  /** Metrics of every town, grid cell and park for the current selection (precomputed area ids, no geometry). */
  areaMetrics: AllAreaMetrics | null;
  /** Increments with every recompute; deck.gl update triggers and memo keys use it. */
  resultVersion: number;
  setFilters(patch: Partial<UiFilters>): void;
  toggle(dim: ListDim, value: number): void;
  /** Replaces one list dimension with exactly these values (chart bar with a modifier, area click). */
  only(dim: ListDim, values: number[]): void;
  /** Turns one bit of a bits filter (a flag, a hazard state) on or off. */
  toggleBit(field: BitsField, bit: number): void;
  clearAll(): void;
  /** Internal: (re)bind the engine to a dataset; `index` is a filter index built in a worker. */
  bindDataset(d: CoreDataset, index?: FilterIndex): void;
  /** Internal: bind the text search to the names once they are here, and apply a search typed before. */
  bindText(text: EnterpriseText): void;
  /** A search is typed but the names it searches are still loading: the filter waits for them. */
  searchPending: boolean;
  /**
   * A comparison of two data dates is open: the columns have a change state (changeState) and the
   * change filter offers its values. False by default.
   */
  comparing: boolean;
  /** Says whether a comparison is open; closing one clears the change filter (every row then reads code 0). */
  setComparing(on: boolean): void;
}

/** `search` is null until the names arrive (they stream in after the first picture). */
interface Engines {
  manifest: CoreDataset['manifest'];
  engine: FilterEngine;
  search: TextSearch | null;
  textMask: Uint8Array;
  lastQuery: string;
  textActive: boolean;
}
function compute(engines: Engines | null, filters: UiFilters, previous: FilterResult | null): FilterResult | null {
  if (!engines) return null;
  const done = startTiming('filter');
  if (engines.search && filters.query !== engines.lastQuery) {
    engines.textActive = engines.search.match(filters.query, engines.textMask) !== null;
    engines.lastQuery = filters.query;
  }
  const result = engines.engine.run(
    { ...filters, text: engines.textActive ? engines.textMask : null },
    previous ?? undefined,
  );
  done();
  return result;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set, get) => {
  // The engine and the text search of the bound dataset: objects with scratch buffers, not state a
  // view reads, so they live with this store rather than in it.
  let engines: Engines | null = null;
  const apply = (filters: UiFilters) => {
    const result = compute(engines, filters, null);
    const d = get().dataset;
    // Every row selected (filters cleared, or a toggle back to all): the district's own metrics, kept.
    const areaMetrics = d ? selectionAreaMetrics(d.enterprises, result, d.manifest) : null;
    set({
      filters,
      result,
      areaMetrics,
      resultVersion: get().resultVersion + 1,
      searchPending: !!engines && !engines.search && filters.query.trim() !== '',
    });
  };
  const toggled = (list: number[], v: number) =>
    list.includes(v) ? list.filter((x) => x !== v) : [...list, v].sort((a, b) => a - b);
  return {
    filters: NO_FILTERS,
    result: null,
    areaMetrics: null,
    resultVersion: 0,
    searchPending: false,
    comparing: false,
    setComparing: (on) => {
      set({ comparing: on });
      if (!on && get().filters.change !== 0) apply({ ...get().filters, change: 0 });
    },
    setFilters: (patch) => apply({ ...get().filters, ...patch }),
    toggle: (dim, value) => apply({ ...get().filters, [dim]: toggled(get().filters[dim], value) }),
    only: (dim, values) => apply({ ...get().filters, [dim]: values }),
    toggleBit: (field, bit) => apply({ ...get().filters, [field]: get().filters[field] ^ bit }),
    clearAll: () => apply({ ...NO_FILTERS }),
    bindDataset: (d, index) => {
      const n = d.enterprises.length;
      engines = {
        manifest: d.manifest,
        engine: createFilterEngine(
          d.enterprises,
          { towns: d.manifest.towns.length, grids: d.manifest.grids.length, parks: d.manifest.parks.length },
          index,
        ),
        // A rescore rebinds the same dataset (same manifest) and keeps its search; a new one waits for its names.
        search: engines?.manifest === d.manifest ? engines.search : null,
        textMask: new Uint8Array(n),
        lastQuery: '',
        textActive: false,
      };
    },
    bindText: (text) => {
      if (!engines) return;
      engines.search = new TextSearch(text, engines.textMask.length);
      engines.lastQuery = '';
      if (get().filters.query.trim() !== '') apply(get().filters);
      else set({ searchPending: false });
    },
  };
};
