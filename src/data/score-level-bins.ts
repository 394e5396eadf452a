/**
 * The selected enterprises per score bin and shown level, so the score histogram can colour each bar
 * by the levels the map shows (an assessed level or a veto can put a 40-point enterprise in 重大)
 * rather than by the band its score falls in; and how many of them sit outside their score's band.
 */
import { SCORE_BIN_WIDTH, SCORE_BINS } from './filter-engine.ts';

export interface ScoreLevelBins {
  /** counts[bin * 4 + level]: selected enterprises in each bin with each shown level. */
  counts: Uint32Array;
  /** Selected enterprises whose shown level is not the level of their score's band. */
  outsideBand: number;
}

/**
 * One pass over the rows of `mask`. `bandOf(score)` gives the level a score's band means under the
 * model in use (its thresholds); pass null when there is no band to compare with.
 */
export function scoreLevelBins(score: Float32Array, level: Uint8Array, mask: Uint8Array, bandOf: ((score: number) => number) | null): ScoreLevelBins {
  const counts = new Uint32Array(SCORE_BINS * 4);
  let outsideBand = 0;
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    const s = score[i];
    if (Number.isNaN(s)) continue;
    const bin = Math.min(SCORE_BINS - 1, Math.max(0, Math.floor(s / SCORE_BIN_WIDTH)));
    counts[bin * 4 + level[i]]++;
    if (bandOf && bandOf(s) !== level[i]) outsideBand++;
  }
  return { counts, outsideBand };
}
