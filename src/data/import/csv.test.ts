/**
 * decode-text.ts and csv.ts: the encodings and line endings a bureau's CSV really has, quoted
 * fields, the line numbers a user is told, and files that are not CSV at all.
 */
import { importError } from './test-support/import-error.ts';
import { rowsAsArrays } from './test-support/cells-of.ts';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.ts';
import { decodeText, looksBinary } from './decode-text.ts';
import { encodeGbk } from './test-support/encode-gbk.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

/** UTF-16LE bytes, written out by hand from the code units. */
function utf16le(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8);
  return Uint8Array.from(out);
}

describe('decodeText', () => {
  it('reads UTF-8 without a BOM as valid UTF-8', () => {
    const d = decodeText('a.csv', utf8('企业名称,经度\n甲,121.5'));
    expect(d).toEqual({ text: '企业名称,经度\n甲,121.5', encoding: 'utf-8', source: 'valid-utf-8' });
  });

  it('strips a UTF-8 BOM and says so', () => {
    const d = decodeText('a.csv', concat([0xef, 0xbb, 0xbf], utf8('名称\n甲')));
    expect(d.text).toBe('名称\n甲');
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(d.source).toBe('bom');
  });

  it('falls back to GB18030 for GBK bytes (企业 = C6 F3 D2 B5)', () => {
    const d = decodeText('a.csv', Uint8Array.from([0xc6, 0xf3, 0xd2, 0xb5, 0x2c, 0x31]));
    expect(d).toEqual({ text: '企业,1', encoding: 'gb18030', source: 'fallback' });
  });

  it('decodes a four-byte GB18030 sequence (81 30 81 30 = U+0080)', () => {
    const d = decodeText('a.csv', concat(encodeGbk('名称,'), [0x81, 0x30, 0x81, 0x30]));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe('名称,\u0080');
  });

  it('reads UTF-16LE with a BOM', () => {
    const d = decodeText('a.csv', concat([0xff, 0xfe], utf16le('企业名称\t经度\r\n甲\t121.5')));
    expect(d).toEqual({ text: '企业名称\t经度\r\n甲\t121.5', encoding: 'utf-16le', source: 'bom' });
  });

  it('a declared encoding wins over detection', () => {
    // These bytes are valid UTF-8 too (E4 BD A0 = 你) but mean something else in GB18030.
    const bytes = Uint8Array.from([0xe4, 0xbd, 0xa0]);
    expect(decodeText('a.csv', bytes).text).toBe('你');
    const d = decodeText('a.csv', bytes, 'gb18030');
    expect(d.source).toBe('declared');
    expect(d.text).not.toBe('你');
  });

  it('refuses an empty file and binary junk with an ImportError', () => {
    expect(importError(() => decodeText('a.csv', new Uint8Array(0))).reason.en).toMatch(/empty/);
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 73 + 11) % 256);
    expect(looksBinary(junk)).toBe(true);
    const e = importError(() => decodeText('junk.csv', junk));
    expect(e.file).toBe('junk.csv');
    expect(e.reason.en).toMatch(/not a text file/);
    expect(e.reason.zh).toMatch(/二进制/);
  });
});

