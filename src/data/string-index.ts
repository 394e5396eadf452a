/**
 * Row of each distinct string key (a credit code), in one open-addressing table over an Int32Array.
 * A JavaScript Map of a million string keys spent more than half the import's time growing and
 * rehashing itself (scripts/bench/import-1m.ts); this table is sized once, for the rows to come, and
 * stores only row numbers (and hashes): the keys stay wherever the caller keeps them.
 */

/** What a lookup by key needs; a Map satisfies it too. */
export interface KeyLookup {
  get(key: string): number | undefined;
}

export function hashOf(key: string): number {
  // FNV-1a over UTF-16 code units.
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}

export class StringIndex implements KeyLookup {
  /**
   * Two numbers per slot: row + 1 of its key (0 for an empty slot) and the key's hash. Comparing
   * hashes first spares reading a key's characters from wherever in memory they lie, which cost
   * more than the hashing.
   */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  /** `keyOf(row)` is the key of each row added; `expected` is about how many rows will be. */
  constructor(
    private readonly keyOf: (row: number) => string,
    expected: number,
  ) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  get(key: string): number | undefined {
    const h = hashOf(key);
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const v = this.slots[2 * s];
      if (v === 0) return undefined;
      if (this.slots[2 * s + 1] === h && this.keyOf(v - 1) === key) return v - 1;
    }
  }

  /**
   * Adds row `row`, whose key is `key`, unless the key is there already: returns the row that has
   * it then, else -1. (Keys are compared only when their hashes are equal, so `keyOf` is rarely called.)
   */
  add(row: number, key: string): number {
    const h = hashOf(key);
    let s = h & this.mask;
    for (; ; s = (s + 1) & this.mask) {
      const v = this.slots[2 * s];
      if (v === 0) break;
      if (this.slots[2 * s + 1] === h && this.keyOf(v - 1) === key) return v - 1;
    }
    this.slots[2 * s] = row + 1;
    this.slots[2 * s + 1] = h;
    // Kept at most half full, so that probes stay short.
    if (++this.count * 4 > this.slots.length) this.grow();
    return -1;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length / 2 - 1;
    for (let o = 0; o < old.length; o += 2) {
      if (old[o] === 0) continue;
      let s = old[o + 1] & this.mask;
      while (this.slots[2 * s] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = old[o];
      this.slots[2 * s + 1] = old[o + 1];
    }
  }
}

/** Row indices 0..n-1 ordered by hash (as unsigned 32 bits): two stable 16-bit counting passes. */
function orderByHash(h: Int32Array, n: number): Uint32Array {
  const first = new Uint32Array(n);
  const out = new Uint32Array(n);
  const count = new Uint32Array(65537);
  for (let i = 0; i < n; i++) count[(h[i] & 0xffff) + 1]++;
  for (let k = 0; k < 65536; k++) count[k + 1] += count[k];
  for (let i = 0; i < n; i++) first[count[h[i] & 0xffff]++] = i;
  count.fill(0);
  for (let i = 0; i < n; i++) count[(h[i] >>> 16) + 1]++;
  for (let k = 0; k < 65536; k++) count[k + 1] += count[k];
  for (let j = 0; j < n; j++) {
    const i = first[j];
    out[count[h[i] >>> 16]++] = i;
  }
  return out;
}

/**
 * Rows 0..n-1 whose key equals an earlier row's (marked 1; the first row with a key is kept), from
 * the keys' hashes: one sort of the hashes, then keys compared only among rows of equal hash.
 * Checking a million credit codes this way is a few sequential passes, where inserting them one by
 * one into a hash table waits on a cache miss per row (scripts/bench/import-1m.ts).
 */
export function laterDuplicates(hashes: Int32Array, n: number, keyOf: (row: number) => string): Uint8Array {
  const order = orderByHash(hashes, n);
  const dup = new Uint8Array(n);
  for (let a = 0; a < n;) {
    const h = hashes[order[a]];
    let b = a + 1;
    while (b < n && hashes[order[b]] === h) b++;
    if (b - a === 2) {
      if (keyOf(order[a]) === keyOf(order[a + 1])) dup[order[a + 1]] = 1;
    } else if (b - a > 2) {
      // Rows of a run are in row order (the sort is stable): the first of each key is kept.
      const kept = new Set<string>();
      for (let j = a; j < b; j++) {
        const key = keyOf(order[j]);
        if (kept.has(key)) dup[order[j]] = 1;
        else kept.add(key);
      }
    }
    a = b;
  }
  return dup;
}
