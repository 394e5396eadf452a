/**
 * The one zustand store, built from slices (zustand's slices pattern): each slice owns its state and
 * the actions that change it. Components select narrow fields.
 */
import { create, type StateCreator } from 'zustand';
import type { Dataset } from '../data/dataset.ts';
import type { Lang } from '../i18n/strings.ts';
import { readSetting, writeSetting } from './storage.ts';

export interface DataSlice {
  dataset: Dataset | null;
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  setDataset(d: Dataset): void;
  setLoading(): void;
  setLoadError(message: string): void;
}

export interface UiSlice {
  lang: Lang;
  /** Row index of the enterprise whose drawer is open, or null. */
  selected: number | null;
  setLang(lang: Lang): void;
  select(row: number | null): void;
}

export type AppState = DataSlice & UiSlice;

const LANG_KEY = 'risk-map.lang';
const isLang = (v: unknown): v is Lang => v === 'zh' || v === 'en';

const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  dataset: null,
  loadState: 'idle',
  loadError: null,
  setDataset: (dataset) => set({ dataset, loadState: 'ready', loadError: null, selected: null }),
  setLoading: () => set({ loadState: 'loading', loadError: null }),
  // A failed load keeps the dataset already shown: nothing is lost.
  setLoadError: (loadError) => set({ loadState: 'error', loadError }),
});

const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  lang: readSetting(LANG_KEY, isLang, 'zh'),
  selected: null,
  setLang: (lang) => {
    writeSetting(LANG_KEY, lang);
    set({ lang });
  },
  select: (selected) => set({ selected }),
});

export const useStore = create<AppState>()((...a) => ({
  ...createDataSlice(...a),
  ...createUiSlice(...a),
}));
