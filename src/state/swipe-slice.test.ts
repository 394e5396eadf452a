/** What the swipe's earlier half shows under the filters, and where its divider is drawn. */
import { describe, expect, it } from 'vitest';
import type { FilterResult } from '../data/filter-engine.ts';
import { NO_FILTERS } from '../data/filter-state.ts';
import { swipeAt, swipeEarlierMask, swipeEarlierUnfiltered, swipeShown } from './swipe-slice.ts';

const mask = Uint8Array.from([1, 0, 1]);
const earlierResult = { mask } as unknown as FilterResult;

describe('the swipe’s earlier half', () => {
  it('follows the filters when the earlier snapshot has the data of all of them', () => {
    const s = { earlierResult, filters: { ...NO_FILTERS, levels: [0] } };
    expect(swipeEarlierMask(s)).toBe(mask);
    expect(swipeEarlierUnfiltered(s)).toBe(false);
  });

  it('shows every enterprise, and says so, under a filter it has no data for', () => {
    // An inspection-status filter: the compare slice gives no earlier figures.
    const inspection = { earlierResult: null, filters: { ...NO_FILTERS, inspection: 1 } };
    expect(swipeEarlierMask(inspection)).toBeNull();
    expect(swipeEarlierUnfiltered(inspection)).toBe(true);
    // A change filter: the earlier snapshot has no change of its own.
    const change = { earlierResult, filters: { ...NO_FILTERS, change: 2 } };
    expect(swipeEarlierMask(change)).toBeNull();
    expect(swipeEarlierUnfiltered(change)).toBe(true);
  });

  it('says nothing when no filter is set', () => {
    expect(swipeEarlierUnfiltered({ earlierResult: null, filters: NO_FILTERS })).toBe(false);
  });
});

describe('the divider', () => {
  it('is drawn at the drag’s place during a drag, else at the committed one', () => {
    expect(swipeAt({ swipe: 0.3, swipeDrag: 0.7 })).toBe(0.7);
    expect(swipeAt({ swipe: 0.3, swipeDrag: null })).toBe(0.3);
  });

  it('shows only once the comparison is ready', () => {
    const comparison = {} as never;
    expect(swipeShown({ swipe: 0.5, comparison, compareState: 'ready' })).toBe(true);
    expect(swipeShown({ swipe: 0.5, comparison: null, compareState: 'waiting' })).toBe(false);
    expect(swipeShown({ swipe: null, comparison, compareState: 'ready' })).toBe(false);
  });
});
