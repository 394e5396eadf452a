/**
 * Sorting helpers for the score order: binary searches over the sorted scores and a stable radix
 * sort of row indices by Float32 score.
 */

export function lowerBound(a: Float32Array, x: number): number {
  let lo = 0,
    hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function upperBound(a: Float32Array, x: number): number {
  let lo = 0,
    hi = a.length;
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

/** Float32 bits back from an {@link orderedKey}. */
export function keyBits(key: number): number {
  return (key & 0x80000000) !== 0 ? (key & 0x7fffffff) >>> 0 : ~key >>> 0;
}

/**
 * Stable LSD radix sort of keys[from..to) with idx alongside, in place; tmpK and tmpI hold at least
 * to - from entries. Keys are rebased on the run's least key and only the digits its range needs are
 * sorted (11 bits a pass: 2,048 buckets stay in L1), so a run whose keys share their high bits (the
 * scores of one bin) takes two passes, not three.
 */
export function radixSortRun(
  keys: Uint32Array,
  idx: Uint32Array,
  from: number,
  to: number,
  tmpK: Uint32Array,
  tmpI: Uint32Array,
): void {
  const m = to - from;
  if (m < 2) return;
  let lo = keys[from],
    hi = lo;
  for (let j = from + 1; j < to; j++) {
    const k = keys[j];
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  const range = hi - lo;
  const cnt = new Int32Array(2048);
  let sK = keys,
    sI = idx,
    sOff = from,
    dK = tmpK,
    dI = tmpI,
    dOff = 0;
  for (let shift = 0; shift < 32 && range >>> shift !== 0; shift += 11) {
    cnt.fill(0);
    for (let j = sOff; j < sOff + m; j++) cnt[((sK[j] - lo) >>> shift) & 2047]++;
    for (let v = 0, sum = 0; v < 2048; v++) {
      const c = cnt[v];
      cnt[v] = sum;
      sum += c;
    }
    for (let j = sOff; j < sOff + m; j++) {
      const k = sK[j],
        p = dOff + cnt[((k - lo) >>> shift) & 2047]++;
      dK[p] = k;
      dI[p] = sI[j];
    }
    [sK, dK] = [dK, sK];
    [sI, dI] = [dI, sI];
    [sOff, dOff] = [dOff, sOff];
  }
  if (sK !== keys) {
    keys.set(sK.subarray(0, m), from);
    idx.set(sI.subarray(0, m), from);
  }
}
