/**
 * Rewrites a test .shp/.shx pair (from write-shapefile.ts) the way some real files are: extra bytes
 * after a record, or a record header whose content length undercounts the record's real bytes. The
 * .shx written alongside gives each record's true offset, as the files that need it do. Reads only
 * the writer's own output (record n at the offset its .shx says), never the reader under test.
 */
export interface Respacing {
  /** Bytes inserted after record i (0-based); an even count, as records start on 16-bit words. */
  after?: Record<number, Uint8Array>;
  /** 16-bit words taken off record i's content length in the .shp record header. */
  undercount?: Record<number, number>;
  /** Take the same words off the .shx entry too (otherwise the .shx keeps the true length). */
  undercountShx?: boolean;
}

/** The pair with the record layout changed as asked; file lengths in both headers updated. */
export function respaceShp(shp: Uint8Array, shx: Uint8Array, opts: Respacing): { shp: Uint8Array; shx: Uint8Array } {
  const xv = new DataView(shx.buffer, shx.byteOffset, shx.byteLength);
  const n = (shx.length - 100) / 8;
  const records: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const off = xv.getInt32(100 + 8 * i, false) * 2;
    const len = xv.getInt32(104 + 8 * i, false) * 2;
    records.push(shp.slice(off, off + 8 + len));
  }
  for (const g of Object.values(opts.after ?? {}))
    if (g.length % 2) throw new Error('respaceShp: a gap must be an even number of bytes');
  const extra = (i: number) => opts.after?.[i]?.length ?? 0;
  const total = 100 + records.reduce((s, r, i) => s + r.length + extra(i), 0);
  const outShp = new Uint8Array(total);
  const outShx = shx.slice();
  outShp.set(shp.subarray(0, 100), 0);
  const sv = new DataView(outShp.buffer);
  const ov = new DataView(outShx.buffer);
  sv.setInt32(24, total / 2, false);
  let o = 100;
  records.forEach((r, i) => {
    outShp.set(r, o);
    const words = (r.length - 8) / 2;
    const less = opts.undercount?.[i] ?? 0;
    sv.setInt32(o + 4, words - less, false);
    ov.setInt32(100 + 8 * i, o / 2, false);
    ov.setInt32(104 + 8 * i, opts.undercountShx ? words - less : words, false);
    o += r.length;
    const gap = opts.after?.[i];
    if (gap) {
      outShp.set(gap, o);
      o += gap.length;
    }
  });
  return { shp: outShp, shx: outShx };
}
