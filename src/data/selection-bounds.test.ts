import { describe, expect, it } from 'vitest';
import { isSmallSelection, selectionBounds, SMALL_SELECTION } from './selection-bounds.ts';

describe('selectionBounds', () => {
  const lon = Float64Array.from([121, 122, 120.5, NaN]);
  const lat = Float64Array.from([30, 29.5, 31, 30]);
  it('spans the selected points only, skipping those without a position', () => {
    expect(selectionBounds(lon, lat, Uint8Array.from([1, 1, 0, 1]))).toEqual([121, 29.5, 122, 30]);
    expect(selectionBounds(lon, lat, Uint8Array.from([0, 0, 1, 0]))).toEqual([120.5, 31, 120.5, 31]);
  });
  it('is null for an empty selection', () => {
    expect(selectionBounds(lon, lat, Uint8Array.from([0, 0, 0, 1]))).toBeNull();
  });
});

describe('isSmallSelection', () => {
  const district = [121, 29, 122, 30];
  it('is a few enterprises in a small part of the district', () => {
    expect(isSmallSelection(2, [121.1, 29.1, 121.2, 29.15], district)).toBe(true);
    expect(isSmallSelection(1, [121.5, 29.5, 121.5, 29.5], district)).toBe(true);
  });
  it('is not many enterprises, a wide spread, or nothing', () => {
    expect(isSmallSelection(SMALL_SELECTION.maxEnterprises + 1, [121.1, 29.1, 121.2, 29.15], district)).toBe(false);
    expect(isSmallSelection(2, [121.1, 29.1, 121.9, 29.15], district)).toBe(false);
    expect(isSmallSelection(0, null, district)).toBe(false);
  });
});
