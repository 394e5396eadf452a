import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, chunkCount, chunksOf, joinChunks, owned } from './chunked-bytes.ts';

/** Bytes that differ from their neighbours, so a piece put back one place off is caught. */
function pattern(n: number, seed = 7): Uint8Array {
  const b = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

const ownsBuffer = (b: Uint8Array) => b.byteOffset === 0 && b.byteLength === b.buffer.byteLength;

describe('cutting a file into pieces and joining them', () => {
  it('counts the pieces at the boundaries', () => {
    expect([0, 1, 9, 10, 11, 20, 21].map((n) => chunkCount(n, 10))).toEqual([0, 1, 1, 1, 2, 2, 3]);
  });

  it('cuts at every boundary into pieces of at most the size, and joins them back byte for byte', () => {
    const size = 10;
    for (const n of [0, 1, size - 1, size, size + 1, 2 * size - 1, 2 * size, 2 * size + 1, 7 * size + 3]) {
      const bytes = pattern(n, n + 1);
      const pieces = [...chunksOf(bytes, size)];
      expect(pieces.length, `${n} bytes`).toBe(chunkCount(n, size));
      // Every piece full but the last.
      expect(pieces.map((p) => p.length)).toEqual(pieces.map((_, k) => Math.min(size, n - k * size)));
      for (const p of pieces) expect(ownsBuffer(p)).toBe(true);
      expect(joinChunks(n, pieces)).toEqual(bytes);
    }
  });

  it('stores each piece at its own size: a view into a larger buffer is copied, a whole buffer is not', () => {
    const big = pattern(1000);
    const view = big.subarray(100, 150);
    const [piece] = [...chunksOf(view, 64)];
    expect(piece.buffer.byteLength).toBe(50);
    expect(piece).toEqual(view);
    const whole = pattern(50);
    expect(owned(whole)).toBe(whole);
    // A large view is cut into copies too, none carrying the whole buffer.
    const pieces = [...chunksOf(big.subarray(1, 999), 100)];
    expect(pieces.every((p) => p.buffer.byteLength <= 100)).toBe(true);
    expect(joinChunks(998, pieces)).toEqual(big.subarray(1, 999));
  });

  it('refuses pieces that do not make the stored length (one lost, one too many)', () => {
    const pieces = [...chunksOf(pattern(35), 10)];
    expect(() => joinChunks(35, pieces.slice(0, 3))).toThrow(RangeError);
    expect(() => joinChunks(35, [...pieces, new Uint8Array(1)])).toThrow(RangeError);
    expect(() => joinChunks(1, [])).toThrow(RangeError);
    expect(joinChunks(0, [])).toEqual(new Uint8Array(0));
  });

  it('keeps a piece well under the largest record Chromium stores, and a 140 MB file round-trips in real-size pieces', () => {
    const CHROMIUM_MAX_RECORD = 133_169_152;
    expect(CHUNK_BYTES + 1024 * 1024).toBeLessThan(CHROMIUM_MAX_RECORD);
    const n = 140 * 1000 * 1000;
    const bytes = pattern(n);
    const pieces = [...chunksOf(bytes)];
    expect(pieces.map((p) => p.length)).toEqual([CHUNK_BYTES, CHUNK_BYTES, n - 2 * CHUNK_BYTES]);
    const back = joinChunks(n, pieces);
    expect(back.length).toBe(n);
    // Compared in one call (toEqual over 140 M elements is slow): equal bytes, equal text.
    expect(Buffer.compare(Buffer.from(back.buffer, back.byteOffset, back.length), Buffer.from(bytes.buffer))).toBe(0);
  }, 30_000); // 1.3 s with both cores busy: 140 MB is the size that a single record could not hold
});
