/**
 * A dBase III/IV (.dbf) reader for Shapefile attribute tables, written by hand because the npm
 * readers decode text as Latin-1 or ignore the code page, and Chinese bureaus' tables are GBK as
 * often as UTF-8. Encoding, in order: the `.cpg` file (cpg.ts), the language driver byte (offset 29),
 * else detection over all text (strict UTF-8, else GB18030). No silent mojibake where it can be
 * told: text that does not decode in the chosen encoding is reported in `warnings`, and so is GBK
 * chosen by guess for text that is not all GB2312 hanzi and symbols. Pure TypeScript.
 */
import { trBoth, type Text } from '../../domain/text.ts';
import { SHAPEFILE_TEXT } from './shapefile-strings.ts';
import { encodingFromCpg } from './cpg.ts';
import { ImportError } from '../common/import-types.ts';

/** One column of the table. */
export interface DbfField {
  name: string;
  /** dBase type letter: C (text), N / F (number), L (logical), D (date), I / O / B (binary numbers). */
  type: string;
  length: number;
  decimals: number;
}

/** The table as read. */
export interface DbfTable {
  fields: DbfField[];
  /** One object per record that is not marked deleted, keyed by field name. */
  records: Record<string, unknown>[];
  /** For each entry of `records`, its 0-based position in the file (deleted records are skipped). */
  recordIndex: number[];
  /** Records in the file, deleted ones included (the Shapefile's shapes line up with these). */
  recordCount: number;
  /** TextDecoder label used for text and field names, and how it was chosen. */
  encoding: { label: string; source: 'cpg' | 'ldid' | 'detected' };
  warnings: Text[];
}

/** Language driver IDs (ArcGIS's table) that name a CJK code page; others are not trusted. */
const LDID: Readonly<Record<number, string>> = {
  0x4d: 'gb18030',
  0x7a: 'gb18030',
  0x4f: 'big5',
  0x78: 'big5',
  0x4e: 'euc-kr',
  0x79: 'euc-kr',
  0x13: 'shift_jis',
  0x7b: 'shift_jis',
};

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
const gbFatal = new TextDecoder('gb18030', { fatal: true });

/** Drop trailing spaces/NULs, and a multi-byte character cut off by the field width. */
function trimBytes(b: Uint8Array, label: string): { b: Uint8Array; cut: boolean } {
  let n = b.length;
  while (n > 0 && (b[n - 1] === 0x20 || b[n - 1] === 0)) n--;
  let end = n;
  if (label === 'utf-8') {
    let j = n - 1;
    while (j >= 0 && j > n - 4 && (b[j] & 0xc0) === 0x80) j--;
    if (j >= 0 && b[j] >= 0xc0) {
      const need = b[j] >= 0xf0 ? 4 : b[j] >= 0xe0 ? 3 : 2;
      if (n - j < need) end = j;
    }
  } else if (label === 'gb18030') {
    // Walk the characters (1, 2 or 4 bytes); one that runs past the end was cut by the field width.
    let i = 0;
    let start = 0;
    while (i < n) {
      start = i;
      if (b[i] < 0x80) i++;
      else if (i + 1 < n && b[i + 1] >= 0x30 && b[i + 1] <= 0x39) i += 4;
      else i += 2;
    }
    if (i > n) end = start;
  }
  return { b: b.subarray(0, end), cut: end !== n };
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) return false;
  return true;
}

/**
 * Whether text read as GBK keeps to GB2312's hanzi and symbol area: every two-byte character with a
 * lead byte in 0xA1-0xF7 and a trail byte from 0xA1 (no GBK extension, no four-byte GB18030).
 * Ordinary Chinese names do; other code pages' text read as GBK seldom does: Latin-1 "México" pairs
 * é (E9) with the ASCII letter after it (78), Big5's 台 is A5 78.
 */
function inGb2312(b: Uint8Array): boolean {
  for (let i = 0; i < b.length;) {
    if (b[i] < 0x80) {
      i++;
      continue;
    }
    if (b[i] < 0xa1 || b[i] > 0xf7 || i + 1 >= b.length || b[i + 1] < 0xa1) return false;
    i += 2;
  }
  return true;
}

