/**
 * The briefing room: presentation mode (a dark, large, full-screen map for the wall), the saved
 * views, and the tour that plays them in order. A view is applied as a link is (url-sync), so a
 * saved view, a copied link and a tour step show exactly the same thing.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';
import {
  DEFAULT_SECONDS,
  loadSavedViews,
  MAX_VIEWS,
  newViewId,
  storeSavedViews,
  type SavedView,
} from './saved-views.ts';

export interface TourState {
  /** Position in the tour's list (the saved views of the shown dataset). */
  index: number;
  playing: boolean;
  /** Counts the steps, so the player restarts its timer on every one (also on a step to the same view). */
  step: number;
}

export interface BriefingSlice {
  presenting: boolean;
  setPresenting(on: boolean): void;
  /** The screen blanked (a presenter remote's B key): the map stays, covered. */
  blanked: boolean;
  toggleBlank(): void;
  /** The shortcut list (`?`). */
  helpOpen: boolean;
  setHelpOpen(open: boolean): void;
  savedViews: SavedView[];
  /** Reads the saved views; a corrupt store gives an empty list and a notice. */
  loadViews(): void;
  /** `compare`: the earlier data date compared with while saving, if any (the view reopens the comparison). */
  saveView(name: string, hash: string, dataset: string, compare?: string): SavedView | null;
  renameView(id: string, name: string): void;
  setViewSeconds(id: string, seconds: number): void;
  moveView(id: string, by: number): void;
  deleteView(id: string): void;
  /** Adds the views of an imported file after the ones there are. */
  addViews(views: readonly SavedView[]): void;
  tour: TourState | null;
  startTour(index?: number): void;
  stopTour(): void;
  toggleTourPlaying(): void;
  /** Next (1) or previous (-1) view of the tour, wrapping round. */
  stepTour(by: number): void;
}

export const createBriefingSlice: StateCreator<AppState, [], [], BriefingSlice> = (set, get) => {
  const keep = (savedViews: SavedView[]) => {
    storeSavedViews(savedViews);
    set({ savedViews });
  };
  return {
    presenting: false,
    setPresenting: (presenting) => set(presenting ? { presenting } : { presenting, blanked: false, tour: null }),
    blanked: false,
    toggleBlank: () => set({ blanked: !get().blanked }),
    helpOpen: false,
    setHelpOpen: (helpOpen) => set({ helpOpen }),
    savedViews: [],
    loadViews: () => {
      const { views, corrupt } = loadSavedViews();
      set({ savedViews: views });
      if (corrupt) {
        get().setNotice({
          kind: 'message',
          zh: '保存的视图已损坏，无法读取，已清空列表（可从导出的 JSON 文件重新导入）。',
          en: 'The saved views were corrupt and could not be read; the list is empty (you can import an exported JSON file again).',
        });
      }
    },
    saveView: (name, hash, dataset, compare) => {
      if (get().savedViews.length >= MAX_VIEWS) return null;
      const view: SavedView = {
        id: newViewId(),
        name: name.trim().slice(0, 80) || hash,
        hash,
        dataset,
        ...(compare ? { compare } : {}),
        seconds: DEFAULT_SECONDS,
        savedAt: new Date().toISOString(),
      };
      keep([...get().savedViews, view]);
      return view;
    },
    renameView: (id, name) =>
      keep(get().savedViews.map((v) => (v.id === id && name.trim() ? { ...v, name: name.trim().slice(0, 80) } : v))),
    setViewSeconds: (id, seconds) => {
      if (!Number.isFinite(seconds)) return;
      const s = Math.min(3600, Math.max(3, Math.round(seconds)));
      keep(get().savedViews.map((v) => (v.id === id ? { ...v, seconds: s } : v)));
    },
    moveView: (id, by) => {
      const list = [...get().savedViews];
      const from = list.findIndex((v) => v.id === id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= list.length) return;
      const [v] = list.splice(from, 1);
      list.splice(to, 0, v);
      keep(list);
    },
    deleteView: (id) => keep(get().savedViews.filter((v) => v.id !== id)),
    addViews: (views) => {
      const ids = new Set(get().savedViews.map((v) => v.id));
      const added = views.map((v) => (ids.has(v.id) ? { ...v, id: newViewId() } : v));
      keep([...get().savedViews, ...added].slice(0, MAX_VIEWS));
    },
    tour: null,
    startTour: (index = 0) => set({ tour: { index, playing: true, step: (get().tour?.step ?? 0) + 1 } }),
    stopTour: () => set({ tour: null }),
    toggleTourPlaying: () => {
      const t = get().tour;
      if (t) set({ tour: { ...t, playing: !t.playing } });
    },
    stepTour: (by) => {
      const t = get().tour;
      if (t) set({ tour: { ...t, index: t.index + by, step: t.step + 1 } });
    },
  };
};
