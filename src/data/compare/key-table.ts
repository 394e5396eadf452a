/**
 * Matching rows of two snapshots by a text key (an enterprise's credit code, a hazard's id) without
 * making a string per row: the keys stay UTF-8 bytes (Arrow's layout: one byte buffer and offsets).
 *
 * Two exports of one register mostly keep their order (rows added, a few taken out), so when each key
 * is known to be on one row only (a bundle: the build rejects a second row with a code or a hazard
 * id) the rows are first walked side by side, a short look-ahead stepping over rows only one side
 * has; only the rows this leaves unpaired go through a hash table. At a million rows the walk is a
 * few tens of milliseconds where the table took most of a second (its probes are cache misses).
 * Otherwise every row goes through the table, and a key may be on several rows: the k-th row with a
 * key is matched to the k-th row of the other snapshot with the same key, in row order. Either way
 * the pairs are the same for unique keys; an empty key matches nothing.
 */
import type { Utf8Buffers } from '../utf8-column.ts';

/** FNV-1a over a key's bytes. */
function hashOf(data: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ data[i], 0x01000193);
  return h >>> 0;
}

function sameBytes(a: Uint8Array, a0: number, a1: number, b: Uint8Array, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let i = 0; i < a1 - a0; i++) if (a[a0 + i] !== b[b0 + i]) return false;
  return true;
}

export interface KeyMatch {
  /** Per row of `cur`: its row in `prev`, or -1 when `prev` has no (more) row with its key. */
  prevOf: Int32Array;
  /** Per row of `prev`: whether a row of `cur` took it. */
  taken: Uint8Array;
  /** Rows of `cur` whose key another row of `cur` also has (0 when the keys were declared unique). */
  duplicates: number;
}

/** How far the side-by-side walk looks ahead for a row only one side has. */
const LOOK_AHEAD = 8;

/**
 * Matches the rows of `cur` to the rows of `prev` by key. `unique`: each key is on one row at most on
 * either side (see the module comment).
 */
export function matchKeys(prev: Utf8Buffers, cur: Utf8Buffers, unique = false): KeyMatch {
  const np = prev.valueOffsets.length - 1,
    nc = cur.valueOffsets.length - 1;
  const prevOf = new Int32Array(nc).fill(-1);
  const taken = new Uint8Array(np);
  if (!unique) {
    const duplicates = hashMatch(prev, cur, null, null, prevOf, taken);
    return { prevOf, taken, duplicates };
  }
  walk(prev, cur, prevOf, taken);
  let rc = 0,
    rp = 0;
  for (let i = 0; i < nc; i++) if (prevOf[i] < 0) rc++;
  for (let j = 0; j < np; j++) if (!taken[j]) rp++;
  if (rc > 0 && rp > 0) {
    const curRows = new Int32Array(rc),
      prevRows = new Int32Array(rp);
    for (let i = 0, k = 0; i < nc; i++) if (prevOf[i] < 0) curRows[k++] = i;
    for (let j = 0, k = 0; j < np; j++) if (!taken[j]) prevRows[k++] = j;
    hashMatch(prev, cur, prevRows, curRows, prevOf, taken);
  }
  return { prevOf, taken, duplicates: 0 };
}

