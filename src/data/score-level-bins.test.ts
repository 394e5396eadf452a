import { describe, expect, it } from 'vitest';
import { SCORE_BIN_WIDTH, SCORE_BINS } from './filter-engine.ts';
import { scoreLevelBins } from './score-level-bins.ts';

describe('scoreLevelBins', () => {
  it('counts the selected rows per bin and shown level, and those whose level is not their band', () => {
    const score = new Float32Array([10, 12, 40, 60, 100, Number.NaN, 30]);
    const level = new Uint8Array([3, 0, 0, 0, 0, 2, 1]);
    const mask = new Uint8Array([1, 1, 1, 1, 1, 1, 0]);
    const bands = { major: 55, significant: 36, general: 24 };
    const r = scoreLevelBins(score, level, mask, bands);
    const at = (s: number, l: number) => r.counts[Math.min(SCORE_BINS - 1, Math.floor(s / SCORE_BIN_WIDTH)) * 4 + l];
    expect(at(10, 3)).toBe(1);
    expect(at(12, 0)).toBe(1);
    expect(at(40, 0)).toBe(1);
    expect(at(60, 0)).toBe(1);
    // A score of 100 falls in the last bin.
    expect(at(100, 0)).toBe(1);
    // NaN scores and rows outside the mask are not counted.
    expect(r.counts.reduce((a, b) => a + b, 0)).toBe(5);
    // 12 and 40 are 重大 below the 重大 band.
    expect(r.outsideBand).toBe(2);
    expect(scoreLevelBins(score, level, mask, null).outsideBand).toBe(0);
    // Other bands, other answer: under these every score is 重大, so only the ■ at 10 is outside (the per-row codes are kept per scoring and per bands).
    expect(scoreLevelBins(score, level, mask, { major: 10, significant: 5, general: 1 }).outsideBand).toBe(1);
  });

  it('follows a new mask and a new scoring of the same rows', () => {
    const score = new Float32Array([10, 50, 90]);
    const level = new Uint8Array([3, 2, 0]);
    const bands = { major: 55, significant: 36, general: 24 };
    expect(scoreLevelBins(score, level, new Uint8Array([1, 1, 1]), bands).outsideBand).toBe(1);
    expect(scoreLevelBins(score, level, new Uint8Array([1, 0, 1]), bands).outsideBand).toBe(0);
    const rescored = new Uint8Array([3, 1, 0]);
    expect(scoreLevelBins(score, rescored, new Uint8Array([1, 1, 1]), bands).outsideBand).toBe(0);
    expect(
      scoreLevelBins(score, rescored, new Uint8Array([0, 1, 0]), bands).counts[
        Math.floor(50 / SCORE_BIN_WIDTH) * 4 + 1
      ],
    ).toBe(1);
  });
});
