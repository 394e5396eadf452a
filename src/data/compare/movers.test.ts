import { describe, expect, it } from 'vitest';
import { changeCode, KIND_DOWN, KIND_NEW, KIND_SAME, KIND_UP } from '../../domain/compare/change-codes.ts';
import { moverRows } from './movers.ts';

describe('moverRows', () => {
  // Rows: 0 down 一般, 1 up 较大 40, 2 same, 3 new 低, 4 up 重大, 5 up 较大 50 (with a hazard closed).
  const state = Uint8Array.from([
    changeCode(KIND_DOWN, false, false),
    changeCode(KIND_UP, false, false),
    changeCode(KIND_SAME, true, false),
    changeCode(KIND_NEW, false, false),
    changeCode(KIND_UP, false, false),
    changeCode(KIND_UP, false, true),
  ]);
  const level = Uint8Array.from([2, 1, 3, 3, 0, 1]);
  const score = Float32Array.from([30, 40, 10, 12, 70, 50]);

  it('lists ups (重大 first, then by score), then new, then downs; never the unchanged', () => {
    expect(Array.from(moverRows(state, null, level, score))).toEqual([4, 5, 1, 3, 0]);
  });

  it('keeps to the selection', () => {
    expect(Array.from(moverRows(state, Uint8Array.from([1, 0, 1, 1, 0, 1]), level, score))).toEqual([5, 3, 0]);
  });
});
