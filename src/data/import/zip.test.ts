import { importError } from './test-support/import-error.ts';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../common/import-types.ts';
import { encodeGbk, encodeUtf8 } from './test-support/gbk.ts';
import { writeZipStored } from './test-support/write-shapefile.ts';
import { unzipFiles } from './zip.ts';
import { lyingZip } from './test-support/lying-zip.ts';

const bytes = (s: string) => encodeUtf8(s);

describe('unzipFiles', () => {
  it('unpacks deflated entries, skipping directories, __MACOSX and ._ files', () => {
    const zip = zipSync({
      'layer/a.shp': new Uint8Array(5000).fill(7),
      'layer/a.dbf': bytes('hello'),
      'layer/': new Uint8Array(0),
      '__MACOSX/layer/._a.shp': bytes('junk'),
      'layer/._a.dbf': bytes('junk'),
    });
    const files = unzipFiles('x.zip', zip);
    expect(files.map((f) => f.name)).toEqual(['layer/a.shp', 'layer/a.dbf']);
    expect(files[0].bytes.length).toBe(5000);
    expect(files[0].bytes.every((b) => b === 7)).toBe(true);
    expect(new TextDecoder().decode(files[1].bytes)).toBe('hello');
  });

  it('decodes GBK names stored without the UTF-8 flag (Windows zip tools)', () => {
    const zip = writeZipStored([
      { name: encodeGbk('宁波/海曙区.shp'), data: bytes('s') },
      { name: encodeGbk('宁波/海曙区.dbf'), data: bytes('d') },
    ]);
    expect(unzipFiles('x.zip', zip).map((f) => f.name)).toEqual(['宁波/海曙区.shp', '宁波/海曙区.dbf']);
  });

  it('decodes UTF-8 names with and without the flag', () => {
    const zip = writeZipStored([
      { name: encodeUtf8('图层.shp'), data: bytes('1'), flags: 0x800 },
      { name: encodeUtf8('蝴蝶.dbf'), data: bytes('2') },
    ]);
    expect(unzipFiles('x.zip', zip).map((f) => f.name)).toEqual(['图层.shp', '蝴蝶.dbf']);
    // fflate's own writer sets the flag for non-ASCII names.
    expect(unzipFiles('y.zip', zipSync({ '江北区.prj': bytes('p') }))[0].name).toBe('江北区.prj');
  });

  it('an empty zip gives no files', () => {
    expect(unzipFiles('x.zip', writeZipStored([]))).toEqual([]);
  });

  it.each([
    ['an empty file', new Uint8Array(0)],
    ['text named .zip', bytes('name,lat,lon\n海曙区,29.8,121.5\n'.repeat(20))],
    ['binary junk', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)],
  ])('%s is not a zip', (_, data) => {
    const e = importError(() => unzipFiles('data.zip', data));
    expect(e.file).toBe('data.zip');
    expect(e.reason.zh).toBe('不是有效的 ZIP 文件（可能已损坏或只下载了一部分）');
    expect(e.reason.en).toMatch(/Not a valid ZIP/);
  });

  it('a truncated zip (partial download) is an ImportError', () => {
    const zip = zipSync({ 'a.shp': new Uint8Array(20000).map((_, i) => i % 13), 'a.dbf': bytes('x'.repeat(3000)) });
    for (const n of [10, zip.length / 2, zip.length - 30, zip.length - 1]) {
      expect(importError(() => unzipFiles('a.zip', zip.subarray(0, Math.floor(n)))).reason.en).toMatch(
        /damaged|partly/,
      );
    }
  });

  it('damaged compressed data is caught by the CRC or the inflater', () => {
    const zip = zipSync({ 'a.txt': bytes('The quick brown fox. '.repeat(400)) });
    const bad = zip.slice();
    bad[60] ^= 0xff;
    expect(importError(() => unzipFiles('a.zip', bad)).reason.en).toMatch(/Not a valid ZIP/);
    const stored = writeZipStored([{ name: bytes('a.txt'), data: bytes('abcdef') }]);
    const flipped = stored.slice();
    flipped[37] ^= 1; // a data byte: the data starts after the 30-byte header and the 5-byte name
    expect(() => unzipFiles('a.zip', flipped)).toThrow(ImportError);
  });

  it('refuses encrypted entries', () => {
    const zip = writeZipStored([{ name: bytes('secret.shp'), data: bytes('xxxx'), flags: 1 }]);
    const e = importError(() => unzipFiles('s.zip', zip));
    expect(e.reason.en).toMatch(/encrypted/);
    expect(e.reason.zh).toMatch(/加密/);
  });

  it('refuses zip bombs by declared size and by entry count, before inflating', () => {
    const big = writeZipStored([{ name: bytes('a.shp'), data: bytes('x'), declaredSize: 0xfff00000 }]);
    const e = importError(() => unzipFiles('bomb.zip', big));
    expect(e.reason.en).toMatch(/would unpack to 4\.0 GB/);
    const many = writeZipStored([{ name: bytes('a'), data: bytes('') }], 10001);
    expect(importError(() => unzipFiles('many.zip', many)).reason.en).toMatch(/too many entries \(10001/);
  });

  it('holds each entry to the size limit of a file of its kind, by its declared size, before inflating', () => {
    // 1,340,000,000 B = 1277.9 MiB, under the 1.5 GB for the whole zip; a CSV on its own may be 450 MB.
    const csv = writeZipStored([{ name: bytes('企业.csv'), data: bytes('x'), declaredSize: 1_340_000_000 }]);
    const e = importError(() => unzipFiles('data.zip', csv));
    expect(e.file).toBe('data.zip');
    expect(e.reason.zh).toBe(
      'ZIP 文件「data.zip」中的「企业.csv」解压后有 1278 MB，超过单个文件 450 MB 的上限；请拆分后再导入',
    );
    expect(e.reason.en).toBe(
      '"企业.csv" in the ZIP file "data.zip" is 1278 MB unpacked, above the limit of 450 MB for one file; split it and import the parts',
    );
    // A workbook's own limit is 120 MB: 200 MiB declared is refused with both in MB.
    const xlsx = writeZipStored([
      { name: bytes('a.csv'), data: bytes('1') },
      { name: bytes('台账.xlsx'), data: bytes('x'), declaredSize: 200 * 1024 * 1024 },
    ]);
    expect(importError(() => unzipFiles('b.zip', xlsx)).reason.en).toBe(
      '"台账.xlsx" in the ZIP file "b.zip" is 200 MB unpacked, above the limit of 120 MB for one file; split it and import the parts',
    );
  });

  it('refuses an entry that inflates to more than it declares, even with a CRC that fits the cut-off data', () => {
    const text = bytes('统一社会信用代码,名称\n'.repeat(400)); // 8 + 2 CJK characters of 3 bytes, a comma, a newline: 32 bytes a line, 12,800 in all
    expect(text.length).toBe(12_800);
    const zip = lyingZip(zipSync({ 'a.csv': text }), 'a.csv', 100, text);
    const e = importError(() => unzipFiles('bomb.zip', zip));
    expect(e.file).toBe('bomb.zip');
    // 12,800 B = 12.5 KiB, shown as 13 KB.
    expect(e.reason.zh).toBe(
      'ZIP 文件「bomb.zip」中的「a.csv」解压后为 13 KB，大于 ZIP 目录中记载的 100 B：文件已损坏或被篡改，没有导入',
    );
    expect(e.reason.en).toBe(
      '"a.csv" in the ZIP file "bomb.zip" inflates to 13 KB, more than the 100 B its ZIP directory declares: the file is damaged or was tampered with, and was not imported',
    );
  });
});
