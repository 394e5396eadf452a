import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
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

  it('stops past the cap, without giving the piece that crosses it', () => {
    const zeros = deflateSync(new Uint8Array(256 * 1024)); // 256 KiB of zeros: a few hundred bytes deflated
    let given = 0;
    const r = inflateBounded(zeros, 16 * 1024, (piece) => (given += piece.length));
    expect(r.over).toBe(true);
    expect(r.size).toBeGreaterThan(16 * 1024);
    expect(given).toBeLessThanOrEqual(16 * 1024);
    expect(inflatedSizeText(r, 16 * 1024)).toEqual({ zh: '超过 16 KB', en: 'more than 16 KB' });
    expect(inflatedSizeText({ size: 3 * 1024 * 1024, over: false }, 16 * 1024)).toEqual({ zh: '3.0 MB', en: '3.0 MB' });
  });

  it('throws on data that is not deflate, or is cut short', () => {
    expect(() => inflateBounded(Uint8Array.from([0xff, 0xff, 0xff, 0xff]), 100)).toThrow();
    expect(() => inflateBounded(data.subarray(0, data.length >> 1), text.length)).toThrow();
  });
});
