import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random-columns.ts';
import { packUtf8 } from '../utf8-column.ts';
import { matchKeys } from './key-table.ts';

/** A register of unique codes and the same register later: rows taken out, rows added, some moved. */
function registers(seed: number, n: number) {
  const rnd = mulberry32(seed);
  const prev = Array.from({ length: n }, (_, i) => `9133${String(i).padStart(8, '0')}`);
  const cur: string[] = [];
  let added = 0;
  for (const code of prev) {
    if (rnd() < 0.05) continue; // gone since
    if (rnd() < 0.04) cur.push(`NEW${added++}`); // new since, in the middle
    cur.push(code);
  }
  // A few rows moved far away (out of the walk's reach), a few swapped with a neighbour.
  for (let k = 0; k < n / 50; k++) {
    const a = Math.floor(rnd() * cur.length),
      b = Math.floor(rnd() * cur.length);
    [cur[a], cur[b]] = [cur[b], cur[a]];
  }
  return { prev, cur };
}

describe('matchKeys', () => {
  it('pairs the same rows by the side-by-side walk as by the table alone, for unique keys in any order', () => {
    for (const seed of [1, 2, 3]) {
      const { prev, cur } = registers(seed, 3000);
      const fast = matchKeys(packUtf8(prev), packUtf8(cur), true);
      const full = matchKeys(packUtf8(prev), packUtf8(cur), false);
      expect(Array.from(fast.prevOf)).toEqual(Array.from(full.prevOf));
      expect(Array.from(fast.taken)).toEqual(Array.from(full.taken));
      // And they are right: a pair has one key, a row without a pair has no counterpart.
      const at = new Map(prev.map((c, j) => [c, j]));
      cur.forEach((c, i) => expect(fast.prevOf[i]).toBe(at.get(c) ?? -1));
    }
  });

  it('pairs a register reversed (nothing in step) through the table', () => {
    const prev = ['a', 'b', 'c', 'd'];
    const m = matchKeys(packUtf8(prev), packUtf8([...prev].reverse()), true);
    expect(Array.from(m.prevOf)).toEqual([3, 2, 1, 0]);
  });
});
