import { describe, expect, it } from 'vitest';
import { encodingFromCpg } from './cpg.ts';
import { readDbf } from './dbf.ts';
import { ImportError } from '../common/import-types.ts';
import { encodeGbk, encodeUtf8 } from './test-support/gbk.ts';
import { writeDbf, type TestField } from './test-support/write-shapefile.ts';

const FIELDS: TestField[] = [
  { name: '名称', type: 'C', length: 20 },
  { name: 'CODE', type: 'N', length: 9 },
  { name: 'AREA', type: 'F', length: 12, decimals: 3 },
  { name: 'OPEN', type: 'L', length: 1 },
  { name: 'SINCE', type: 'D', length: 8 },
  { name: 'NOTE', type: 'M', length: 10 },
];
const ROWS = [
  ['海曙区', 330203, 1.5, true, '20200101', null],
  { deleted: true as const, values: ['江北区', 330205, 2, false, '20210202', null] },
  ['江北区', null, -0.25, false, '', null],
  ['  蝴蝶区 ', 42, null, null, '19991231', null],
];

describe('readDbf: values', () => {
  const t = readDbf('t.dbf', writeDbf(FIELDS, ROWS, encodeGbk, 0x4d));

  it('reads fields (memo left out) and skips deleted records, keeping file positions', () => {
    expect(t.fields.map((f) => [f.name, f.type])).toEqual([
      ['名称', 'C'],
      ['CODE', 'N'],
      ['AREA', 'F'],
      ['OPEN', 'L'],
      ['SINCE', 'D'],
    ]);
    expect(t.recordCount).toBe(4);
    expect(t.recordIndex).toEqual([0, 2, 3]);
    expect(t.warnings.some((w) => /Memo/.test(w.en))).toBe(true);
  });

  it('types values: numbers, null for empty, booleans, YYYY-MM-DD dates, trimmed text', () => {
    expect(t.records).toEqual([
      { 名称: '海曙区', CODE: 330203, AREA: 1.5, OPEN: true, SINCE: '2020-01-01' },
      { 名称: '江北区', CODE: null, AREA: -0.25, OPEN: false, SINCE: null },
      { 名称: '蝴蝶区', CODE: 42, AREA: null, OPEN: null, SINCE: '1999-12-31' },
    ]);
  });
});

