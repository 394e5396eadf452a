/**
 * Zips whose directory lies about an entry's size, for the zip-bomb tests: a small file whose entry
 * inflates to far more than its headers say. The data stays the real deflate stream; only the size
 * (and, when asked, the CRC) in the local header and the central directory are rewritten.
 */
import { crc32 } from 'node:zlib';

/**
 * A copy of `zip` in which entry `name` declares `size` uncompressed bytes. With `crcOfPrefix`, its
 * CRC becomes that of the first `size` bytes of `real` (the entry's true content), so a reader that
 * inflates into a buffer of the declared size and checks the CRC finds nothing wrong with the
 * truncated result.
 */
export function lyingZip(zip: Uint8Array, name: string, size: number, real?: Uint8Array): Uint8Array {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  let e = out.length - 22;
  while (v.getUint32(e, true) !== 0x06054b50) e--;
  const count = v.getUint16(e + 10, true);
  let o = v.getUint32(e + 16, true);
  for (let i = 0; i < count; i++) {
    const nameLen = v.getUint16(o + 28, true);
    const entryName = new TextDecoder().decode(out.subarray(o + 46, o + 46 + nameLen));
    if (entryName === name) {
      const local = v.getUint32(o + 42, true);
      v.setUint32(o + 24, size, true);
      v.setUint32(local + 22, size, true);
      if (real) {
        const crc = crc32(real.subarray(0, size));
        v.setUint32(o + 16, crc, true);
        v.setUint32(local + 14, crc, true);
      }
      return out;
    }
    o += 46 + nameLen + v.getUint16(o + 30, true) + v.getUint16(o + 32, true);
  }
  throw new Error(`no entry ${name} in the zip`);
}
