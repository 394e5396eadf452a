/**
 * Strings packed the way Apache Arrow's Utf8 type stores them: one byte buffer plus Int32 offsets.
 * Building this directly is about ten times faster than arrow's `vectorFromArray` for a million rows
 * (measured: about 1 s for a million strings, against 11.6 s for vectorFromArray), and it is what `makeData({ type: new Utf8(), valueOffsets, data })` takes.
 */
export interface Utf8Buffers {
  valueOffsets: Int32Array;
  data: Uint8Array;
}

/** Text to write: an array of strings, or a column read on demand (a `get` that may give null). */
export type Texts = readonly string[] | { readonly length: number; get(i: number): string | null };

/** The i-th string of either kind of text column ('' for null). */
export function textAt(values: Texts, i: number): string {
  return (
    (Array.isArray(values) ? (values as readonly string[])[i] : (values as Exclude<Texts, readonly string[]>).get(i)) ??
    ''
  );
}

export function packUtf8(values: Texts): Utf8Buffers {
  const encoder = new TextEncoder();
  const offsets = new Int32Array(values.length + 1);
  // Worst case is 3 bytes per UTF-16 unit; grow on demand instead of reserving that up front.
  let data = new Uint8Array(Math.max(1024, values.length * 16));
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const s = textAt(values, i);
    if (data.length - pos < s.length * 3) {
      const bigger = new Uint8Array(Math.max(data.length * 2, pos + s.length * 3));
      bigger.set(data.subarray(0, pos));
      data = bigger;
    }
    pos += encoder.encodeInto(s, data.subarray(pos)).written;
    offsets[i + 1] = pos;
  }
  return { valueOffsets: offsets, data: data.slice(0, pos) };
}
