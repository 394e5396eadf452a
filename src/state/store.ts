/**
 * The one zustand store, built from slices (zustand's slices pattern): each slice owns its state and
 * the actions that change it. Components select narrow fields.
 */
import type { DockTab } from './url-state.ts';
import { BASEMAP_OFF, saveBasemap, savedBasemap, type BasemapSetting } from './basemap-setting.ts';
import { create, type StateCreator } from 'zustand';
import type { CoreDataset, DatasetDetails, EnterpriseText, HazardColumns, InspectionColumns } from '../data/dataset.ts';
import type { FilterIndex } from '../data/filter-engine.ts';
import type { Lang } from '../domain/lang.ts';
import { readSetting, writeSetting } from './storage.ts';
import { createFiltersSlice, type FiltersSlice } from './filters-slice.ts';
import { createLayersSlice, type LayersSlice } from './layers-slice.ts';
import { createModelSlice, type ModelSlice } from './model-slice.ts';
import { createLedgerSlice, type LedgerSlice, type LedgerState } from './ledger-slice.ts';
import { createBriefingSlice, type BriefingSlice } from './briefing-slice.ts';
import { createSupervisionSlice, type SupervisionSlice } from './supervision-slice.ts';
import { createCompareSlice, type CompareSlice } from './compare-slice.ts';
import { createBulletinSlice, type BulletinSlice } from './bulletin-slice.ts';
import { createSwipeSlice, type SwipeSlice } from './swipe-slice.ts';
import type { Camera } from './url-state.ts';
import type { Text } from '../domain/text.ts';
import type { AreaKind } from '../data/area/area-metrics.ts';

export interface DataSlice {
  /** What the map and the filters need; `loadState` is 'ready' once it is shown. */
  dataset: CoreDataset | null;
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  /**
   * The parts of a deployed bundle streamed in after the first picture: names, addresses and codes
   * (search, table, drawer, exports), the hazard ledger and the inspection ledger. Null while they
   * load; the parts that need them say "loading names…" meanwhile. `detailsState` is 'ready' once all
   * are here: `inspections` stays null in a dataset that has no inspection ledger (its manifest counts
   * no inspections), so there null with 'ready' means "no ledger", not "still loading".
   */
  text: EnterpriseText | null;
  hazards: HazardColumns | null;
  /** The inspection ledger; null while it loads and when the dataset has none (`manifest.inspections` says which). */
  inspections: InspectionColumns | null;
  detailsState: 'loading' | 'ready' | 'error';
  detailsError: string | null;
  /** Shows a loaded dataset, with its details when they came with it; `index` is its filter index when a worker built it. */
  setDataset(d: CoreDataset & Partial<DatasetDetails>, index?: FilterIndex): void;
  /** A streamed part arrived for `forDataset` (ignored when another dataset has been shown since). */
  setDetails(forDataset: CoreDataset['manifest'], part: Partial<DatasetDetails>): void;
  setDetailsError(forDataset: CoreDataset['manifest'], message: string): void;
  setLoading(): void;
  setLoadError(message: string): void;
}

export type AreaMode = 'town' | 'grid' | 'park';

export interface ViewSlice {
  /** When set, map clicks pick areas of this kind and toggle them as filters. */
  areaMode: AreaMode | null;
  setAreaMode(m: AreaMode | null): void;
  lang: Lang;
  /** Row index of the enterprise whose drawer is open, or null. */
  selected: number | null;
  /** Current map camera; null until the map reports one (or a link sets one). */
  camera: Camera | null;
  /** A camera the map should move to (a link, a table row); consumed by the map. */
  flyTo: (Camera & { seq: number; fly?: boolean }) | null;
  /** A one-line message for the user (e.g. a link that could not be read fully). */
  notice: Notice | null;
  setLang(lang: Lang): void;
  select(row: number | null): void;
  setCamera(c: Camera): void;
  /** `fly`: a smooth flight (a tour's step) rather than a jump, unless the user prefers reduced motion. */
  requestCamera(c: Camera, fly?: boolean): void;
  setNotice(n: Notice | null): void;
  /** The dock's tab. */
  dockTab: DockTab;
  setDockTab(t: DockTab): void;
  /** The online basemap (off by default; src/state/basemap-setting.ts). */
  basemap: BasemapSetting;
  /** Sets it; `save` keeps it as the user's choice (a deployment preset is not saved). */
  setBasemap(b: BasemapSetting, save?: boolean): void;
  /** The import dialog is open; `importFiles` are files dropped on the page for it to read. */
  importOpen: boolean;
  importFiles: File[] | null;
  openImport(files?: File[]): void;
  closeImport(): void;
}

/**
 * A dismissible message over the map: the parts of a link that could not be read (listed, at most a
 * handful), or a message in both languages (e.g. that the background worker could not start).
 */
export type Notice = { kind: 'link'; problems: string[] } | ({ kind: 'message' } & Text);