describe('readDbf: encodings', () => {
  const gbk = (ldid: number) =>
    writeDbf([{ name: '名称', type: 'C', length: 12 }], [['海曙区'], ['江北区']], encodeGbk, ldid);
  const utf8 = (ldid = 0) =>
    writeDbf([{ name: '名称', type: 'C', length: 12 }], [['海曙区'], ['江北区']], encodeUtf8, ldid);
  const names = (t: ReturnType<typeof readDbf>) => [t.fields[0].name, ...t.records.map((r) => r['名称'])];

  it.each([
    ['GBK', 'gb18030'],
    ['gbk\r\n', 'gb18030'],
    ['GB2312', 'gb18030'],
    ['GB18030', 'gb18030'],
    ['936', 'gb18030'],
    ['CP936', 'gb18030'],
    ['ANSI 936', 'gb18030'],
    ['UTF-8', 'utf-8'],
    ['utf8', 'utf-8'],
    ['65001', 'utf-8'],
    ['\uFEFFUTF-8', 'utf-8'],
    ['BIG5', 'big5'],
    ['1252', 'windows-1252'],
  ])('.cpg %j -> %s', (cpg, label) => {
    expect(encodingFromCpg(cpg)).toBe(label);
  });

  it('.cpg that names nothing usable', () => {
    expect(encodingFromCpg('')).toBeUndefined();
    expect(encodingFromCpg('SYSTEM')).toBeUndefined();
    expect(encodingFromCpg('klingon')).toBeUndefined();
  });

  it.each(['GBK', '936', 'GB2312'])('GBK text with .cpg %s', (cpg) => {
    const t = readDbf('t.dbf', gbk(0), cpg);
    expect(t.encoding).toEqual({ label: 'gb18030', source: 'cpg' });
    expect(names(t)).toEqual(['名称', '海曙区', '江北区']);
    expect(t.warnings).toEqual([]);
  });

  it('UTF-8 text with .cpg UTF-8', () => {
    const t = readDbf('t.dbf', utf8(), 'UTF-8');
    expect(t.encoding).toEqual({ label: 'utf-8', source: 'cpg' });
    expect(names(t)).toEqual(['名称', '海曙区', '江北区']);
  });

  it.each([0x4d, 0x7a])('GBK text from LDID byte %i (0x4D, 0x7A)', (ldid) => {
    const t = readDbf('t.dbf', gbk(ldid));
    expect(t.encoding).toEqual({ label: 'gb18030', source: 'ldid' });
    expect(names(t)).toEqual(['名称', '海曙区', '江北区']);
  });

  it.each([0, 0x57])('LDID byte %i (none, 0x57 ANSI): detected, GBK and UTF-8', (ldid) => {
    const g = readDbf('t.dbf', gbk(ldid));
    expect(g.encoding).toEqual({ label: 'gb18030', source: 'detected' });
    expect(names(g)).toEqual(['名称', '海曙区', '江北区']);
    const u = readDbf('t.dbf', utf8(ldid));
    expect(u.encoding).toEqual({ label: 'utf-8', source: 'detected' });
    expect(names(u)).toEqual(['名称', '海曙区', '江北区']);
  });

  it('an unusable .cpg falls back to detection, with a warning', () => {
    const t = readDbf('t.dbf', gbk(0), 'klingon');
    expect(t.encoding.source).toBe('detected');
    expect(names(t)[1]).toBe('海曙区');
    expect(t.warnings[0].en).toMatch(/klingon/);
  });

  it('a .cpg that lies (UTF-8 on GBK bytes) is not silent mojibake', () => {
    const t = readDbf('t.dbf', gbk(0), 'UTF-8');
    expect(names(t)).toEqual(['名称', '海曙区', '江北区']);
    expect(t.encoding).toEqual({ label: 'gb18030', source: 'detected' });
    expect(t.warnings.some((w) => /does not fit the declared encoding utf-8/.test(w.en))).toBe(true);
  });

  it('text valid in neither UTF-8 nor GBK is reported, and U+FFFD counted', () => {
    const bytes = writeDbf([{ name: 'N', type: 'C', length: 4 }], [['x']], encodeUtf8);
    bytes.set([0x81, 0x20, 0xff, 0x41], bytes.length - 5); // invalid in both
    const t = readDbf('t.dbf', bytes);
    expect(t.warnings.map((w) => w.en).join('\n')).toMatch(
      /neither valid UTF-8 nor valid GBK[\s\S]*1 text values contain characters that do not decode/,
    );
  });

  it('a character cut by the field width is dropped and reported, not shown as U+FFFD', () => {
    const u = readDbf('t.dbf', writeDbf([{ name: 'N', type: 'C', length: 8 }], [['海曙区']], encodeUtf8)); // 9 bytes into 8
    expect(u.records[0].N).toBe('海曙');
    expect(u.encoding.label).toBe('utf-8');
    expect(u.warnings.some((w) => /cut mid-character/.test(w.en))).toBe(true);
    const g = readDbf('t.dbf', writeDbf([{ name: 'N', type: 'C', length: 5 }], [['海曙区']], encodeGbk), 'GBK'); // 6 bytes into 5
    expect(g.records[0].N).toBe('海曙');
    expect(g.warnings.some((w) => /cut mid-character/.test(w.en))).toBe(true);
  });
});