/**
 * Strict detection over every text value and field name: UTF-8, else GB18030. `ascii` when every
 * value is plain ASCII, which reads the same in any code page this reader knows; `gb2312` when the
 * text read as GBK keeps to GB2312's hanzi and symbols (inGb2312).
 */
function detect(texts: Uint8Array[]): { label: string; clean: boolean; ascii: boolean; gb2312: boolean } {
  let utf8 = true;
  let gb = true;
  let ascii = true;
  let gb2312 = true;
  for (const raw of texts) {
    if (isAscii(raw)) continue;
    ascii = false;
    if (gb2312 && !inGb2312(trimBytes(raw, 'gb18030').b)) gb2312 = false;
    if (utf8) {
      try {
        utf8Fatal.decode(trimBytes(raw, 'utf-8').b);
      } catch {
        utf8 = false;
      }
    }
    if (gb) {
      try {
        gbFatal.decode(trimBytes(raw, 'gb18030').b);
      } catch {
        gb = false;
      }
    }
    if (!utf8 && !gb) break;
  }
  return utf8 ? { label: 'utf-8', clean: true, ascii, gb2312 } : { label: 'gb18030', clean: gb, ascii, gb2312 };
}

/**
 * Said when GBK was a guess and the text gives reason to doubt it. Latin-1, Central European or
 * Big5 text is mostly valid GB18030 too, so it decodes without a single U+FFFD into the wrong
 * characters ("México" -> "M閤ico"): only the user can tell, and only a .cpg makes the next read
 * right. But nearly every Chinese Shapefile without a .cpg is GBK, and a warning on each would
 * teach users to skip it: text that keeps to GB2312's hanzi and symbols (inGb2312) is not doubted.
 * (Nor is text that passes strict UTF-8: other encodings' non-ASCII text practically never does.)
 */
const GUESSED_GBK = SHAPEFILE_TEXT.guessedGbk;

const latin1 = (b: Uint8Array) => String.fromCharCode(...b);

