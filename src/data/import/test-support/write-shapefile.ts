/**
 * Writers for test Shapefiles, dBase tables and zips, written from the format specifications
 * (ESRI Shapefile Technical Description 1998; dBase III+ file structure; PKWARE APPNOTE 6.3) and
 * sharing no code with the readers under test. Byte order as the specs say: the .shp/.shx file
 * header's code and length and each record header are big-endian, everything else little-endian.
 */
export type XY = [number, number];
export type TestShape =
  | { type: 'null' }
  | { type: 'point'; at: XY }
  | { type: 'multipoint'; points: XY[] }
  | { type: 'polyline' | 'polygon'; parts: XY[][]; z?: boolean; m?: boolean };

const BASE_TYPE = { null: 0, point: 1, polyline: 3, polygon: 5, multipoint: 8 } as const;

function shapeTypeOf(s: TestShape): number {
  const t = BASE_TYPE[s.type];
  if (s.type === 'polyline' || s.type === 'polygon') return t + (s.z ? 10 : s.m ? 20 : 0);
  return t;
}

function bboxOf(points: XY[]): [number, number, number, number] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return points.length ? [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] : [0, 0, 0, 0];
}

function content(s: TestShape): Uint8Array {
  const type = shapeTypeOf(s);
  if (s.type === 'null') return new Uint8Array(4);
  if (s.type === 'point') {
    const b = new DataView(new ArrayBuffer(20));
    b.setInt32(0, type, true);
    b.setFloat64(4, s.at[0], true);
    b.setFloat64(12, s.at[1], true);
    return new Uint8Array(b.buffer);
  }
  const parts = s.type === 'multipoint' ? [s.points] : s.parts;
  const pts = parts.flat();
  const head = s.type === 'multipoint' ? 40 : 44 + 4 * parts.length;
  const zm = s.type !== 'multipoint' && s.z ? 2 : s.type !== 'multipoint' && s.m ? 1 : 0;
  const len = head + 16 * pts.length + zm * (16 + 8 * pts.length);
  const b = new DataView(new ArrayBuffer(len));
  b.setInt32(0, type, true);
  bboxOf(pts).forEach((v, i) => b.setFloat64(4 + 8 * i, v, true));
  if (s.type === 'multipoint') b.setInt32(36, pts.length, true);
  else {
    b.setInt32(36, parts.length, true);
    b.setInt32(40, pts.length, true);
    let start = 0;
    parts.forEach((p, i) => {
      b.setInt32(44 + 4 * i, start, true);
      start += p.length;
    });
  }
  pts.forEach((p, i) => {
    b.setFloat64(head + 16 * i, p[0], true);
    b.setFloat64(head + 16 * i + 8, p[1], true);
  });
  // Z (and M) ranges and arrays: values 7 / 9 so a reader that mistakes them for x/y would show it.
  let o = head + 16 * pts.length;
  for (let k = 0; k < zm; k++) {
    b.setFloat64(o, 7, true);
    b.setFloat64(o + 8, 9, true);
    o += 16;
    for (let i = 0; i < pts.length; i++, o += 8) b.setFloat64(o, 7 + k, true);
  }
  return new Uint8Array(b.buffer);
}

function header(fileType: number, byteLength: number, points: XY[]): DataView {
  const h = new DataView(new ArrayBuffer(100));
  h.setInt32(0, 9994, false);
  h.setInt32(24, byteLength / 2, false);
  h.setInt32(28, 1000, true);
  h.setInt32(32, fileType, true);
  bboxOf(points).forEach((v, i) => h.setFloat64(36 + 8 * i, v, true));
  return h;
}

/** A .shp and its .shx for these shapes. */
export function writeShp(
  shapes: TestShape[],
  fileType = shapes.map(shapeTypeOf).find((t) => t !== 0) ?? 0,
): { shp: Uint8Array; shx: Uint8Array } {
  const contents = shapes.map(content);
  const all: XY[] = shapes.flatMap((s) =>
    s.type === 'point' ? [s.at] : s.type === 'multipoint' ? s.points : s.type === 'null' ? [] : s.parts.flat(),
  );
  const shpLen = 100 + contents.reduce((n, c) => n + 8 + c.length, 0);
  const shp = new Uint8Array(shpLen);
  shp.set(new Uint8Array(header(fileType, shpLen, all).buffer), 0);
  const shx = new Uint8Array(100 + 8 * shapes.length);
  shx.set(new Uint8Array(header(fileType, shx.length, all).buffer), 0);
  const sv = new DataView(shp.buffer);
  const xv = new DataView(shx.buffer);
  let o = 100;
  contents.forEach((c, i) => {
    sv.setInt32(o, i + 1, false);
    sv.setInt32(o + 4, c.length / 2, false);
    shp.set(c, o + 8);
    xv.setInt32(100 + 8 * i, o / 2, false);
    xv.setInt32(104 + 8 * i, c.length / 2, false);
    o += 8 + c.length;
  });
  return { shp, shx };
}