describe('readDbf: damaged files', () => {
  it('too short or a bad header is an ImportError', () => {
    expect(() => readDbf('t.dbf', new Uint8Array(0))).toThrow(ImportError);
    expect(() => readDbf('t.dbf', new Uint8Array(64).fill(0xff))).toThrow(/header is invalid/);
  });

  it('fewer records than declared: the ones there are, and a warning', () => {
    const full = writeDbf([{ name: 'N', type: 'N', length: 4 }], [[1], [2], [3]], encodeUtf8);
    const t = readDbf('t.dbf', full.subarray(0, full.length - 6));
    expect(t.records).toEqual([{ N: 1 }, { N: 2 }]);
    expect(t.warnings[0].en).toMatch(/declares 3 records but holds only 2/);
  });

  it('unreadable numbers become null and are counted', () => {
    const t = readDbf('t.dbf', writeDbf([{ name: 'N', type: 'N', length: 4 }], [['12a'], ['****'], [7]], encodeUtf8));
    expect(t.records).toEqual([{ N: null }, { N: null }, { N: 7 }]);
    expect(t.warnings[0].en).toMatch(/^1 numeric values/);
  });
});

describe('readDbf: a guessed encoding is said, never silent', () => {
  /** Windows-1252 bytes, from the code chart: é E9, ñ F1. */
  const cp1252 = (s: string) => Uint8Array.from(s, (c) => ({ é: 0xe9, ñ: 0xf1 })[c] ?? c.charCodeAt(0));
  const table = (values: string[], encode: (s: string) => Uint8Array, ldid: number) =>
    writeDbf(
      [{ name: 'NAME', type: 'C', length: 12 }],
      values.map((v) => [v]),
      encode,
      ldid,
    );
  const guessed = (t: ReturnType<typeof readDbf>) => t.warnings.filter((w) => /guessed/.test(w.en));

  it('Latin-1 text, language byte 0x57, no .cpg: read as GBK first, with a warning in Chinese and English', () => {
    const t = readDbf('t.dbf', table(['México', 'España'], cp1252, 0x57));
    expect(t.encoding).toEqual({ label: 'gb18030', source: 'detected' });
    const [w] = guessed(t);
    expect(w.en).toMatch(/no usable \.cpg.*guessed as GBK.*not common Chinese.*add a \.cpg file.*"1252"/);
    expect(w.zh).toMatch(/没有可用的 \.cpg.*推测.*GBK.*\.cpg.*“1252”/);
    expect(guessed(t)).toHaveLength(1);
  });

  it('GB2312 Chinese with no .cpg and no language byte: GBK is a guess, but no warning (nearly every Chinese Shapefile without a .cpg); one character beyond GB2312 brings it back', () => {
    const t = readDbf('t.dbf', table(['海曙区', '宁波路'], encodeGbk, 0));
    expect(t.encoding).toEqual({ label: 'gb18030', source: 'detected' });
    expect(t.records.map((r) => r.NAME)).toEqual(['海曙区', '宁波路']);
    expect(t.warnings).toEqual([]);
    // 喆 is 86 B4 in the GBK chart: a GBK extension, its lead byte below A1.
    const gbkExtension = (s: string) => (s === '喆' ? Uint8Array.of(0x86, 0xb4) : encodeGbk(s));
    const ext = readDbf('t.dbf', table(['海曙区', '喆'], gbkExtension, 0));
    expect(ext.records.map((r) => r.NAME)).toEqual(['海曙区', '喆']);
    expect(guessed(ext)).toHaveLength(1);
  });

  it('no warning when nothing was guessed or nothing could go wrong', () => {
    expect(guessed(readDbf('t.dbf', table(['Mexico'], encodeUtf8, 0x57)))).toEqual([]); // plain ASCII
    expect(guessed(readDbf('t.dbf', table(['海曙区'], encodeGbk, 0), 'GBK'))).toEqual([]); // .cpg
    expect(guessed(readDbf('t.dbf', table(['海曙区'], encodeGbk, 0x4d)))).toEqual([]); // language byte 0x4D
    expect(guessed(readDbf('t.dbf', table(['México'], cp1252, 0), '1252'))).toEqual([]);
    // Strict UTF-8 is not passed by chance by GBK or Latin-1 text: detected UTF-8 is not a guess.
    expect(guessed(readDbf('t.dbf', table(['海曙区'], encodeUtf8, 0)))).toEqual([]);
  });

  it('an unusable .cpg is a guess too', () => {
    const t = readDbf('t.dbf', table(['México'], cp1252, 0), 'ANSI');
    expect(guessed(t)).toHaveLength(1);
  });
});
