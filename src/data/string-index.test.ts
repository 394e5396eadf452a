import { describe, expect, it } from 'vitest';
import { hashOf, laterDuplicates, StringIndex } from './string-index.ts';

/** A deterministic pseudo-random credit-code-like key. */
function key(seed: number): string {
  let x = (seed * 2654435761) >>> 0;
  let s = '';
  for (let i = 0; i < 18; i++) {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + i) >>> 0;
    s += '0123456789ABCDEFGHJKLMNPQRTUWXY'[x % 31];
  }
  return s;
}

describe('StringIndex', () => {
  it('answers the same as a Map for adds, duplicates and lookups, through several growths', () => {
    const keys: string[] = [];
    // Sized for far fewer rows than added, so the table grows many times.
    const index = new StringIndex((row) => keys[row], 4);
    const map = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      // Every fifth key repeats an earlier one.
      const k = i % 5 === 4 ? key(i >> 1) : key(i);
      const row = keys.length;
      keys.push(k);
      const existing = index.add(row, k);
      if (map.has(k)) {
        expect(existing).toBe(map.get(k));
        keys.pop();
      } else {
        expect(existing).toBe(-1);
        map.set(k, row);
      }
    }
    expect(index.size).toBe(map.size);
    for (const [k, row] of map) expect(index.get(k)).toBe(row);
    for (let i = 0; i < 2000; i++) expect(index.get(`${key(i)}x`)).toBeUndefined();
  });

  it('tells apart keys whose hashes collide in the table', () => {
    const keys = ['a', 'b', 'c', '', 'ab', 'ba'];
    const index = new StringIndex((row) => keys[row], 1);
    keys.forEach((k, row) => expect(index.add(row, k)).toBe(-1));
    keys.forEach((k, row) => expect(index.get(k)).toBe(row));
    expect(index.get('abc')).toBeUndefined();
  });
});

describe('laterDuplicates', () => {
  it('marks every row whose key an earlier row has, as a Set would', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => (i % 7 === 3 ? key(i >> 3) : key(i)));
    const dup = laterDuplicates(Int32Array.from(keys, hashOf), keys.length, (i) => keys[i]);
    const seen = new Set<string>();
    keys.forEach((k, i) => {
      expect(dup[i], `row ${i}`).toBe(seen.has(k) ? 1 : 0);
      seen.add(k);
    });
  });

  it('tells apart keys that share a hash, and handles a long run of one key', () => {
    // Forced collisions: every hash equal.
    const keys = ['a', 'b', 'a', 'c', 'b', 'a'];
    expect(Array.from(laterDuplicates(new Int32Array(keys.length), keys.length, (i) => keys[i]))).toEqual([
      0, 0, 1, 0, 1, 1,
    ]);
    const same = Array.from({ length: 50_000 }, () => '无');
    const dup = laterDuplicates(Int32Array.from(same, hashOf), same.length, (i) => same[i]);
    expect(dup[0]).toBe(0);
    expect(dup.reduce((a, b) => a + b, 0)).toBe(same.length - 1);
  });
});
