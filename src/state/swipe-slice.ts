/**
 * The swipe of two data dates (the briefing room's view of a comparison): one map, a vertical divider
 * the presenter drags, the earlier data date's enterprises left of it and the current ones right of
 * it (src/map/swipe/). `swipe` is the divider's place as a share of the map's width while the swipe is
 * on, and is part of the link (`swipe=`, view-parts/swipe-part.ts); `swipeDrag` is its place while a
 * drag is under way, which only the map follows (the link is written once, when the drag ends).
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';
import { hasFilters } from './selectors.ts';

export interface SwipeSlice {
  /** The divider's place, 0 (the map's left edge) to 1 (its right edge), while the swipe is on; null: off. */
  swipe: number | null;
  /** The divider's place during a drag (null otherwise): drawn at once, committed to `swipe` when the drag ends. */
  swipeDrag: number | null;
  setSwipe(at: number | null): void;
  dragSwipe(at: number | null): void;
}

/** Where the divider starts: the middle of the map. */
export const SWIPE_MIDDLE = 0.5;

/** A place on the map's width, kept within its edges (NaN: the middle). */
export const clampSwipe = (at: number): number => (Number.isFinite(at) ? Math.min(1, Math.max(0, at)) : SWIPE_MIDDLE);

/** Whether the map shows the swipe: it is on and the comparison is ready (a link may turn it on before). */
export const swipeShown = (s: Pick<AppState, 'swipe' | 'comparison' | 'compareState'>): boolean =>
  s.swipe !== null && s.comparison !== null && s.compareState === 'ready';

/** The divider's place the map draws: the drag's while one is under way. */
export const swipeAt = (s: Pick<AppState, 'swipe' | 'swipeDrag'>): number => s.swipeDrag ?? s.swipe ?? SWIPE_MIDDLE;

/**
 * The earlier half's rows: those that pass the filters when they all apply to the earlier snapshot
 * (`earlierResult`, compare-slice.ts), else null: all of them. The change filter does not apply
 * either: the earlier snapshot has no change of its own, so it would select none of its rows.
 */
export const swipeEarlierMask = (s: Pick<AppState, 'earlierResult' | 'filters'>): Uint8Array | null =>
  s.earlierResult && s.filters.change === 0 ? s.earlierResult.mask : null;

/** Whether the two halves differ in what they show: filters in use that the earlier half cannot follow. */
export const swipeEarlierUnfiltered = (s: Pick<AppState, 'earlierResult' | 'filters'>): boolean =>
  hasFilters(s.filters) && swipeEarlierMask(s) === null;

export const createSwipeSlice: StateCreator<AppState, [], [], SwipeSlice> = (set) => ({
  swipe: null,
  swipeDrag: null,
  setSwipe: (at) => set({ swipe: at === null ? null : clampSwipe(at), swipeDrag: null }),
  dragSwipe: (at) => set({ swipeDrag: at === null ? null : clampSwipe(at) }),
});