/** The side-by-side walk: pairs rows with equal keys in order, stepping over rows one side lacks. */
function walk(prev: Utf8Buffers, cur: Utf8Buffers, prevOf: Int32Array, taken: Uint8Array): void {
  const po = prev.valueOffsets,
    pd = prev.data,
    co = cur.valueOffsets,
    cd = cur.data;
  const np = po.length - 1,
    nc = co.length - 1;
  const cv = new DataView(cd.buffer, cd.byteOffset, cd.byteLength),
    pv = new DataView(pd.buffer, pd.byteOffset, pd.byteLength);
  const eq = (i: number, j: number) => co[i + 1] > co[i] && sameBytes(cd, co[i], co[i + 1], pd, po[j], po[j + 1]);
  let i = 0,
    j = 0;
  while (i < nc && j < np) {
    // The common case, in step, written out (no call): a row's key against its counterpart's.
    const a0 = co[i],
      len = co[i + 1] - a0,
      b0 = po[j];
    let x = 0;
    if (len > 0 && po[j + 1] - b0 === len) {
      // Four bytes at a time (a DataView reads unaligned), then the rest byte by byte.
      while (x + 4 <= len && cv.getInt32(a0 + x) === pv.getInt32(b0 + x)) x += 4;
      while (x < len && cd[a0 + x] === pd[b0 + x]) x++;
    }
    if (len > 0 && x === len) {
      prevOf[i] = j;
      taken[j] = 1;
      i++;
      j++;
      continue;
    }
    let stepped = false;
    // Rows of the earlier snapshot gone since: the current row is a little further on there.
    for (let d = 1; d <= LOOK_AHEAD && j + d < np; d++)
      if (eq(i, j + d)) {
        j += d;
        stepped = true;
        break;
      }
    if (stepped) continue;
    // Rows new since: the earlier row is a little further on here.
    for (let d = 1; d <= LOOK_AHEAD && i + d < nc; d++)
      if (eq(i + d, j)) {
        i += d;
        stepped = true;
        break;
      }
    if (stepped) continue;
    // Out of step: both rows are left to the hash table.
    i++;
    j++;
  }
}

/**
 * Pairs rows through a hash table of the current rows' keys (`curRows`, or every row), looking up
 * the earlier rows (`prevRows`, or every row); the k-th row with a key takes the k-th. Returns the
 * number of current rows whose key another current row also has.
 */
function hashMatch(
  prev: Utf8Buffers,
  cur: Utf8Buffers,
  prevRows: Int32Array | null,
  curRows: Int32Array | null,
  prevOf: Int32Array,
  taken: Uint8Array,
): number {
  const nc = curRows ? curRows.length : cur.valueOffsets.length - 1,
    np = prevRows ? prevRows.length : prev.valueOffsets.length - 1;
  let size = 16;
  while (size < nc * 2) size <<= 1;
  const mask = size - 1;
  // Per slot: the first row (its position k in curRows) with that key + 1 (0: empty); later rows
  // with the same key are chained behind it in row order (`next`), `tail` is the chain's last.
  const slots = new Int32Array(size);
  const next = new Int32Array(nc).fill(-1);
  const tail = new Int32Array(nc).fill(-1);
  const co = cur.valueOffsets,
    cd = cur.data;
  let duplicates = 0;
  for (let k = 0; k < nc; k++) {
    const r = curRows ? curRows[k] : k;
    const s0 = co[r],
      s1 = co[r + 1];
    if (s1 === s0) continue;
    let p = hashOf(cd, s0, s1) & mask;
    for (;;) {
      const head = slots[p] - 1;
      if (head < 0) {
        slots[p] = k + 1;
        tail[k] = k;
        break;
      }
      const hr = curRows ? curRows[head] : head;
      if (sameBytes(cd, co[hr], co[hr + 1], cd, s0, s1)) {
        // The key's second row makes two duplicates, each further one one more.
        duplicates += next[head] === -1 ? 2 : 1;
        next[tail[head]] = k;
        tail[head] = k;
        break;
      }
      p = (p + 1) & mask;
    }
  }
  // Per chain head: the next row of its chain an earlier row may take (-1: none left).
  const free = new Int32Array(nc);
  for (let k = 0; k < nc; k++) free[k] = k;
  const po = prev.valueOffsets,
    pd = prev.data;
  for (let m = 0; m < np; m++) {
    const r = prevRows ? prevRows[m] : m;
    const s0 = po[r],
      s1 = po[r + 1];
    if (s1 === s0) continue;
    let p = hashOf(pd, s0, s1) & mask;
    for (;;) {
      const head = slots[p] - 1;
      if (head < 0) break;
      const hr = curRows ? curRows[head] : head;
      if (sameBytes(cd, co[hr], co[hr + 1], pd, s0, s1)) {
        const at = free[head];
        if (at >= 0) {
          prevOf[curRows ? curRows[at] : at] = r;
          taken[r] = 1;
          free[head] = next[at];
        }
        break;
      }
      p = (p + 1) & mask;
    }
  }
  return duplicates;
}
