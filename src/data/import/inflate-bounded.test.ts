import { deflateSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { inflateBounded, inflatedSizeText } from './inflate-bounded.ts';

describe('inflateBounded', () => {
  const text = new TextEncoder().encode('隐患编号,发现日期\n'.repeat(500));
  const data = deflateSync(text);

  it('inflates all of it under the cap, every piece at its offset', () => {
    const out = new Uint8Array(text.length);
    const r = inflateBounded(data, text.length, (piece, at) => out.set(piece, at));
    expect(r).toEqual({ size: text.length, over: false });
    expect(new TextDecoder().decode(out)).toBe(new TextDecoder().decode(text));
  });

  it('stops a step past the cap, long before the end of the data, without giving the piece that crosses it', () => {
    // 512 KiB that deflate cannot shrink (a linear congruential generator's bytes): 33 steps of 16 KiB
    // compressed, each inflating to about 16 KiB.
    let x = 1;
    const noise = Uint8Array.from({ length: 512 * 1024 }, () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24);
    const packed = deflateSync(noise);
    expect(packed.length).toBeGreaterThan(32 * 16 * 1024);
    // The work done, counted: each step is a subarray of the data handed to the inflater.
    const steps = vi.spyOn(packed, 'subarray');
    const cap = 64 * 1024;
    let given = 0;
    const r = inflateBounded(packed, cap, (piece) => (given += piece.length));
    expect(r.over).toBe(true);
    expect(r.size).toBeGreaterThan(cap);
    expect(given).toBeLessThanOrEqual(cap);
    // 64 KiB is 4 steps' output: the fifth crosses the cap (a sixth at most, as fflate hands output on
    // a little behind its input), and the other 28 are never inflated.
    expect(steps.mock.calls.length).toBeGreaterThanOrEqual(5);
    expect(steps.mock.calls.length).toBeLessThanOrEqual(6);
    expect(inflatedSizeText(r, 16 * 1024)).toEqual({ zh: '超过 16 KB', en: 'more than 16 KB' });
    expect(inflatedSizeText({ size: 3 * 1024 * 1024, over: false }, 16 * 1024)).toEqual({ zh: '3.0 MB', en: '3.0 MB' });
  });

  it('throws on data that is not deflate, or is cut short', () => {
    expect(() => inflateBounded(Uint8Array.from([0xff, 0xff, 0xff, 0xff]), 100)).toThrow();
    expect(() => inflateBounded(data.subarray(0, data.length >> 1), text.length)).toThrow();
  });
});
