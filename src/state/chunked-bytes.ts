/**
 * Cutting a file's bytes into pieces small enough for one IndexedDB record each, and putting them
 * back together. Chromium refuses a record whose serialized value is over 133,169,152 bytes, so an
 * imported district of a few hundred megabytes is kept as many records (src/state/saved-datasets.ts).
 * Pure: no storage here, so the cutting and joining are tested byte for byte in Node.
 */

/**
 * Most bytes one piece holds: half of Chromium's limit on one record, which leaves room for the
 * record's other fields and for a browser whose limit is lower.
 */
export const CHUNK_BYTES = 64 * 1024 * 1024;

/** How many pieces `length` bytes make (0 for an empty file). */
export const chunkCount = (length: number, size = CHUNK_BYTES): number => Math.ceil(length / size);

/**
 * A view that owns its whole buffer. IndexedDB stores a typed array by copying its entire buffer, so
 * a small view into a large buffer would be stored at the buffer's size: such a view is copied.
 */
export function owned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/**
 * `bytes` in pieces of at most `size` bytes, in order, each owning its buffer. A generator, so a saver
 * holds one copied piece at a time rather than a second copy of the whole file.
 */
export function* chunksOf(bytes: Uint8Array, size = CHUNK_BYTES): Generator<Uint8Array> {
  if (!(size > 0)) throw new RangeError(`chunk size ${size} is not positive`);
  // A file that is one piece already needs no copy unless it is a view into something larger.
  if (bytes.length <= size) {
    if (bytes.length > 0) yield owned(bytes);
    return;
  }
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, Math.min(at + size, bytes.length));
}

/**
 * The file of `length` bytes the pieces make, in the order given. Throws when they do not add up to
 * it (a piece lost or left over), so a damaged record is told apart from a short file.
 */
export function joinChunks(length: number, chunks: readonly Uint8Array[]): Uint8Array {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  if (total !== length) throw new RangeError(`the pieces hold ${total} bytes where ${length} were stored`);
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