export interface TestField {
  name: string;
  type: 'C' | 'N' | 'F' | 'L' | 'D' | 'M';
  length: number;
  decimals?: number;
}
export type TestRecord = unknown[] | { deleted: true; values: unknown[] };

/** A dBase III table; text and field names encoded with `encode` (GBK or UTF-8 bytes). */
export function writeDbf(
  fields: TestField[],
  records: TestRecord[],
  encode: (s: string) => Uint8Array,
  ldid = 0,
): Uint8Array {
  const headerLen = 32 + 32 * fields.length + 1;
  const recordLen = 1 + fields.reduce((n, f) => n + f.length, 0);
  const out = new Uint8Array(headerLen + recordLen * records.length + 1);
  const v = new DataView(out.buffer);
  out[0] = 0x03;
  out.set([124, 5, 17], 1); // last update 2024-05-17
  v.setUint32(4, records.length, true);
  v.setUint16(8, headerLen, true);
  v.setUint16(10, recordLen, true);
  out[29] = ldid;
  fields.forEach((f, i) => {
    const p = 32 + 32 * i;
    out.set(encode(f.name).subarray(0, 11), p);
    out[p + 11] = f.type.charCodeAt(0);
    out[p + 16] = f.length;
    out[p + 17] = f.decimals ?? 0;
  });
  out[headerLen - 1] = 0x0d;
  const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
  records.forEach((r, i) => {
    const deleted = !Array.isArray(r);
    const values = Array.isArray(r) ? r : r.values;
    let p = headerLen + recordLen * i;
    out[p++] = deleted ? 0x2a : 0x20;
    fields.forEach((f, j) => {
      const val = values[j];
      const cell = new Uint8Array(f.length).fill(0x20);
      if (f.type === 'C' && val != null) cell.set(encode(String(val)).subarray(0, f.length));
      else if ((f.type === 'N' || f.type === 'F') && val != null) {
        const s = typeof val === 'number' ? val.toFixed(f.decimals ?? 0) : String(val);
        cell.set(ascii(s.padStart(f.length)).subarray(0, f.length));
      } else if (f.type === 'L') cell[0] = val === true ? 0x54 : val === false ? 0x46 : 0x3f;
      else if (f.type === 'D' && val != null) cell.set(ascii(String(val)));
      out.set(cell, p);
      p += f.length;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

/** CRC-32 (IEEE), bit by bit: deliberately not the table-driven code of the reader. */
function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  /** The name exactly as stored (e.g. GBK bytes from a Chinese Windows zip tool). */
  name: Uint8Array;
  data: Uint8Array;
  /** General-purpose flags: bit 11 = names are UTF-8, bit 0 = encrypted. */
  flags?: number;
  /** Override the uncompressed size written in the central directory (zip-bomb tests). */
  declaredSize?: number;
}

/** A zip of stored (uncompressed) entries, with a central directory and end record. */
export function writeZipStored(entries: ZipEntry[], declaredCount = entries.length): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const crc = crc32(e.data);
    const l = new DataView(new ArrayBuffer(30 + e.name.length));
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, e.flags ?? 0, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, e.data.length, true);
    l.setUint32(22, e.data.length, true);
    l.setUint16(26, e.name.length, true);
    new Uint8Array(l.buffer).set(e.name, 30);
    locals.push(new Uint8Array(l.buffer), e.data);
    const c = new DataView(new ArrayBuffer(46 + e.name.length));
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, e.flags ?? 0, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, e.data.length, true);
    c.setUint32(24, e.declaredSize ?? e.data.length, true);
    c.setUint16(28, e.name.length, true);
    c.setUint32(42, offset, true);
    new Uint8Array(c.buffer).set(e.name, 46);
    centrals.push(new Uint8Array(c.buffer));
    offset += 30 + e.name.length + e.data.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, declaredCount & 0xffff, true);
  end.setUint16(10, declaredCount & 0xffff, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
