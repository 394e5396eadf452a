/**
 * Score brush <-> filter range. The histogram has SCORE_BINS bins of SCORE_BIN_WIDTH over 0..100; bin b
 * holds scores in [b*W, (b+1)*W) (the last bin also holds 100). The filter engine's scoreRange is
 * inclusive at both ends, so a brush over bins a..b-1 (edges a*W and b*W) becomes
 *   [a*W, b*W - SCORE_HI_EPSILON]   (or [a*W, 100] when the brush reaches the end),
 * i.e. exactly the bins under the brush. Scores within SCORE_HI_EPSILON below an edge (which the
 * histogram puts in the left bin) are left out: with 0.001 that is below any recorded precision.
 */
import { SCORE_BINS, SCORE_BIN_WIDTH } from '../../data/filter-engine.ts';

export const SCORE_MAX = SCORE_BINS * SCORE_BIN_WIDTH;
export const SCORE_HI_EPSILON = 0.001;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Filter range of the bins between two bin edges (edge values in score units). */
export function edgesToRange(loEdge: number, hiEdge: number): [number, number] {
  return [loEdge, hiEdge >= SCORE_MAX ? SCORE_MAX : hiEdge - SCORE_HI_EPSILON];
}

/**
 * A brushed extent in score units, snapped to the nearest bin edges (at least one bin: a brush
 * narrower than a bin takes the bin under its middle), as a filter range. Null for an empty extent.
 */
export function snapToBins(v0: number, v1: number): [number, number] | null {
  if (!Number.isFinite(v0) || !Number.isFinite(v1)) return null;
  const lo = clamp(Math.min(v0, v1), 0, SCORE_MAX);
  const hi = clamp(Math.max(v0, v1), 0, SCORE_MAX);
  let a = Math.round(lo / SCORE_BIN_WIDTH);
  let b = Math.round(hi / SCORE_BIN_WIDTH);
  if (b <= a) {
    a = clamp(Math.floor((lo + hi) / 2 / SCORE_BIN_WIDTH), 0, SCORE_BINS - 1);
    b = a + 1;
  }
  return edgesToRange(a * SCORE_BIN_WIDTH, b * SCORE_BIN_WIDTH);
}

/**
 * The brush extent (score units) that shows a filter range: an upper end at most 0.01 below a bin edge
 * (what {@link edgesToRange} writes, also after a link rounds it) is drawn at that edge.
 */
export function rangeToEdges(range: readonly [number, number]): [number, number] {
  const lo = clamp(range[0], 0, SCORE_MAX);
  let hi = clamp(range[1], 0, SCORE_MAX);
  const up = Math.ceil(hi / SCORE_BIN_WIDTH - 1e-9) * SCORE_BIN_WIDTH;
  if (up - hi <= 0.01) hi = Math.min(up, SCORE_MAX);
  return [lo, Math.max(lo, hi)];
}

/** Whether bin b has any score inside the inclusive filter range. */
export function binInRange(b: number, range: readonly [number, number] | null): boolean {
  if (!range) return true;
  const lo = b * SCORE_BIN_WIDTH;
  const hi = b === SCORE_BINS - 1 ? SCORE_MAX : lo + SCORE_BIN_WIDTH;
  return lo <= range[1] && (b === SCORE_BINS - 1 ? hi >= range[0] : hi > range[0]);
}

/** A range as people read it: "54–56" (the edges the brush shows). */
export function formatRange(range: readonly [number, number]): string {
  const [lo, hi] = rangeToEdges(range);
  const f = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
  return `${f(lo)}–${f(hi)}`;
}
