import { describe, expect, it } from 'vitest';
import { StringIndex } from './string-index.ts';

/** A deterministic pseudo-random credit-code-like key. */
function key(seed: number): string {
  let x = seed * 2654435761 >>> 0;
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
    const index = new StringIndex(keys, 4);
    const map = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      // Every fifth key repeats an earlier one.
      const k = i % 5 === 4 ? key(i >> 1) : key(i);
      const row = keys.length;
      keys.push(k);
      const existing = index.add(row);
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
    const index = new StringIndex(keys, 1);
    keys.forEach((_, row) => expect(index.add(row)).toBe(-1));
    keys.forEach((k, row) => expect(index.get(k)).toBe(row));
    expect(index.get('abc')).toBeUndefined();
  });
});
