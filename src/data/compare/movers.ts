/**
 * The changes tab's list: the enterprises of the selection that moved up, are new, or moved down, in
 * that order (a meeting asks about the ups first), each group by its current level (重大 first), then
 * by score, highest first.
 */
import { kindOfCode } from '../../domain/compare/change-codes.ts';

/** By kind code (same, new, up, down): the list's group, -1 not listed. */
const GROUP = [-1, 1, 0, 2];

/** Rows of the movers among `mask` (1 = selected; null = every row), ordered as above. */
export function moverRows(
  changeState: Uint8Array,
  mask: Uint8Array | null,
  level: Uint8Array,
  score: Float32Array,
): Int32Array {
  const rows: number[] = [];
  for (let i = 0; i < changeState.length; i++) {
    if (mask && !mask[i]) continue;
    if (GROUP[kindOfCode(changeState[i])] >= 0) rows.push(i);
  }
  rows.sort(
    (a, b) =>
      GROUP[kindOfCode(changeState[a])] - GROUP[kindOfCode(changeState[b])] ||
      level[a] - level[b] ||
      score[b] - score[a] ||
      a - b,
  );
  return Int32Array.from(rows);
}
