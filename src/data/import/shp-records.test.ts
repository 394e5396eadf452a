/**
 * .shp files whose records are not back to back: extra bytes after a record, or a record header
 * whose content length undercounts the record (as in some Natural Earth files). With the .shx each
 * record is read at the offset it gives; without it the reader scans to the next record header.
 * Every shape must come through, through readShapefile and through an import session (folder and zip).
 */
import { zipSync } from 'fflate';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ImportSession } from './prepare.ts';
import { readShapefile } from './shapefile.ts';
import type { ImportFile } from '../common/import-types.ts';
import { encodeUtf8 } from './test-support/gbk.ts';
import { PRJ } from './test-support/prj.ts';
import { respaceShp, type Respacing } from './test-support/respace-shp.ts';
import { writeDbf, writeShp, type TestShape, type XY } from './test-support/write-shapefile.ts';

/** Clockwise squares (Shapefile outer rings), one per record. */
const square = (x: number, y: number): XY[] => [
  [x, y],
  [x, y + 0.1],
  [x + 0.1, y + 0.1],
  [x + 0.1, y],
  [x, y],
];
const ORIGINS: XY[] = [
  [121.1, 29.1],
  [121.3, 29.3],
  [121.5, 29.5],
];
const SHAPES: TestShape[] = ORIGINS.map(([x, y]) => ({ type: 'polygon', parts: [square(x, y)] }));
/** The first vertex of each output ring: GeoJSON reverses the ring, so it is still the origin. */
const FIRST = ORIGINS;

/** 12 bytes that cannot be a record header: a huge content length and an unknown shape type. */
const JUNK = Uint8Array.from({ length: 12 }, () => 0xab);

function files(opts: Respacing, withShx: boolean, base = 'towns'): ImportFile[] {
  const w = writeShp(SHAPES);
  const { shp, shx } = respaceShp(w.shp, w.shx, opts);
  const dbf = writeDbf([{ name: 'NAME', type: 'C', length: 8 }], [['a'], ['b'], ['c']], encodeUtf8);
  const out: ImportFile[] = [
    { name: `${base}.shp`, bytes: shp },
    { name: `${base}.dbf`, bytes: dbf },
    { name: `${base}.prj`, bytes: encodeUtf8(PRJ.wgs84) },
  ];
  if (withShx) out.push({ name: `${base}.shx`, bytes: shx });
  return out;
}

const firstVertices = (fs: { geometry: unknown }[]) =>
  fs.map((f) => (f.geometry as Polygon | null)?.coordinates[0][0] ?? null);

const LAYOUTS: Record<string, Respacing> = {
  'junk after record 1, zero padding after record 2': { after: { 0: JUNK, 1: new Uint8Array(6) } },
  'record 2 content length 8 words short in the .shp only': { undercount: { 1: 8 } },
  'record 2 content length 8 words short in .shp and .shx': { undercount: { 1: 8 }, undercountShx: true },
  'record 1 short and junk after record 2': { undercount: { 0: 4 }, after: { 1: JUNK } },
  // The last record: no header follows, so its own counts must tell an undercount from a truncated file.
  'record 3 (the last) content length 8 words short in the .shp only': { undercount: { 2: 8 } },
};

describe('readShapefile: records that are not back to back', () => {
  it.each(Object.entries(LAYOUTS))('%s, with the .shx: every shape, nothing to report', (_, opts) => {
    const layer = readShapefile(files(opts, true));
    expect(firstVertices(layer.features)).toEqual(FIRST);
    expect(layer.features.map((f) => f.properties.NAME)).toEqual(['a', 'b', 'c']);
    expect(layer.issues).toEqual([]);
  });

  it.each(Object.entries(LAYOUTS))('%s, no .shx: every shape found by scanning', (_, opts) => {
    const layer = readShapefile(files(opts, false));
    expect(firstVertices(layer.features)).toEqual(FIRST);
    expect(layer.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('without the .shx a gap is reported as a warning naming the record after it', () => {
    const layer = readShapefile(files({ after: { 0: JUNK } }, false));
    const w = layer.issues.find((i) => i.column === 'geometry' && i.severity === 'warning');
    expect(w?.row).toBe(2);
    expect(w?.reason.en).toMatch(/12 extra bytes before record 2/);
    expect(w?.reason.zh).toMatch(/第 2 条记录前有 12 个多余字节/);
  });

  it('a file truncated inside the last record is still reported as truncated, with or without the .shx', () => {
    for (const withShx of [true, false]) {
      const fs = files({ after: { 0: JUNK } }, withShx);
      fs[0] = { ...fs[0], bytes: fs[0].bytes.subarray(0, fs[0].bytes.length - 40) };
      const layer = readShapefile(fs);
      expect(firstVertices(layer.features)).toEqual([FIRST[0], FIRST[1]]);
      expect(layer.issues.some((i) => i.severity === 'error' && /ends inside record 3/.test(i.reason.en))).toBe(true);
    }
  });

  it('a .shx that does not belong to the .shp is not trusted: scanned instead, with a warning', () => {
    const fs = files({ after: { 0: JUNK } }, true);
    const shx = fs[3].bytes.slice();
    new DataView(shx.buffer).setInt32(108, 57, false); // record 2's offset now points into record 1
    fs[3] = { ...fs[3], bytes: shx };
    const layer = readShapefile(fs);
    expect(firstVertices(layer.features)).toEqual(FIRST);
    expect(layer.issues.some((i) => /\.shx does not match/.test(i.reason.en))).toBe(true);
  });
});

describe('the .shx reaches the reader in an import session (data folder and zip)', () => {
  // Without the .shx the gap is read by scanning and reported; with it nothing needs saying.
  const gapWarnings = (s: ImportSession) =>
    s.layer(0)!.issues.filter((i) => /extra bytes before record/.test(i.reason.en));

  it('separate files', () => {
    const withShx = new ImportSession(files({ after: { 0: JUNK } }, true));
    expect(firstVertices(withShx.layer(0)!.features)).toEqual(FIRST);
    expect(gapWarnings(withShx)).toEqual([]);
    const without = new ImportSession(files({ after: { 0: JUNK } }, false));
    expect(firstVertices(without.layer(0)!.features)).toEqual(FIRST);
    expect(gapWarnings(without)).toHaveLength(1);
  });

  it('a zip with the layer in a folder', () => {
    const zip = zipSync(
      Object.fromEntries(files({ after: { 0: JUNK } }, true, '镇街').map((f) => [`数据/${f.name}`, f.bytes])),
    );
    const s = new ImportSession([{ name: 'layers.zip', bytes: zip }]);
    expect(s.summaries()[0].name).toBe('layers.zip/数据/镇街.shp');
    expect(firstVertices(s.layer(0)!.features)).toEqual(FIRST);
    expect(gapWarnings(s)).toEqual([]);
  });
});
