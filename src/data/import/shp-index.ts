import { trBoth, type Text } from '../../domain/text.ts';
import { SHAPEFILE_TEXT } from './shapefile-strings.ts';
/**
 * Where each record of a .shp is. The 1998 specification puts records back to back, but real files
 * do not always: some writers leave bytes between records, and some (Natural Earth among them) write
 * a content length that undercounts the record. GDAL reads such files through the .shx offsets; so
 * does this module when the .shx is there. Without it, a record header that is not where the one
 * before ends is searched for further on (record number = previous + 1, the file's shape type, a
 * length inside the file) instead of declaring the rest of the file lost. Each record may use the
 * bytes up to the next record's header, so an undercounted length does not cut its shape. Pure
 * TypeScript.
 */

/** A problem with one record (1-based record number; 0 = the file as a whole). */
export interface ShpIssue {
  record: number;
  reason: Text;
  severity: 'error' | 'warning';
}

/** One record's place in the .shp. */
export interface ShpSpan {
  /** 1-based, in file order: the n-th record goes with the n-th .dbf row. */
  record: number;
  /** Byte offset of the record's content (just after its 8-byte header). */
  content: number;
  /** Bytes the content may use: up to the next record's header, or the end of the file. */
  room: number;
}

/** The records found, in file order, and what was odd on the way. */
export interface ShpIndex {
  spans: ShpSpan[];
  issues: ShpIssue[];
}

const HEADER = 100;

const truncatedAt = (record: number): ShpIssue => ({
  record,
  severity: 'error',
  reason: trBoth(SHAPEFILE_TEXT.truncated, String(record)),
});

interface RecordHeader {
  number: number;
  /** Content length in bytes, as the header states it. */
  length: number;
  type: number;
}

/** The record header at `at`, when its stated content lies inside the file. */
function headerAt(v: DataView, at: number): RecordHeader | undefined {
  if (at < HEADER || at + 12 > v.byteLength) return undefined;
  const length = v.getInt32(at + 4, false) * 2;
  if (length < 4 || at + 8 + length > v.byteLength) return undefined;
  return { number: v.getInt32(at, false), length, type: v.getInt32(at + 8, true) };
}

/**
 * Bytes a record's x/y part needs by its own counts (Z and M arrays left out), or undefined when the
 * counts cannot be read inside `room`. Tells an undercounted last record from a truncated file (a
 * Z/M record whose length undercounts only its Z or M part is still called truncated: its shape is
 * read all the same).
 */
function xyNeed(v: DataView, content: number, room: number): number | undefined {
  const type = v.getInt32(content, true);
  const base = type % 10;
  if (type === 0) return 4;
  if (base === 1) return 20;
  if (base === 8) return room >= 40 ? 40 + 16 * v.getInt32(content + 36, true) : undefined;
  if (base === 3 || base === 5)
    return room >= 44 ? 44 + 4 * v.getInt32(content + 36, true) + 16 * v.getInt32(content + 40, true) : undefined;
  return undefined;
}

const allZero = (b: Uint8Array) => b.every((x) => x === 0);

/**
 * Records found by walking the .shp: each where the one before ends by its stated length, else the
 * next header further on that numbers, types and sizes as the next record would.
 */
function scan(bytes: Uint8Array, v: DataView, shapeType: number): ShpIndex {
  const end = bytes.length;
  const starts: number[] = [];
  const issues: ShpIssue[] = [];
  let gaps = 0;
  let firstGap: { record: number; bytes: number } | undefined;
  let p = HEADER;
  let expected = 1;
  const fits = (h: RecordHeader | undefined) => !!h && (h.type === 0 || h.type === shapeType);
  for (;;) {
    const h = headerAt(v, p);
    // Where a record should be, trust any header that fits: some writers number records wrongly.
    if (h && (h.number === expected || fits(h))) {
      starts.push(p);
      expected = h.number + 1;
      p += 8 + h.length;
      continue;
    }
    if (p >= end || allZero(bytes.subarray(p))) break; // the end, or zero padding after the last record
    let q = p + 1;
    for (; q + 12 <= end; q++) {
      if (v.getInt32(q, false) !== expected) continue; // the cheap test first: this loop may walk megabytes
      if (fits(headerAt(v, q))) break;
    }
    if (q + 12 <= end) {
      gaps++;
      firstGap ??= { record: starts.length + 1, bytes: q - p };
      p = q;
      continue;
    }
    // No further record. Bytes that the last record's own counts claim are that record's (its
    // length undercounted); anything else is a record cut off.
    const last = starts[starts.length - 1];
    const need = last === undefined ? undefined : xyNeed(v, last + 8, end - last - 8);
    if (
      need === undefined ||
      last + 8 + need < p ||
      last + 8 + need > end ||
      !allZero(bytes.subarray(last + 8 + need))
    ) {
      issues.push(truncatedAt(starts.length + 1));
    }
    break;
  }
  if (firstGap) {
    const more = gaps > 1 ? trBoth(SHAPEFILE_TEXT.moreGaps, String(gaps - 1)) : '';
    issues.push({
      record: firstGap.record,
      severity: 'warning',
      reason: trBoth(SHAPEFILE_TEXT.gap, String(firstGap.record), String(firstGap.bytes), more),
    });
  }
  return { spans: spansOf(starts, end), issues };
}

