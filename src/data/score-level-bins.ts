/**
 * The selected enterprises per score bin and shown level, so the score histogram can colour each bar
 * by the levels the map shows (an assessed level or a veto can put a 40-point enterprise in 重大)
 * rather than by the band its score falls in; and how many of them sit outside their score's band.
 */
import { levelForScore, type RiskModel } from '../domain/risk-model.ts';
import { SCORE_BIN_WIDTH, SCORE_BINS } from './filter-engine.ts';

export interface ScoreLevelBins {
  /** counts[bin * 4 + level]: selected enterprises in each bin with each shown level. */
  counts: Uint32Array;
  /** Selected enterprises whose shown level is not the level of their score's band. */
  outsideBand: number;
}

type Thresholds = RiskModel['thresholds'];

/** Codes per row: bin * 4 + level, plus OUTSIDE when the level is not the score's band; NAN_CODE for no score. */
const SLOTS = SCORE_BINS * 4;
const OUTSIDE = SLOTS;
const NAN_CODE = 2 * SLOTS;

interface RowCodes {
  level: Uint8Array;
  thresholds: Thresholds | null;
  codes: Uint16Array;
}
const codesCache = new WeakMap<Float32Array, RowCodes>();

/**
 * Each row's slot, computed once per scoring (a rescore gives new score and level arrays) so that a
 * filter change costs one branch-free pass: the histogram is redrawn on every click.
 */
function rowCodes(score: Float32Array, level: Uint8Array, thresholds: Thresholds | null): Uint16Array {
  const hit = codesCache.get(score);
  const same = (a: Thresholds | null, b: Thresholds | null) =>
    a === b ||
    (a !== null && b !== null && a.major === b.major && a.significant === b.significant && a.general === b.general);
  if (hit && hit.level === level && same(hit.thresholds, thresholds)) return hit.codes;
  const codes = new Uint16Array(score.length);
  for (let i = 0; i < score.length; i++) {
    const s = score[i];
    if (Number.isNaN(s)) {
      codes[i] = NAN_CODE;
      continue;
    }
    const bin = Math.min(SCORE_BINS - 1, Math.max(0, Math.floor(s / SCORE_BIN_WIDTH)));
    const outside = thresholds !== null && levelForScore(thresholds, s) !== level[i];
    codes[i] = bin * 4 + (level[i] & 3) + (outside ? OUTSIDE : 0);
  }
  codesCache.set(score, { level, thresholds, codes });
  return codes;
}

/**
 * One pass over the rows of `mask`. `thresholds` are the score bands of the model in use; pass null
 * when there is no band to compare with (a bureau's own assessed levels).
 */
export function scoreLevelBins(
  score: Float32Array,
  level: Uint8Array,
  mask: Uint8Array,
  thresholds: Thresholds | null,
): ScoreLevelBins {
  const codes = rowCodes(score, level, thresholds);
  const acc = new Uint32Array(NAN_CODE + 1);
  // Adding the mask byte instead of testing it: a filter's mask is as unpredictable as the levels it picks.
  for (let i = 0; i < codes.length; i++) acc[codes[i]] += mask[i];
  const counts = acc.slice(0, SLOTS);
  let outsideBand = 0;
  for (let k = 0; k < SLOTS; k++) {
    counts[k] += acc[OUTSIDE + k];
    outsideBand += acc[OUTSIDE + k];
  }
  return { counts, outsideBand };
}
