/** The swipe's geometry: each half's band from the divider's place, the divider under a pointer and after a key. */
import { describe, expect, it } from 'vitest';
import { clipRanges, dividerAfterKey, dividerAt } from './swipe-clip.ts';

describe('clipRanges', () => {
  it('gives the earlier data date the band left of the divider and the current one the rest', () => {
    expect(clipRanges(0.5)).toEqual({ earlier: [0, 0.5], current: [0.5, 1] });
    expect(clipRanges(0.3)).toEqual({ earlier: [0, 0.3], current: [0.3, 1] });
  });

  it('at an edge, one data date fills the map', () => {
    expect(clipRanges(0)).toEqual({ earlier: [0, 0], current: [0, 1] });
    expect(clipRanges(1)).toEqual({ earlier: [0, 1], current: [1, 1] });
  });

  it('keeps a place beyond the edges at the edge, and reads a missing one as the middle', () => {
    expect(clipRanges(-0.2)).toEqual({ earlier: [0, 0], current: [0, 1] });
    expect(clipRanges(1.4)).toEqual({ earlier: [0, 1], current: [1, 1] });
    expect(clipRanges(NaN)).toEqual({ earlier: [0, 0.5], current: [0.5, 1] });
  });
});

describe('dividerAt', () => {
  it('is the pointer’s share of the map’s width from its left edge', () => {
    // A map 1600 px wide from x = 320: the pointer at 320 + 400 is a quarter of the way across.
    expect(dividerAt(720, 320, 1600)).toBe(0.25);
    expect(dividerAt(1120, 320, 1600)).toBe(0.5);
  });

  it('stops at the map’s edges, and a map of no width puts it in the middle', () => {
    expect(dividerAt(100, 320, 1600)).toBe(0);
    expect(dividerAt(2500, 320, 1600)).toBe(1);
    expect(dividerAt(500, 320, 0)).toBe(0.5);
  });
});

describe('dividerAfterKey', () => {
  it('moves 2 % of the width per arrow, 10 % with Shift, to an edge with Home and End', () => {
    expect(dividerAfterKey(0.5, 'ArrowLeft')).toBe(0.48);
    expect(dividerAfterKey(0.5, 'ArrowRight')).toBe(0.52);
    expect(dividerAfterKey(0.5, 'ArrowRight', true)).toBe(0.6);
    expect(dividerAfterKey(0.5, 'Home')).toBe(0);
    expect(dividerAfterKey(0.5, 'End')).toBe(1);
  });

  it('stops at the edges and leaves other keys alone', () => {
    expect(dividerAfterKey(0.01, 'ArrowLeft')).toBe(0);
    expect(dividerAfterKey(0.95, 'ArrowRight', true)).toBe(1);
    expect(dividerAfterKey(0.5, 'Enter')).toBeNull();
  });
});
