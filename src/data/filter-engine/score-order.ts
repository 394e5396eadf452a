/**
 * The score dimension's index: the rows sorted by score, where each bin starts in that order, and the
 * checkpoint bitsets (rows below each bin start), from which a score range's pass bitset is two
 * checkpoints XORed plus two partial runs.
 *
 * Bins are monotone in score, so the sort is a counting sort into bins (one pass, 51 buckets) and then
 * a radix sort within each bin, over the few digits in which its scores differ (a bin's keys fit in
 * the cache). The sorted scores are read back from the sorted keys, not gathered from the rows.
 */
import { SCORE_BINS } from './api.ts';
import { keyBits, orderedKey, radixSortRun } from './sort.ts';

export interface ScoreOrder {
  /** Non-NaN rows sorted by score, their scores, and the sorted position where each bin starts. */
  byScore: Uint32Array;
  sortedScore: Float32Array;
  binStart: Int32Array;
  /** Bitset k: rows at sorted positions below binStart[k], k = 0..SCORE_BINS. */
  checkpoints: Int32Array;
}

/** `bins`: each row's score bin plus `binLo` (the score-bin visit column; SCORE_BINS = NaN). */
export function buildScoreOrder(score: Float32Array, bins: Uint16Array, binLo: number, words: number): ScoreOrder {
  const n = bins.length;
  const binStart = new Int32Array(SCORE_BINS + 2);
  for (let i = 0; i < n; i++) binStart[bins[i] - binLo + 1]++;
  for (let b = 0; b <= SCORE_BINS; b++) binStart[b + 1] += binStart[b];
  const m = binStart[SCORE_BINS];
  const raw = new Uint32Array(score.buffer, score.byteOffset, n);
  const keys = new Uint32Array(m),
    idx = new Uint32Array(m);
  const fill = binStart.slice(0, SCORE_BINS);
  let largest = 0;
  for (let b = 0; b < SCORE_BINS; b++) largest = Math.max(largest, binStart[b + 1] - binStart[b]);
  for (let i = 0; i < n; i++) {
    const b = bins[i] - binLo;
    if (b === SCORE_BINS) continue;
    const p = fill[b]++;
    keys[p] = orderedKey(raw[i]);
    idx[p] = i;
  }
  const tmpK = new Uint32Array(largest),
    tmpI = new Uint32Array(largest);
  for (let b = 0; b < SCORE_BINS; b++) radixSortRun(keys, idx, binStart[b], binStart[b + 1], tmpK, tmpI);
  const sorted = new Float32Array(m),
    sortedBits = new Uint32Array(sorted.buffer);
  for (let j = 0; j < m; j++) sortedBits[j] = keyBits(keys[j]);
  const checkpoints = new Int32Array((SCORE_BINS + 1) * words);
  const run = new Int32Array(words);
  for (let b = 0, j = 0; b <= SCORE_BINS; b++) {
    for (; j < binStart[b]; j++) run[idx[j] >>> 5] |= 1 << (idx[j] & 31);
    checkpoints.set(run, b * words);
  }
  return { byScore: idx, sortedScore: sorted, binStart: binStart.slice(0, SCORE_BINS + 1), checkpoints };
}
