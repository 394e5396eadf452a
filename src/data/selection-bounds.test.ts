import { describe, expect, it } from 'vitest';
import { selectionBounds } from './selection-bounds.ts';

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
