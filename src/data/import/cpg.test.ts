/**
 * .cpg code-page names as ArcGIS, QGIS and GDAL write them -> a TextDecoder label, each checked by
 * decoding a hand-made byte string: the bytes are taken from the code-page charts, not from the
 * decoder under test.
 */
import { describe, expect, it } from 'vitest';
import { encodingFromCpg } from './cpg.ts';
import { readDbf } from './dbf.ts';
import { writeDbf } from './test-support/write-shapefile.ts';

/** Per code page: the text, its bytes in that code page, and the names a .cpg may use for it. */
const PAGES: { text: string; bytes: number[]; names: string[] }[] = [
  // Thai (TIS-620 layout): ไ E4, ท B7, ย C2
  { text: 'ไทย', bytes: [0xe4, 0xb7, 0xc2], names: ['ANSI 874', '874', 'CP874', 'windows-874'] },
  // Central European: ě EC, š 9A, ý FD, á E1
  {
    text: 'Hněvošický háj',
    bytes: [0x48, 0x6e, 0xec, 0x76, 0x6f, 0x9a, 0x69, 0x63, 0x6b, 0xfd, 0x20, 0x68, 0xe1, 0x6a],
    names: ['ANSI 1250', '1250', 'windows-1250', 'CP1250', 'Windows 1250'],
  },
  // Cyrillic: М CC, о EE, с F1, к EA, в E2, а E0
  { text: 'Москва', bytes: [0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0], names: ['ANSI 1251', '1251', 'windows-1251'] },
  // Western: é E9
  {
    text: 'México',
    bytes: [0x4d, 0xe9, 0x78, 0x69, 0x63, 0x6f],
    names: ['ANSI 1252', '1252', 'windows-1252', 'ISO-8859-1', 'ISO88591', '8859-1', '88591', 'latin1'],
  },
  // Greek: Α C1, θ E8, ή DE, ν ED, α E1
  { text: 'Αθήνα', bytes: [0xc1, 0xe8, 0xde, 0xed, 0xe1], names: ['ANSI 1253', '1253', 'windows-1253'] },
  // Turkish: İ DD, ş FE, ı FD
  { text: 'İşı', bytes: [0xdd, 0xfe, 0xfd], names: ['ANSI 1254', '1254', 'windows-1254'] },
  // Hebrew: ש F9, ל EC, ו E5, ם ED
  { text: 'שלום', bytes: [0xf9, 0xec, 0xe5, 0xed], names: ['ANSI 1255', '1255', 'windows-1255'] },
  // Arabic: س D3, ل E1, ا C7, م E3
  { text: 'سلام', bytes: [0xd3, 0xe1, 0xc7, 0xe3], names: ['ANSI 1256', '1256', 'windows-1256'] },
  // Baltic: ī EE
  { text: 'Rīga', bytes: [0x52, 0xee, 0x67, 0x61], names: ['ANSI 1257', '1257', 'windows-1257'] },
  // Vietnamese: Đ D0, à E0
  { text: 'Đà', bytes: [0xd0, 0xe0], names: ['ANSI 1258', '1258', 'windows-1258'] },
  // Shift_JIS: 東 93 8C, 京 8B 9E
  { text: '東京', bytes: [0x93, 0x8c, 0x8b, 0x9e], names: ['ANSI 932', '932', 'CP932', 'Shift_JIS', 'SJIS'] },
  // GBK: 北 B1 B1, 京 BE A9
  {
    text: '北京',
    bytes: [0xb1, 0xb1, 0xbe, 0xa9],
    names: ['ANSI 936', '936', 'CP936', 'GBK', 'GB2312', 'GB18030', 'gbk\r\n'],
  },
  // EUC-KR: 서 BC AD, 울 BF EF
  { text: '서울', bytes: [0xbc, 0xad, 0xbf, 0xef], names: ['ANSI 949', '949', 'CP949', 'EUC-KR'] },
  // Big5: 台 A5 78, 北 A5 5F
  { text: '台北', bytes: [0xa5, 0x78, 0xa5, 0x5f], names: ['ANSI 950', '950', 'CP950', 'Big5', 'BIG-5'] },
  // ISO 8859-2: š B9, ě EC
  { text: 'šě', bytes: [0xb9, 0xec], names: ['ISO-8859-2', 'ISO88592', '8859-2', '88592', 'ISO 8859-2', 'iso8859_2'] },
  // ISO 8859-5: М BC, о DE, с E1, к DA, в D2, а D0
  { text: 'Москва', bytes: [0xbc, 0xde, 0xe1, 0xda, 0xd2, 0xd0], names: ['ISO-8859-5', '88595'] },
  // ISO 8859-7: Α C1, θ E8, ή DE
  { text: 'Αθή', bytes: [0xc1, 0xe8, 0xde], names: ['ISO-8859-7', '8859-7'] },
  // ISO 8859-15: € A4
  { text: '€', bytes: [0xa4], names: ['ISO-8859-15', 'ISO885915', '8859-15'] },
  // UTF-8: 北 E5 8C 97, 京 E4 BA AC
  {
    text: '北京',
    bytes: [0xe5, 0x8c, 0x97, 0xe4, 0xba, 0xac],
    names: ['UTF-8', 'UTF8', 'utf-8', '65001', '\uFEFFUTF-8'],
  },
];

describe('encodingFromCpg: the code-page names GIS software writes', () => {
  const cases = PAGES.flatMap((p) => p.names.map((name) => [name, p.text, p.bytes] as const));
  it.each(cases)('%j decodes %s', (name, text, bytes) => {
    const label = encodingFromCpg(name);
    expect(label).toBeDefined();
    expect(new TextDecoder(label).decode(Uint8Array.from(bytes))).toBe(text);
  });

  it('GBK, GB2312 and code page 936 are always decoded as gb18030 (Node\'s "gbk" differs from browsers\')', () => {
    for (const name of ['GBK', 'GB2312', '936', 'CP936', 'ANSI 936', 'x-gbk', 'GB18030'])
      expect(encodingFromCpg(name)).toBe('gb18030');
  });

  it('names the system code page or nothing usable: undefined, so the reader detects and says so', () => {
    for (const name of ['', 'SYSTEM', 'OEM', 'ANSI', 'klingon', '1249', 'ISO-8859-12', 'UTF-16', 'ANSI 1200'])
      expect(encodingFromCpg(name)).toBeUndefined();
  });

  it('a Central European .dbf with .cpg "ANSI 1250" reads its names, not GB18030 mojibake', () => {
    const latin2 = (s: string) =>
      Uint8Array.from(s, (c) => ({ ě: 0xec, š: 0x9a, ý: 0xfd, á: 0xe1 })[c] ?? c.charCodeAt(0));
    const t = readDbf(
      't.dbf',
      writeDbf([{ name: 'NAZEV', type: 'C', length: 20 }], [['Hněvošický háj']], latin2),
      'ANSI 1250',
    );
    expect(t.encoding).toEqual({ label: 'windows-1250', source: 'cpg' });
    expect(t.records[0].NAZEV).toBe('Hněvošický háj');
    expect(t.warnings).toEqual([]);
  });
});
