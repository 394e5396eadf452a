/**
 * Bitset primitives: popcount, scattering row lists into bitsets, word-wise AND/OR/NOT, and packing
 * between bitsets and byte masks. Plain functions over typed arrays (hot paths: keep them monomorphic).
 */

export function popcnt(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Set the bits of rows[from..to). */
export function scatter(bits: Int32Array, rows: Uint32Array, from: number, to: number): void {
  for (let j = from; j < to; j++) {
    const r = rows[j];
    bits[r >>> 5] |= 1 << (r & 31);
  }
}

export function orInto(dst: Int32Array, src: Int32Array): void {
  for (let w = 0; w < dst.length; w++) dst[w] |= src[w];
}

/** dst = a & b & ~x (b may be null); the rows of a base set B = a ∩ b that are not in X. */
export function andNot(dst: Int32Array, a: Int32Array, b: Int32Array | null, x: Int32Array): void {
  if (b) for (let w = 0; w < dst.length; w++) dst[w] = a[w] & b[w] & ~x[w];
  else for (let w = 0; w < dst.length; w++) dst[w] = a[w] & ~x[w];
}

/**
 * One pass over the active bitsets: dst = AND of all but index `skip` (of all when skip < 0) and, when
 * `fail` is given, fail = dst & ~bits[skip] (rows failing only that filter). Returns popcount(dst).
 */
export function andOthers(
  bits: Int32Array[],
  k: number,
  skip: number,
  dst: Int32Array,
  fail: Int32Array | null,
): number {
  const others: Int32Array[] = [];
  for (let j = 0; j < k; j++) if (j !== skip) others.push(bits[j]);
  // Up to three inputs in local variables (TurboFan keeps their data pointers in registers); more are
  // folded into dst first, which is rare (four or more filters at once).
  let from = 0;
  if (others.length > 3) {
    dst.set(others[0]);
    for (from = 1; from < others.length - 2; from++) {
      const o = others[from];
      for (let w = 0; w < dst.length; w++) dst[w] &= o[w];
    }
    others[from - 1] = dst;
    from--;
  }
  const a = others[from],
    b = others[from + 1] ?? a,
    c = others[from + 2] ?? b;
  const own = skip >= 0 ? bits[skip] : a;
  let n = 0;
  for (let w = 0; w < dst.length; w++) {
    const q = a[w] & b[w] & c[w];
    dst[w] = q;
    if (q !== 0) n += popcnt(q);
    if (fail) fail[w] = q & ~own[w];
  }
  return n;
}

/** dst = ~dst within the first n bits (the tail of the last word stays zero). */
export function invertBits(dst: Int32Array, all: Int32Array): void {
  for (let w = 0; w < dst.length; w++) dst[w] = ~dst[w] & all[w];
}

/** Expand the first `words` bitset words into mask bytes, four per Uint32 store. */
export function writeMaskWords(S: Int32Array, m32: Uint32Array, words: number, nib: Uint32Array): void {
  for (let w = 0; w < words; w++) {
    const x = S[w],
      g = w << 3;
    if (x === 0) {
      m32[g] = 0;
      m32[g + 1] = 0;
      m32[g + 2] = 0;
      m32[g + 3] = 0;
      m32[g + 4] = 0;
      m32[g + 5] = 0;
      m32[g + 6] = 0;
      m32[g + 7] = 0;
      continue;
    }
    m32[g] = nib[x & 15];
    m32[g + 1] = nib[(x >> 4) & 15];
    m32[g + 2] = nib[(x >> 8) & 15];
    m32[g + 3] = nib[(x >> 12) & 15];
    m32[g + 4] = nib[(x >> 16) & 15];
    m32[g + 5] = nib[(x >> 20) & 15];
    m32[g + 6] = nib[(x >> 24) & 15];
    m32[g + 7] = nib[(x >>> 28) & 15];
  }
}

/**
 * bits[w] = one bit per byte (nonzero -> 1) of bytes[32w .. 32w+32), read as eight Uint32 (little-
 * endian); returns the popcount. Per Uint32: the high bit of each byte is set iff the byte is nonzero
 * (adding 0x7f never carries across bytes), then one multiply gathers the four high bits.
 */
export function packBytes(u32: Uint32Array, bits: Int32Array, words: number): number {
  let c = 0;
  for (let w = 0; w < words; w++) {
    let x = 0;
    for (let j = 0; j < 8; j++) {
      const v = u32[(w << 3) + j];
      if (v === 0) continue;
      const nz = (((v & 0x7f7f7f7f) + 0x7f7f7f7f) | v) & 0x80808080;
      x |= ((Math.imul(nz >>> 7, 0x204081) >>> 21) & 15) << (j << 2);
    }
    bits[w] = x;
    if (x !== 0) c += popcnt(x);
  }
  return c;
}

export const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** Nibble -> four mask bytes (0 or 1) as one Uint32, in the platform's byte order. */
export const NIBBLE_BYTES = (() => {
  const t = new Uint32Array(16),
    b = new Uint8Array(t.buffer);
  for (let v = 0; v < 16; v++) for (let j = 0; j < 4; j++) b[v * 4 + j] = (v >> j) & 1;
  return t;
})();