describe('readCsv', () => {
  it('undoes the spreadsheet guards of exported CSVs: ="digits" is the digits, a quote before a formula character goes', () => {
    const text =
      '代码,名称,备注\r\n="913302001234567890","\'=HYPERLINK(""x"")",\'-5\r\n"=""330201000012345""",普通,\'普通\r\n=SUM(A1),"=""a""b""",=\r\n';
    const r = readCsv('export.csv', utf8(text));
    expect(rowsAsArrays(r.rows)).toEqual([
      ['代码', '名称', '备注'],
      ['913302001234567890', '=HYPERLINK("x")', '-5'],
      ['330201000012345', '普通', "'普通"],
      // A formula that is not a guarded text, and a quote inside the text, stay as they are.
      ['=SUM(A1)', '="a"b"', '='],
    ]);
  });

  it('reads GBK bytes made by the encoder, with the encoding reported', () => {
    const text = '统一社会信用代码,企业名称,行业\n91330200MA2AAAAAAA,宁波甲机械有限公司,机械\n';
    const r = readCsv('台账.csv', encodeGbk(text));
    expect(r.encoding).toBe('gb18030');
    expect(rowsAsArrays(r.rows)).toEqual(
      text
        .trim()
        .split('\n')
        .map((l) => l.split(',')),
    );
  });

  it('reads a UTF-16LE file with a BOM', () => {
    const r = readCsv('a.csv', concat([0xff, 0xfe], utf16le('名称,经度\r\n甲,121.5\r\n')));
    expect(rowsAsArrays(r.rows)).toEqual([
      ['名称', '经度'],
      ['甲', '121.5'],
    ]);
    expect(r.encoding).toBe('utf-16le');
  });

  it('gives the same rows and line numbers for LF, CRLF and lone-CR line ends', () => {
    const lines = ['a,b', 'c,d', 'e,f'];
    for (const eol of ['\n', '\r\n', '\r']) {
      const r = readCsv('a.csv', utf8(lines.join(eol) + eol));
      expect(rowsAsArrays(r.rows), JSON.stringify(eol)).toEqual(lines.map((l) => l.split(',')));
      expect([...r.rowNumbers]).toEqual([1, 2, 3]);
      // No line end leaks into a cell.
      expect(
        rowsAsArrays(r.rows)
          .flat()
          .some((c) => /[\r\n]/.test(c)),
      ).toBe(false);
    }
  });

  it('keeps commas, doubled quotes and newlines inside quoted fields; later rows keep their file line numbers', () => {
    const text = [
      'name,address,note', // line 1
      '"甲, 有限公司","路""1""号",ok', // line 2
      '乙,"第一行', // line 3
      '第二行', // line 4
      '第三行",x', // line 5
      '丙,地址,y', // line 6
    ].join('\r\n');
    const r = readCsv('a.csv', utf8(text));
    expect(rowsAsArrays(r.rows)[1]).toEqual(['甲, 有限公司', '路"1"号', 'ok']);
    expect(rowsAsArrays(r.rows)[2][1].split(/\r?\n/)).toEqual(['第一行', '第二行', '第三行']);
    expect(rowsAsArrays(r.rows)[3]).toEqual(['丙', '地址', 'y']);
    expect([...r.rowNumbers]).toEqual([1, 2, 3, 6]);
  });

  it('skips empty lines in the middle but still counts them', () => {
    const text = 'a,b\n1,2\n\n\n3,4\n   \n5,6\n';
    const r = readCsv('a.csv', utf8(text));
    expect(rowsAsArrays(r.rows)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    // Line numbers as an editor shows them.
    const expected = text.split('\n').flatMap((l, i) => (l.trim() === '' ? [] : [i + 1]));
    expect([...r.rowNumbers]).toEqual(expected);
  });

  it('detects tab and semicolon separators', () => {
    expect(rowsAsArrays(readCsv('a.tsv', utf8('名称\t经度\t纬度\n甲\t121.5\t29.8\n')).rows)).toEqual([
      ['名称', '经度', '纬度'],
      ['甲', '121.5', '29.8'],
    ]);
    // Semicolon files use the decimal comma: the commas must stay inside the cells.
    expect(rowsAsArrays(readCsv('a.csv', utf8('名称;经度;纬度\n甲;121,5;29,8\n乙;121,6;29,9\n')).rows)).toEqual([
      ['名称', '经度', '纬度'],
      ['甲', '121,5', '29,8'],
      ['乙', '121,6', '29,9'],
    ]);
  });

  it('reports an unmatched quote as an ImportError naming its line', () => {
    const text = 'name,address\n甲,地址\n乙,"没有结束的引号\n丙,地址\n丁,地址\n';
    const quoteLine = text.split('\n').findIndex((l) => l.includes('"')) + 1;
    const e = importError(() => readCsv('bad.csv', utf8(text)));
    expect(e.file).toBe('bad.csv');
    expect(e.reason.en).toContain(`line ${quoteLine}`);
    expect(e.reason.zh).toContain(`第 ${quoteLine} 行`);
  });

  it('refuses an empty file, a file of blank lines and binary junk', () => {
    expect(importError(() => readCsv('a.csv', new Uint8Array(0))).reason.en).toMatch(/empty/);
    expect(importError(() => readCsv('a.csv', utf8('\n\r\n  \n'))).reason.en).toMatch(/no rows/);
    const zipLike = concat([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00], new Uint8Array(200));
    expect(importError(() => readCsv('a.csv', zipLike)).reason.en).toMatch(/not a text file/);
  });

  it('reads every cell of a file whose start is nothing like the rest (the arrays are sized from a sample)', () => {
    // 70,000 characters of blank-celled rows, then rows ten times as long with three times the cells:
    // the sample guesses far too few cells, and far too many rows, for what follows.
    const head = 'a,b,c\n' + ',,\n'.repeat(17_500);
    const tail = Array.from({ length: 30_000 }, (_, i) => `${i},${'名'.repeat(20)},${i % 7},x,y,z,${i}\n`).join('');
    const t = readCsv('odd.csv', utf8(head + tail));
    expect(t.rows.length).toBe(1 + 17_500 + 30_000);
    expect(t.rows.row(1)).toEqual(['', '', '']);
    expect(t.rows.row(17_501 + 29_999)).toEqual(['29999', '名'.repeat(20), String(29_999 % 7), 'x', 'y', 'z', '29999']);
    expect(t.rowNumbers[17_501 + 123]).toBe(17_502 + 123);
  });

  it('on a ~10 MB file: progress rises to 1, and line numbers stay right across chunk boundaries', () => {
    const parts: string[] = ['credit_code,name,note\n'];
    const expectedLines: number[] = [1];
    const expectedNotes: string[] = ['note'];
    let line = 2;
    let size = parts[0].length;
    for (let i = 0; size < 10e6; i++) {
      let rec: string;
      let note: string;
      if (i % 997 === 0) {
        note = `多行\n备注${i}`;
        rec = `C${i},企业${i},"${note}"\n`;
      } else {
        note = `备注${i}，普通的一行文字用来占满空间`;
        rec = `C${i},企业${i},${note}\n`;
      }
      expectedLines.push(line);
      expectedNotes.push(note);
      line += rec.split('\n').length - 1;
      if (i % 1501 === 0) {
        rec += '\n';
        line += 1;
      }
      parts.push(rec);
      size += rec.length;
    }
    const text = parts.join('');
    expect(text.length).toBeGreaterThan(2 * (4 << 20));
    const progress: number[] = [];
    const r = readCsv('big.csv', utf8(text), { onProgress: (d) => progress.push(d) });
    expect(r.rows.length).toBe(expectedLines.length);
    expect(rowsAsArrays(r.rows).map((row) => row[2])).toEqual(expectedNotes);
    expect([...r.rowNumbers]).toEqual(expectedLines);
    expect(progress.length).toBeGreaterThan(1);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]);
    expect(progress[0]).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
  }, 30_000); // ~0.8 s alone, 1.5 s with both cores busy: a 10 MB file is the point of the test
});
