/**
 * Unpacking a `.zip` the user dropped (typically a zipped Shapefile) into ImportFiles.
 *
 * The central directory is read here rather than by fflate's `unzipSync`, because unzipSync
 * (a) decodes names without the UTF-8 flag as Latin-1, while Windows zips store GBK names that way,
 * (b) does not check header signatures, so a damaged directory yields garbage names silently, and
 * (c) cannot see the encryption flag. fflate still does the inflating (inflate-bounded.ts), into
 * a buffer of the declared size; data that inflates past it is refused, not cut to fit. Every entry
 * is held to the size limit of a file of its kind on its own (limits.ts), by its declared size,
 * before anything is inflated, so a 1.3 GB CSV in a small zip is refused at once with its size.
 */
import { trBoth } from '../../domain/text.ts';
import { inflateBounded, partLarger, partTooBig, type Container } from './inflate-bounded.ts';
import { firstOverLimit, limitFor } from './limits.ts';
import { ImportError, type ImportFile } from '../common/import-types.ts';
import { ZIP_TEXT } from './zip-strings.ts';

/** Refuse archives that would unpack to more than this (zip bombs, or simply too big for a tab). */
export const MAX_UNZIPPED_BYTES = 1.5 * 1024 ** 3;
/** Refuse archives with more entries than this. */
export const MAX_ZIP_ENTRIES = 10000;

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/**
 * Entry name bytes -> text. With general-purpose flag bit 11 the name is UTF-8 by definition;
 * without it, zips from macOS/Linux are UTF-8 anyway and zips from Chinese Windows are GBK, so
 * strict UTF-8 first, then GB18030 (a superset of GBK; the label browsers and Node agree on).
 */
