/**
 * Sorting helpers for the score order: binary searches over the sorted scores and a stable radix
 * sort of row indices by Float32 score.
 */

export function lowerBound(a: Float32Array, x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function upperBound(a: Float32Array, x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Float32 bits as an unsigned key that sorts like the number (NaN excluded beforehand). */
export function orderedKey(bits: number): number {
  return (bits & 0x80000000) !== 0 ? ~bits >>> 0 : (bits | 0x80000000) >>> 0;
}

/** Stable LSD radix sort of `idx` by 32-bit `keys` (two 16-bit passes: result in place). */
export function radixSort(keys: Uint32Array, idx: Uint32Array): void {
  const m = keys.length;
  const k2 = new Uint32Array(m), i2 = new Uint32Array(m), cnt = new Int32Array(65537);
  let srcK: Uint32Array = keys, srcI: Uint32Array = idx, dstK: Uint32Array = k2, dstI: Uint32Array = i2;
  for (let shift = 0; shift < 32; shift += 16) {
    cnt.fill(0);
    for (let j = 0; j < m; j++) cnt[((srcK[j] >>> shift) & 0xffff) + 1]++;
    for (let v = 0; v < 65536; v++) cnt[v + 1] += cnt[v];
    for (let j = 0; j < m; j++) {
      const p = cnt[(srcK[j] >>> shift) & 0xffff]++;
      dstK[p] = srcK[j];
      dstI[p] = srcI[j];
    }
    [srcK, dstK] = [dstK, srcK];
    [srcI, dstI] = [dstI, srcI];
  }
}

