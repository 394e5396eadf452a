import { deflateSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { inflateBounded, inflatedSizeText, partLarger, partTooBig, type Container } from './inflate-bounded.ts';

describe('inflateBounded', () => {
  const text = new TextEncoder().encode('隐患编号,发现日期\n'.repeat(500));
  const data = deflateSync(text);

  it('inflates all of it under the cap, every piece at its offset', () => {
    const out = new Uint8Array(text.length);
    expect(inflateBounded(data, text.length, (piece, at) => out.set(piece, at))).toBe(text.length);
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
    const size = inflateBounded(packed, cap, (piece) => (given += piece.length));
    expect(size).toBeGreaterThan(cap);
    expect(given).toBeLessThanOrEqual(cap);
    // 64 KiB is 4 steps' output: the fifth crosses the cap (a sixth at most, as fflate hands output on
    // a little behind its input), and the rest are never inflated.
    expect(steps.mock.calls.length).toBeGreaterThanOrEqual(5);
    expect(steps.mock.calls.length).toBeLessThanOrEqual(6);
    expect(inflatedSizeText(size, cap)).toEqual({ zh: '超过 64 KB', en: 'more than 64 KB' });
    expect(inflatedSizeText(3 * 1024 * 1024, 4 * 1024 * 1024)).toEqual({ zh: '3.0 MB', en: '3.0 MB' });
  });

  it('throws on data that is not deflate, or is cut short', () => {
    expect(() => inflateBounded(Uint8Array.from([0xff, 0xff, 0xff, 0xff]), 100)).toThrow();
    expect(() => inflateBounded(data.subarray(0, data.length >> 1), text.length)).toThrow();
  });
});

describe('the messages about a part too big, or bigger than declared', () => {
  const zip: Container = {
    where: { zh: 'ZIP 文件「a.zip」中的', en: 'in the ZIP file "a.zip"' },
    directory: { zh: 'ZIP 目录', en: 'its ZIP directory' },
    each: { zh: '单个文件', en: 'one file' },
    advice: { zh: '请拆分后再导入', en: 'split it and import the parts' },
    damaged: {
      zh: '文件已损坏或被篡改，没有导入',
      en: 'the file is damaged or was tampered with, and was not imported',
    },
  };

  it('a part declared above its limit: both sizes', () => {
    expect(partTooBig(zip, '企业.csv', 500 * 1024 * 1024, 450 * 1024 * 1024)).toEqual({
      zh: 'ZIP 文件「a.zip」中的「企业.csv」解压后有 500 MB，超过单个文件 450 MB 的上限；请拆分后再导入',
      en: '"企业.csv" in the ZIP file "a.zip" is 500 MB unpacked, above the limit of 450 MB for one file; split it and import the parts',
    });
  });

  it('a part larger than declared: its real size against the declared one, or past the cap "though" the directory declares less', () => {
    expect(partLarger(zip, 'a.csv', 100, 12_800, 450 * 1024 * 1024)).toEqual({
      zh: 'ZIP 文件「a.zip」中的「a.csv」解压后为 13 KB，大于 ZIP 目录中记载的 100 B：文件已损坏或被篡改，没有导入',
      en: '"a.csv" in the ZIP file "a.zip" inflates to 13 KB, more than the 100 B its ZIP directory declares: the file is damaged or was tampered with, and was not imported',
    });
    expect(partLarger(zip, 'a.csv', 100, 451 * 1024 * 1024, 450 * 1024 * 1024)).toEqual({
      zh: 'ZIP 文件「a.zip」中的「a.csv」解压后超过 450 MB，而 ZIP 目录中记载的只有 100 B：文件已损坏或被篡改，没有导入',
      en: '"a.csv" in the ZIP file "a.zip" inflates to more than 450 MB, though its ZIP directory declares 100 B: the file is damaged or was tampered with, and was not imported',
    });
  });
});