function dateValue(s: string): string | null {
  if (!s || /^0+$/.test(s)) return null;
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * Read a .dbf table.
 *
 * @param cpg the text of the matching `.cpg`, when there is one.
 * @throws ImportError when the bytes are not a dBase III/IV table.
 */
export function readDbf(file: string, bytes: Uint8Array, cpg?: string): DbfTable {
  const warnings: Text[] = [];
  if (bytes.length < 33) throw new ImportError(file, SHAPEFILE_TEXT.dbfTooShort);
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if ((bytes[0] & 0x07) === 4) throw new ImportError(file, SHAPEFILE_TEXT.dbf7);
  const declared = v.getUint32(4, true);
  const headerLen = v.getUint16(8, true);
  const recordLen = v.getUint16(10, true);
  if (headerLen < 33 || recordLen < 1 || headerLen > bytes.length) {
    throw new ImportError(file, SHAPEFILE_TEXT.dbfBadHeader);
  }
  const raw: { name: Uint8Array; type: string; length: number; decimals: number; offset: number }[] = [];
  let offset = 1;
  for (let p = 32; p + 32 <= headerLen && bytes[p] !== 0x0d; p += 32) {
    let e = p;
    while (e < p + 11 && bytes[e] !== 0) e++;
    const f = {
      name: bytes.subarray(p, e),
      type: String.fromCharCode(bytes[p + 11]).toUpperCase(),
      length: bytes[p + 16],
      decimals: bytes[p + 17],
      offset,
    };
    if (f.type === 'C') f.length += bytes[p + 17] << 8; // FoxPro/Clipper: text widths over 255 use the decimals byte
    offset += f.length;
    if (offset > recordLen + 1) {
      warnings.push(SHAPEFILE_TEXT.fieldsPastRecord);
      break;
    }
    raw.push(f);
  }
  const available = Math.floor((bytes.length - headerLen) / recordLen);
  let count = Math.min(declared, available);
  if (available < declared) {
    warnings.push(trBoth(SHAPEFILE_TEXT.dbfTruncated, String(declared), String(available)));
  }
  const rec = (i: number) => headerLen + i * recordLen;
  for (let i = 0; i < count; i++) if (bytes[rec(i)] === 0x1a) count = i; // EOF marker ends the table early

  const textFields = raw.filter((f) => f.type === 'C');
  const texts = (): Uint8Array[] => {
    const out = raw.map((f) => f.name);
    for (let i = 0; i < count; i++)
      for (const f of textFields) out.push(bytes.subarray(rec(i) + f.offset, rec(i) + f.offset + f.length));
    return out;
  };
  let label: string | undefined;
  let source: DbfTable['encoding']['source'] = 'detected';
  if (cpg !== undefined) {
    label = encodingFromCpg(cpg);
    if (label) source = 'cpg';
    else warnings.push(trBoth(SHAPEFILE_TEXT.cpgUnknown, cpg.trim()));
  }
  if (!label && LDID[bytes[29]]) [label, source] = [LDID[bytes[29]], 'ldid'];
  if (!label) {
    const d = detect(texts());
    label = d.label;
    if (!d.clean) warnings.push(SHAPEFILE_TEXT.notUtf8NorGbk);
    if (label === 'gb18030' && !d.ascii && !(d.clean && d.gb2312)) warnings.push(GUESSED_GBK);
  } else if (label === 'utf-8' || label === 'gb18030') {
    // A declared encoding the text does not fit: prefer the one it does fit, and say so.
    const d = detect(texts());
    if (d.label !== label && (d.label === 'utf-8' || d.clean)) {
      warnings.push(
        trBoth(
          SHAPEFILE_TEXT.encodingMismatch,
          label,
          source === 'cpg' ? '.cpg' : SHAPEFILE_TEXT.languageDriverByte,
          d.label,
        ),
      );
      [label, source] = [d.label, 'detected'];
    }
  }
  const dec = new TextDecoder(label);
  let cut = 0;
  let replaced = 0;
  let badNumbers = 0;
  const text = (b: Uint8Array): string => {
    const t = trimBytes(b, label);
    if (t.cut) cut++;
    const s = dec.decode(t.b).trim();
    if (s.includes('\uFFFD')) replaced++;
    return s;
  };

  const seen = new Set<string>();
  const fields: DbfField[] = [];
  const names: string[] = [];
  const readable = raw.filter((f) => f.type !== 'M' && f.type !== 'G' && f.type !== 'P');
  if (readable.length < raw.length) warnings.push(SHAPEFILE_TEXT.memoSkipped);
  for (const [i, f] of readable.entries()) {
    let name = text(f.name) || `FIELD${i + 1}`;
    for (let k = 2; seen.has(name); k++) name = `${text(f.name) || 'FIELD'}_${k}`;
    seen.add(name);
    names.push(name);
    fields.push({ name, type: f.type, length: f.length, decimals: f.decimals });
  }
  const records: Record<string, unknown>[] = [];
  const recordIndex: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = rec(i);
    if (bytes[r] === 0x2a) continue; // '*': deleted
    const out: Record<string, unknown> = {};
    for (const [j, f] of readable.entries()) {
      const b = bytes.subarray(r + f.offset, r + f.offset + f.length);
      let val: unknown = null;
      if (f.type === 'C') val = text(b);
      else if (f.type === 'N' || f.type === 'F') {
        const s = latin1(b).trim();
        if (s && !/^[*?]+$/.test(s)) {
          const n = Number(s);
          if (Number.isFinite(n)) val = n;
          else badNumbers++;
        }
      } else if (f.type === 'L') {
        const c = latin1(b).trim().toUpperCase();
        val = 'TY'.includes(c) && c ? true : 'FN'.includes(c) && c ? false : null;
      } else if (f.type === 'D') val = dateValue(latin1(b).trim());
      else if (f.type === 'I' && f.length === 4) val = v.getInt32(r + f.offset, true);
      else if ((f.type === 'O' || f.type === 'B') && f.length === 8) val = v.getFloat64(r + f.offset, true);
      else val = latin1(b).trim() || null;
      out[names[j]] = val;
    }
    records.push(out);
    recordIndex.push(i);
  }
  if (replaced) {
    warnings.push(trBoth(SHAPEFILE_TEXT.undecodable, String(replaced), label));
  }
  if (cut) warnings.push(trBoth(SHAPEFILE_TEXT.cutMidCharacter, String(cut)));
  if (badNumbers) warnings.push(trBoth(SHAPEFILE_TEXT.badNumbers, String(badNumbers)));
  return { fields, records, recordIndex, recordCount: count, encoding: { label, source }, warnings };
}
