import { describe, expect, it } from 'vitest';
import { Memo } from './memo.ts';

describe('Memo', () => {
  it('computes each distinct text once, undefined results included, and gives back the same value', () => {
    const calls: string[] = [];
    const m = new Memo((v) => {
      calls.push(v);
      return v === '?' ? undefined : { v: v.trim() };
    });
    const a = m.of(' 一般 ');
    for (let i = 0; i < 100; i++) {
      expect(m.of(' 一般 ')).toBe(a);
      expect(m.of('?')).toBeUndefined();
    }
    expect(a).toEqual({ v: '一般' });
    expect(calls).toEqual([' 一般 ', '?']);
  });

  it('stops remembering a column of mostly distinct texts (and still answers right)', () => {
    let calls = 0;
    const m = new Memo((v) => {
      calls++;
      return v.length;
    });
    for (let i = 0; i < 10_000; i++) expect(m.of(`H${i}`)).toBe(`H${i}`.length);
    // Remembered up to just past half of the first 4096, then computed every time.
    expect(calls).toBe(10_000);
    for (let i = 0; i < 100; i++) m.of('H1');
    expect(calls).toBe(10_100);
  });
});