/** Spans for record headers at `starts`: each may run to the nearest header after it. */
function spansOf(starts: number[], end: number): ShpSpan[] {
  // Records in file order (the rule, and always so when scanned): the next header is the next start.
  if (starts.every((s, i) => i === 0 || s > starts[i - 1])) {
    return starts.map((s, i) => ({ record: i + 1, content: s + 8, room: (starts[i + 1] ?? end) - s - 8 }));
  }
  // A .shx may list records out of file order (an editor that appends rewritten records).
  const sorted = [...new Set(starts)].sort((a, b) => a - b);
  let k = 0;
  const next = new Map<number, number>();
  for (const s of sorted) next.set(s, sorted[++k] ?? end);
  return starts.map((s, i) => ({ record: i + 1, content: s + 8, room: next.get(s)! - s - 8 }));
}

const mismatch = (why: Text): ShpIssue => ({
  record: 0,
  severity: 'warning',
  reason: trBoth(SHAPEFILE_TEXT.shxMismatch, why),
});

/** Records at the offsets the .shx gives, or why the .shx cannot be used. */
function fromShx(v: DataView, shx: Uint8Array, shapeType: number): ShpIndex | { mismatch: ShpIssue } {
  const x = new DataView(shx.buffer, shx.byteOffset, shx.byteLength);
  if (shx.length < HEADER || x.getInt32(0, false) !== 9994) {
    return { mismatch: mismatch(SHAPEFILE_TEXT.shxInvalid) };
  }
  const n = Math.floor((shx.length - HEADER) / 8);
  const starts: number[] = [];
  const issues: ShpIssue[] = [];
  for (let i = 0; i < n; i++) {
    const at = x.getInt32(HEADER + 8 * i, false) * 2;
    const shxLength = x.getInt32(HEADER + 8 * i + 4, false) * 2;
    const h = headerAt(v, at);
    if (!h) {
      // A record the .shx lists beyond the end of the .shp: the .shp was cut off there.
      if (at >= HEADER && at + 8 + Math.max(shxLength, 4) > v.byteLength) {
        issues.push(truncatedAt(i + 1));
        break;
      }
      return { mismatch: mismatch(trBoth(SHAPEFILE_TEXT.shxMisplaced, String(i + 1))) };
    }
    if (h.number !== i + 1 && h.type !== 0 && h.type !== shapeType) {
      return { mismatch: mismatch(trBoth(SHAPEFILE_TEXT.shxMisplaced, String(i + 1))) };
    }
    starts.push(at);
  }
  if (!starts.length && !issues.length && v.byteLength > HEADER) {
    return { mismatch: mismatch(SHAPEFILE_TEXT.shxEmpty) };
  }
  return { spans: spansOf(starts, v.byteLength), issues };
}

/**
 * Find the records of a .shp (whose 100-byte header has been checked by the caller).
 *
 * @param shapeType the shape type in the file header; a header found by scanning must have it (or 0).
 * @param shx the layer's .shx, when there is one: then records are read where it says.
 */
export function indexShp(bytes: Uint8Array, shapeType: number, shx?: Uint8Array): ShpIndex {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (shx) {
    const r = fromShx(v, shx, shapeType);
    if (!('mismatch' in r)) return r;
    const s = scan(bytes, v, shapeType);
    return { spans: s.spans, issues: [r.mismatch, ...s.issues] };
  }
  return scan(bytes, v, shapeType);
}