export function decodeZipName(raw: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder().decode(raw);
  try {
    return utf8Fatal.decode(raw);
  } catch {
    return gb18030.decode(raw);
  }
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crc32(b: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** One file of a zip as its central directory describes it (sizes as declared, not as found). */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** Find the end-of-central-directory record (it is followed by a comment of at most 65535 bytes). */
function findEocd(v: DataView): number {
  const stop = Math.max(0, v.byteLength - 22 - 65535);
  for (let e = v.byteLength - 22; e >= stop; e--) if (v.getUint32(e, true) === 0x06054b50) return e;
  return -1;
}

/**
 * Every entry of a zip's central directory (zip64 included), without inflating anything.
 *
 * @param file the zip's own name, for error messages.
 * @throws ImportError for a file that is not a zip, a damaged directory, or more than MAX_ZIP_ENTRIES entries.
 */
export function listZip(file: string, bytes: Uint8Array): ZipEntry[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const e = bytes.length >= 22 ? findEocd(v) : -1;
  if (e < 0) throw new ImportError(file, ZIP_TEXT.notZip);
  let count = v.getUint16(e + 10, true);
  let cd = v.getUint32(e + 16, true);
  // Zip64: the real count and offset live in the zip64 end record, found through its locator.
  if ((count === 0xffff || cd === 0xffffffff) && e >= 20 && v.getUint32(e - 20, true) === 0x07064b50) {
    const z = Number(v.getBigUint64(e - 12, true));
    if (z + 56 > bytes.length || v.getUint32(z, true) !== 0x06064b50) throw new ImportError(file, ZIP_TEXT.notZip);
    count = Number(v.getBigUint64(z + 32, true));
    cd = Number(v.getBigUint64(z + 48, true));
  }
  if (count > MAX_ZIP_ENTRIES) {
    throw new ImportError(file, trBoth(ZIP_TEXT.tooManyEntries, String(count), String(MAX_ZIP_ENTRIES)));
  }
  const entries: ZipEntry[] = [];
  let o = cd;
  for (let i = 0; i < count; i++) {
    if (o + 46 > bytes.length || v.getUint32(o, true) !== 0x02014b50) throw new ImportError(file, ZIP_TEXT.notZip);
    const flags = v.getUint16(o + 8, true);
    const nameLen = v.getUint16(o + 28, true);
    const extraLen = v.getUint16(o + 30, true);
    const commentLen = v.getUint16(o + 32, true);
    if (o + 46 + nameLen + extraLen > bytes.length) throw new ImportError(file, ZIP_TEXT.notZip);
    const ent: ZipEntry = {
      // Some Windows tools write '\' as the path separator, against the spec.
      name: decodeZipName(bytes.subarray(o + 46, o + 46 + nameLen), (flags & 0x800) !== 0).replace(/\\/g, '/'),
      flags,
      method: v.getUint16(o + 10, true),
      crc: v.getUint32(o + 16, true),
      compressed: v.getUint32(o + 20, true),
      size: v.getUint32(o + 24, true),
      offset: v.getUint32(o + 42, true),
    };
    readZip64Extra(v, o + 46 + nameLen, extraLen, ent);
    entries.push(ent);
    o += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Replace 0xFFFFFFFF sizes/offset by the values in the zip64 extra field (id 1), in order. */
function readZip64Extra(v: DataView, start: number, len: number, ent: ZipEntry): void {
  for (let p = start; p + 4 <= start + len;) {
    const id = v.getUint16(p, true);
    const size = v.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        const n = q + 8 <= p + 4 + size ? Number(v.getBigUint64(q, true)) : NaN;
        q += 8;
        return n;
      };
      if (ent.size === 0xffffffff) ent.size = next();
      if (ent.compressed === 0xffffffff) ent.compressed = next();
      if (ent.offset === 0xffffffff) ent.offset = next();
      return;
    }
    p += 4 + size;
  }
}

/**
 * An entry's stored (compressed) bytes, found through its local header.
 *
 * @throws ImportError when the local header is missing or the data runs past the end of the zip.
 */
export function entryData(file: string, bytes: Uint8Array, en: ZipEntry): Uint8Array {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const o = en.offset;
  if (o + 30 > bytes.length || v.getUint32(o, true) !== 0x04034b50) throw new ImportError(file, ZIP_TEXT.notZip);
  const start = o + 30 + v.getUint16(o + 26, true) + v.getUint16(o + 28, true);
  if (start + en.compressed > bytes.length) throw new ImportError(file, ZIP_TEXT.notZip);
  return bytes.subarray(start, start + en.compressed);
}

/** A zip as the messages about its entries' sizes name it. */
const inZip = (file: string): Container => ({
  where: trBoth(ZIP_TEXT.inZip, file),
  directory: ZIP_TEXT.zipDirectory,
  each: ZIP_TEXT.eachFile,
  advice: ZIP_TEXT.splitAdvice,
  damaged: ZIP_TEXT.damagedNotImported,
});

/**
 * A deflated entry's content, in one pass capped at the size limit of a file of its kind: what
 * fits the declared size is kept, and data that runs past it is only counted on, up to that limit,
 * to tell the user how big it really is.
 */
function inflateEntry(file: string, en: ZipEntry, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(en.size);
  const cap = limitFor(en.name);
  let size: number;
  try {
    size = inflateBounded(data, cap, (piece, at) => {
      if (at < en.size) out.set(at + piece.length <= en.size ? piece : piece.subarray(0, en.size - at), at);
    });
  } catch {
    throw new ImportError(file, ZIP_TEXT.notZip);
  }
  if (size > en.size) throw new ImportError(file, partLarger(inZip(file), en.name, en.size, size, cap));
  // Shorter than declared: the length check of the caller calls it damaged.
  return size === en.size ? out : out.subarray(0, size);
}

const skipped = (name: string) => name.endsWith('/') || /(^|\/)__MACOSX\//.test(name) || /(^|\/)\._/.test(name);

/**
 * Unpack every file of a zip (directories, `__MACOSX/` and AppleDouble `._*` entries skipped).
 *
 * @param file the zip's own name, for error messages.
 * @throws ImportError for a file that is not a zip, a truncated or damaged zip, an encrypted entry,
 *   an unsupported compression method, more than MAX_ZIP_ENTRIES entries, more than
 *   MAX_UNZIPPED_BYTES in total, an entry above the size limit of its kind (limitFor), or an entry
 *   whose data inflates to more than it declares.
 */
export function unzipFiles(file: string, bytes: Uint8Array): ImportFile[] {
  const entries = listZip(file, bytes).filter((en) => !skipped(en.name));
  let total = 0;
  for (const en of entries) total += en.size;
  if (!(total <= MAX_UNZIPPED_BYTES)) {
    const gb = (total / 1024 ** 3).toFixed(1);
    throw new ImportError(file, trBoth(ZIP_TEXT.tooBigUnpacked, gb));
  }
  const big = firstOverLimit(entries);
  if (big) throw new ImportError(file, partTooBig(inZip(file), big.file, big.size, big.limit));
  const out: ImportFile[] = [];
  for (const en of entries) {
    if (en.flags & 1) {
      throw new ImportError(file, trBoth(ZIP_TEXT.encrypted, en.name));
    }
    const data = entryData(file, bytes, en);
    let content: Uint8Array;
    if (en.method === 0) {
      if (data.length > en.size)
        throw new ImportError(file, partLarger(inZip(file), en.name, en.size, data.length, Infinity));
      content = data.slice();
    } else if (en.method === 8) {
      content = inflateEntry(file, en, data);
    } else {
      throw new ImportError(file, trBoth(ZIP_TEXT.unsupportedMethod, en.name, String(en.method)));
    }
    if (content.length !== en.size || crc32(content) !== en.crc) throw new ImportError(file, ZIP_TEXT.notZip);
    out.push({ name: en.name, bytes: content });
  }
  return out;
}