export type AppState = DataSlice &
  ViewSlice &
  FiltersSlice &
  LayersSlice &
  AreaSlice &
  ModelSlice &
  LedgerSlice &
  BriefingSlice &
  SupervisionSlice &
  CompareSlice &
  BulletinSlice &
  SwipeSlice;

export interface AreaRef {
  kind: AreaKind;
  index: number;
}

export interface AreaSlice {
  /** The area whose panel is open, and a second one to compare it with. */
  area: AreaRef | null;
  compareArea: AreaRef | null;
  openArea(a: AreaRef | null): void;
  setCompareArea(a: AreaRef | null): void;
}

const createAreaSlice: StateCreator<AppState, [], [], AreaSlice> = (set) => ({
  area: null,
  compareArea: null,
  openArea: (area) => set({ area, compareArea: null }),
  setCompareArea: (compareArea) => set({ compareArea }),
});

const LANG_KEY = 'risk-map.lang';
const isLang = (v: unknown): v is Lang => v === 'zh' || v === 'en';

const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => ({
  dataset: null,
  loadState: 'idle',
  loadError: null,
  text: null,
  hazards: null,
  inspections: null,
  detailsState: 'loading',
  detailsError: null,
  setDataset: (d, index) => {
    const { text = null, hazards = null, inspections = null, ...dataset } = d;
    get().bindDataset(dataset, index);
    get().initModel(dataset);
    get().initSupervision(dataset);
    set({
      dataset,
      loadState: 'ready',
      loadError: null,
      selected: null,
      text: null,
      hazards: null,
      inspections: null,
      detailsState: 'loading',
      detailsError: null,
    });
    get().setFilters({});
    if (text || hazards || inspections)
      get().setDetails(dataset.manifest, {
        ...(text ? { text } : {}),
        ...(hazards ? { hazards } : {}),
        ...(inspections ? { inspections } : {}),
      });
  },
  // The manifest names the dataset: a rescore replaces the dataset object but keeps it.
  setDetails: (forDataset, part) => {
    if (get().dataset?.manifest !== forDataset) return;
    const next = {
      text: part.text ?? get().text,
      hazards: part.hazards ?? get().hazards,
      inspections: part.inspections ?? get().inspections,
    };
    // A dataset without an inspection ledger is ready without one.
    const all = next.text && next.hazards && (next.inspections || forDataset.inspections === undefined);
    set({ ...next, detailsState: all ? 'ready' : get().detailsState });
    // A search typed while the names were loading applies now.
    if (part.text) get().bindText(part.text);
    // The status of every enterprise needs the ledger.
    if (part.inspections) get().refreshSupervision();
  },
  setDetailsError: (forDataset, detailsError) => {
    if (get().dataset?.manifest === forDataset) set({ detailsState: 'error', detailsError });
  },
  setLoading: () => set({ loadState: 'loading', loadError: null }),
  // A failed load keeps the dataset already shown: nothing is lost.
  setLoadError: (loadError) => set({ loadState: 'error', loadError }),
});

const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  lang: readSetting(LANG_KEY, isLang, 'zh'),
  areaMode: null,
  setAreaMode: (areaMode) => set({ areaMode }),
  selected: null,
  camera: null,
  flyTo: null,
  notice: null,
  setLang: (lang) => {
    writeSetting(LANG_KEY, lang);
    set({ lang });
  },
  select: (selected) => set({ selected }),
  setCamera: (camera) => set({ camera }),
  requestCamera: (c, fly = false) => set({ flyTo: { ...c, fly, seq: (get().flyTo?.seq ?? 0) + 1 } }),
  setNotice: (notice) => set({ notice }),
  dockTab: 'charts',
  setDockTab: (dockTab) => set({ dockTab }),
  basemap: savedBasemap() ?? BASEMAP_OFF,
  setBasemap: (basemap, save = true) => {
    if (save) saveBasemap(basemap);
    set({ basemap });
  },
  importOpen: false,
  importFiles: null,
  openImport: (files) => set({ importOpen: true, importFiles: files ?? null }),
  closeImport: () => set({ importOpen: false, importFiles: null }),
});

export const useStore = create<AppState>()((...a) => ({
  ...createDataSlice(...a),
  ...createViewSlice(...a),
  ...createFiltersSlice(...a),
  ...createLayersSlice(...a),
  ...createAreaSlice(...a),
  ...createModelSlice(...a),
  ...createLedgerSlice(...a),
  ...createBriefingSlice(...a),
  ...createSupervisionSlice(...a),
  ...createCompareSlice(...a),
  ...createBulletinSlice(...a),
  ...createSwipeSlice(...a),
}));

/** The ledger slice's fields, selected as from a store of their own (`useLedgerStore((l) => l.step)`). */
export function useLedgerStore<T>(select: (l: LedgerState) => T): T {
  return useStore((s) => select(s.ledger));
}
