/**
 * Row of each distinct string key (a credit code), in one open-addressing table over an Int32Array.
 * A JavaScript Map of a million string keys spent more than half the import's time growing and
 * rehashing itself (scripts/bench/import-1m.ts); this table is sized once, for the rows to come, and
 * stores only row numbers: the keys stay in the caller's own array.
 */

/** What a lookup by key needs; a Map satisfies it too. */
export interface KeyLookup {
  get(key: string): number | undefined;
}

function hashOf(key: string): number {
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

  /** `keys[row]` is the key of each row added; `expected` is about how many rows will be. */
  constructor(private readonly keys: readonly string[], expected: number) {
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
      if (this.slots[2 * s + 1] === h && this.keys[v - 1] === key) return v - 1;
    }
  }

  /**
   * Adds row `row`, whose key is `keys[row]`, unless its key is there already: returns the row that
   * has it then, else -1.
   */
  add(row: number): number {
    const key = this.keys[row];
    const h = hashOf(key);
    let s = h & this.mask;
    for (; ; s = (s + 1) & this.mask) {
      const v = this.slots[2 * s];
      if (v === 0) break;
      if (this.slots[2 * s + 1] === h && this.keys[v - 1] === key) return v - 1;
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
