import { cellsOf } from './test-support/cells-of.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listSheets, numberToText, readSpreadsheet, serialToText } from './spreadsheet';
import { ImportError } from '../common/import-types.ts';
import { encodeGbk } from './test-support/encode-gbk';
import { encryptedXlsxContainer } from './test-support/write-cfb';
import { writeXlsx, xlsxParts, zipParts, type XBook } from './test-support/write-xlsx';
import { lyingZip } from './test-support/lying-zip';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url)));

const TITLE = 'XX区安全生产隐患排查台账（2026年11月）';
const HEADER = [
  '隐患编号',
  '统一社会信用代码',
  '企业名称',
  '发现日期',
  '整改期限',
  '隐患等级',
  '整改状态',
  '挂牌督办',
  '从业人员',
];

// Styles: 1 = built-in 31 (zh-CN yyyy"年"m"月"d"日", not written in styles.xml, as Excel does),
// 2 = custom yyyy/m/d, 3 = built-in 14, 4 = built-in 22 (date + time), 5 = text '@',
// 6 = built-in 57 (zh-CN yyyy"年"m"月"), 7 = custom zh date with a locale tag, 8 = '#,##0.00"元"',
// 9 = built-in 20 (h:mm), 10 = '0.00E+00', 11 = built-in 58 (zh-CN m"月"d"日").
const T = 5;
const ledger: XBook = {
  numFmts: { 164: 'yyyy/m/d', 165: '[$-804]yyyy"年"m"月"d"日";@', 166: '#,##0.00"元"', 167: '0.00E+00' },
  xfs: [31, 164, 14, 22, 49, 57, 165, 166, 20, 167, 58],
  sheets: [
    {
      name: '台账',
      merges: ['A1:I1', 'F6:F8'],
      rows: [
        // The first cell styled 31 is the one SheetJS leaves without a format string.
        { r: 1, cells: [TITLE] },
        { r: 2, cells: HEADER },
        {
          r: 3,
          cells: [
            'YH-001',
            { v: '913302000000000012', s: T },
            '宁波市镇海区某某化工有限公司',
            { v: 46086, s: 1 },
            { v: 46142, s: 2 },
            '重大',
            '整改中',
            true,
            { v: '25', s: T },
          ],
        },
        // Row 4 is blank: not in the XML at all, as Excel writes it.
        {
          r: 5,
          cells: [
            'YH-002',
            '91330211MA2H3XYZ7Q',
            '某某五金厂（普通合伙）',
            '2026年3月5日',
            { v: 46387.72916666666, s: 4 },
            '一般',
            '已整改',
            false,
            120,
          ],
        },
        {
          r: 6,
          cells: [
            'YH-003',
            { t: 'n', v: '1.23456789012345E+14' },
            '“老王”小吃店',
            { v: 46086, s: 3 },
            { v: 46086, s: 1 },
            '较大',
            '未整改',
            { t: 'str', f: 'IF(H3,"是","否")', v: '是' },
            { v: 50, f: 'I3*2' },
          ],
        },
        {
          r: 7,
          hidden: true,
          cells: [
            'YH-004',
            { t: 'n', v: '9.1330200000000003E+17' },
            '  蛟川街道某某仓储中心  ',
            { v: 46082, s: 6 },
            { v: 46328, s: 7 },
            null,
            { t: 'e', v: '#N/A' },
            { t: 'inline', v: '否' },
            { v: 3.5 },
          ],
        },
        {
          r: 8,
          cells: [
            'YH-005',
            null,
            null,
            { v: 46086, s: 11 },
            { v: 0.5, s: 9 },
            null,
            { v: 1234.5, s: 8 },
            { v: 15000, s: 10 },
            { v: 0.30000000000000004 },
          ],
        },
        { r: 9, cells: ['   ', null, '  '] }, // only spaces: an empty row once trimmed
      ],
    },
    {
      name: '汇总',
      rows: [
        { r: 1, cells: ['街道', '隐患数'] },
        { r: 2, cells: ['招宝山街道', 12] },
        { r: 4, cells: ['蛟川街道', 7] },
      ],
    },
    { name: '说明', hidden: true, rows: [{ r: 1, cells: ['本表由区应急管理局导出'] }] },
  ],
};

function expectImportError(fn: () => unknown, zh: RegExp, en?: RegExp): ImportError {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ImportError);
  const ie = err as ImportError;
  expect(ie.reason.zh).toMatch(zh);
  if (en) expect(ie.reason.en).toMatch(en);
  return ie;
}

describe('readSpreadsheet: hand-written .xlsx', () => {
  const bytes = writeXlsx(ledger);

  it('reads the first sheet: merged title, header, text cells, dates, blank-row numbering', () => {
    const t = readSpreadsheet('台账.xlsx', bytes);
    expect(t.sheet).toBe('台账');
    expect(t.sheetNames).toEqual(['台账', '汇总', '说明']);
    expect(Array.from(t.rowNumbers)).toEqual([1, 2, 3, 5, 6, 7, 8]);
    expect(cellsOf(t)[0]).toEqual(Array(9).fill(TITLE));
    expect(cellsOf(t)[1]).toEqual(HEADER);
    expect(cellsOf(t)[2]).toEqual([
      'YH-001',
      '913302000000000012',
      '宁波市镇海区某某化工有限公司',
      '2026-03-05',
      '2026-04-30',
      '重大',
      '整改中',
      'true',
      '25',
    ]);
    expect(cellsOf(t)[3]).toEqual([
      'YH-002',
      '91330211MA2H3XYZ7Q',
      '某某五金厂（普通合伙）',
      '2026年3月5日',
      '2026-12-31 17:30',
      '一般',
      '已整改',
      'false',
      '120',
    ]);
    expect(cellsOf(t)[4]).toEqual([
      'YH-003',
      '123456789012345',
      '“老王”小吃店',
      '2026-03-05',
      '2026-03-05',
      '较大',
      '未整改',
      '是',
      '50',
    ]);
    // Hidden row read; merge F6:F8 fills down; error cell ''; 15+ digit number keeps its digits.
    expect(cellsOf(t)[5]).toEqual([
      'YH-004',
      '913302000000000000',
      '蛟川街道某某仓储中心',
      '2026-03-01',
      '2026-11-02',
      '较大',
      '',
      '否',
      '3.5',
    ]);
    expect(cellsOf(t)[6]).toEqual(['YH-005', '', '', '2026-03-05', '12:00', '较大', '1234.5', '15000', '0.3']);
  });

  it('reads a sheet chosen by name, and hidden sheets like any other', () => {
    const t = readSpreadsheet('台账.xlsx', bytes, { sheet: '汇总' });
    expect(t.sheet).toBe('汇总');
    expect(cellsOf(t)).toEqual([
      ['街道', '隐患数'],
      ['招宝山街道', '12'],
      ['蛟川街道', '7'],
    ]);
    expect(Array.from(t.rowNumbers)).toEqual([1, 2, 4]);
    expect(cellsOf(readSpreadsheet('台账.xlsx', bytes, { sheet: '说明' }))).toEqual([['本表由区应急管理局导出']]);
    expect(listSheets('台账.xlsx', bytes)).toEqual(['台账', '汇总', '说明']);
  });

  it('names the sheets when the sheet asked for does not exist', () => {
    expectImportError(
      () => readSpreadsheet('台账.xlsx', bytes, { sheet: '隐患' }),
      /找不到工作表「隐患」.*「台账」、「汇总」、「说明」/,
      /"台账", "汇总", "说明"/,
    );
  });

  it('uses the 1904 date system when the workbook says so', () => {
    const b = writeXlsx({
      date1904: true,
      xfs: [14, 22],
      sheets: [
        {
          name: 'S',
          rows: [
            {
              r: 1,
              cells: [
                { v: 44624, s: 1 },
                { v: 0, s: 1 },
                { v: 44624.25, s: 2 },
              ],
            },
          ],
        },
      ],
    });
    expect(cellsOf(readSpreadsheet('mac.xlsx', b))).toEqual([['2026-03-05', '1904-01-01', '2026-03-05 06:00']]);
  });

  it('gives the same dates in any time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(cellsOf(readSpreadsheet('台账.xlsx', bytes))[2][3]).toBe('2026-03-05');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('starts rows at the used range and trims trailing empty cells', () => {
    const b = writeXlsx({
      sheets: [
        {
          name: 'S',
          rows: [
            { r: 3, cells: [null, null, '隐患编号', '企业名称', ''] },
            { r: 4, cells: [null, null, 'YH-1'] },
          ],
        },
      ],
    });
    const t = readSpreadsheet('offset.xlsx', b);
    expect(cellsOf(t)).toEqual([['隐患编号', '企业名称'], ['YH-1']]);
    expect(Array.from(t.rowNumbers)).toEqual([3, 4]);
  });
});

describe('readSpreadsheet: .xls (BIFF8) written by LibreOffice', () => {
  const bytes = fixture('ledger-biff8.xls');
  const TITLE10 = Array(10).fill(TITLE);

  it('reads the ledger sheet with the same text a user sees', () => {
    const t = readSpreadsheet('台账.xls', bytes);
    expect(t.sheetNames).toEqual(['台账', '汇总', '说明']);
    expect(Array.from(t.rowNumbers)).toEqual([1, 2, 3, 5, 6, 7]);
    expect(cellsOf(t)[0]).toEqual(TITLE10);
    expect(cellsOf(t)[1]).toEqual([...HEADER, '罚款（万元）']);
    expect(cellsOf(t)[2]).toEqual([
      'YH-2026-001',
      '913302000000000012',
      '宁波市镇海区某某化工有限公司',
      '2026-03-05',
      '2026-04-30',
      '重大',
      '整改中',
      'true',
      '25',
      '3.5',
    ]);
    expect(cellsOf(t)[3]).toEqual([
      'YH-2026-002',
      '91330211MA2H3XYZ7Q',
      '某某五金厂（普通合伙）',
      '2026年3月5日',
      '2026-12-31 17:30',
      '一般',
      '已整改',
      'false',
      '120',
    ]);
    expect(cellsOf(t)[4]).toEqual([
      'YH-2026-003',
      '123456789012345',
      '蛟川街道某某仓储中心',
      '2026-11-02',
      '2027-01-15',
      '较大',
      '未整改',
      '是',
      '8',
      '0.3',
    ]);
    // Hidden row 7; 较大 merged down from row 6; 1900-03-01 is serial 61, just past the Lotus leap day.
    expect(cellsOf(t)[5]).toEqual([
      'YH-2026-004',
      '92330211L12345678X',
      '“老王”小吃店',
      '1900-03-01',
      '',
      '较大',
      '已整改',
    ]);
  });

  it('reads the second sheet by name and lists hidden sheets', () => {
    expect(cellsOf(readSpreadsheet('台账.xls', bytes, { sheet: '汇总' }))).toEqual([
      ['街道', '隐患数'],
      ['招宝山街道', '12'],
      ['蛟川街道', '7'],
    ]);
    expect(listSheets('台账.xls', bytes)).toEqual(['台账', '汇总', '说明']);
    expectImportError(() => readSpreadsheet('台账.xls', bytes, { sheet: 'Sheet1' }), /「台账」、「汇总」、「说明」/);
  });
});

describe('readSpreadsheet: .xls files that are really text', () => {
  const html =
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><table>' +
    `<tr><td colspan="3">${TITLE}</td></tr><tr><td>隐患编号</td><td>统一社会信用代码</td><td>发现日期</td></tr>` +
    '<tr><td>YH-001</td><td>913302000000000012</td><td>2026-03-05</td></tr><tr><td></td></tr>' +
    '<tr><td>YH-002</td><td>0012</td><td>2026年3月5日</td></tr></table></body></html>';

  it('reads an HTML table saved as .xls in GBK', () => {
    // The test encoder is built from TextDecoder; pin it to the GBK code chart so it cannot drift.
    expect(Array.from(encodeGbk('宁波区'))).toEqual([0xc4, 0xfe, 0xb2, 0xa8, 0xc7, 0xf8]);
    const t = readSpreadsheet('导出.xls', encodeGbk(html));
    expect(cellsOf(t)).toEqual([
      [TITLE, TITLE, TITLE],
      ['隐患编号', '统一社会信用代码', '发现日期'],
      ['YH-001', '913302000000000012', '2026-03-05'],
      ['YH-002', '0012', '2026年3月5日'],
    ]);
    expect(Array.from(t.rowNumbers)).toEqual([1, 2, 3, 5]);
  });

  it('reads the same HTML in UTF-8', () => {
    expect(cellsOf(readSpreadsheet('导出.xls', new TextEncoder().encode(html)))[2]).toEqual([
      'YH-001',
      '913302000000000012',
      '2026-03-05',
    ]);
  });

  it('reads GBK CSV and UTF-16 tab-separated text saved as .xls, keeping digits as text', () => {
    const csv = '隐患编号,企业名称,统一社会信用代码,从业人员\r\nYH-001,某某化工有限公司,913302000000000012,025\r\n';
    expect(cellsOf(readSpreadsheet('台账.xls', encodeGbk(csv)))).toEqual([
      ['隐患编号', '企业名称', '统一社会信用代码', '从业人员'],
      ['YH-001', '某某化工有限公司', '913302000000000012', '025'],
    ]);
    const tsv = csv.replace(/,/g, '\t');
    const u16 = new Uint8Array(2 + tsv.length * 2);
    u16.set([0xff, 0xfe]);
    for (let i = 0; i < tsv.length; i++) new DataView(u16.buffer).setUint16(2 + i * 2, tsv.charCodeAt(i), true);
    expect(cellsOf(readSpreadsheet('台账.xls', u16))[1]).toEqual([
      'YH-001',
      '某某化工有限公司',
      '913302000000000012',
      '025',
    ]);
  });
});

describe('readSpreadsheet: files that cannot be read', () => {
  it('refuses an empty file', () => {
    expectImportError(() => readSpreadsheet('a.xlsx', new Uint8Array(0)), /空/, /empty/);
  });

  it('refuses binary junk and a PNG renamed .xlsx', () => {
    const junk = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256);
    expectImportError(() => readSpreadsheet('junk.xls', junk), /不是 Excel 工作簿/, /not an Excel workbook/);
    const noNul = junk.map((b) => b || 1);
    expectImportError(() => readSpreadsheet('junk.xls', noNul), /不是 Excel 工作簿/);
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6,
      0, 0, 0,
    ]);
    expectImportError(() => readSpreadsheet('地图.xlsx', png), /不是 Excel 工作簿/);
    expectImportError(() => listSheets('地图.xlsx', png), /不是 Excel 工作簿/);
  });

  it('refuses a truncated .xlsx and a zip that holds no workbook', () => {
    const bytes = writeXlsx(ledger);
    const ie = expectImportError(
      () => readSpreadsheet('台账.xlsx', bytes.subarray(0, Math.floor(bytes.length * 0.6))),
      /损坏或不完整/,
      /damaged or incomplete/,
    );
    expect(ie.reason.zh).toBe('文件已损坏或不完整，无法作为 Excel 工作簿读取');
    expect(ie.file).toBe('台账.xlsx');
    expectImportError(
      () => readSpreadsheet('a.xlsx', zipParts({ 'readme.txt': 'hello' })),
      /zip 压缩包/,
      /zip archive/,
    );
  });

  it('refuses a .xlsx whose worksheet part is damaged', () => {
    const parts = xlsxParts(ledger);
    delete parts['xl/worksheets/sheet1.xml'];
    expectImportError(() => readSpreadsheet('台账.xlsx', zipParts(parts)), /损坏或不完整/);
    // Bytes overwritten inside the compressed data (the zip directory at the end stays intact).
    const bytes = writeXlsx(ledger).slice();
    bytes.fill(0x55, 200, bytes.length - 1200);
    expectImportError(() => readSpreadsheet('台账.xlsx', bytes), /损坏或不完整/);
  });

  it('refuses password-protected workbooks', () => {
    expectImportError(() => readSpreadsheet('加密.xls', fixture('encrypted.xls')), /密码/, /password/);
    expectImportError(() => readSpreadsheet('加密.xlsx', encryptedXlsxContainer()), /密码/, /password/);
  });

  it('refuses an empty sheet, naming it', () => {
    const b = writeXlsx({
      sheets: [
        { name: '空表', rows: [] },
        { name: '空格', rows: [{ r: 2, cells: ['  ', ' '] }] },
      ],
    });
    expectImportError(() => readSpreadsheet('a.xlsx', b), /工作表「空表」是空的/, /"空表" is empty/);
    expectImportError(() => readSpreadsheet('a.xlsx', b, { sheet: '空格' }), /「空格」是空的/);
  });

  it('refuses a sheet above the cell limit, merges included', () => {
    const b = writeXlsx(ledger);
    expect(readSpreadsheet('a.xlsx', b, { maxCells: 200 }).rows.length).toBe(7);
    expectImportError(() => readSpreadsheet('a.xlsx', b, { maxCells: 40 }), /表格太大.*上限/, /too big/);
    const merged = writeXlsx({
      sheets: [
        {
          name: 'S',
          merges: ['A1:Z1000'],
          rows: [
            { r: 1, cells: ['x'] },
            { r: 1000, cells: ['y'] },
          ],
        },
      ],
    });
    expectImportError(() => readSpreadsheet('a.xlsx', merged, { maxCells: 20_000 }), /表格太大/);
  });
});

describe('readSpreadsheet: parts bigger than they say or than a tab can hold', () => {
  // A sheet of 2,000 rows: a few hundred KB of XML, deflated to a few KB.
  const rows = Array.from({ length: 2000 }, (_, i) => ({ r: i + 1, cells: [`YH-${i}`, i] }));
  const parts = xlsxParts({ sheets: [{ name: 'Sheet1', rows }] });
  const sheet = new TextEncoder().encode(parts['xl/worksheets/sheet1.xml']);
  const kb = Math.round(sheet.length / 1024);
  const honest = zipParts(parts);

  it('refuses a sheet that inflates past its declared size, with its real size, and never calls it empty', () => {
    expect(readSpreadsheet('a.xlsx', honest).rows.length).toBe(2000);
    // The directory says 100 bytes; the CRC is that of the first 100, so only the length gives it away.
    const bomb = lyingZip(honest, 'xl/worksheets/sheet1.xml', 100, sheet);
    for (const read of [() => readSpreadsheet('台账.xlsx', bomb), () => listSheets('台账.xlsx', bomb)]) {
      const e = expectImportError(read, /解压后为 \d+ KB/);
      expect(e.file).toBe('台账.xlsx');
      expect(e.reason.zh).toBe(
        `工作簿中的「xl/worksheets/sheet1.xml」解压后为 ${kb} KB，大于文件目录中记载的 100 B：文件已损坏或被篡改，无法读取`,
      );
      expect(e.reason.en).toBe(
        `"xl/worksheets/sheet1.xml" in the workbook inflates to ${kb} KB, more than the 100 B its directory declares: the file is damaged or was tampered with`,
      );
      expect(e.reason.zh).not.toMatch(/空/);
    }
    // Past the part limit (here 128 KB: the shared strings fit, the sheet does not), the real size is not waited for.
    expect(sheet.length).toBeGreaterThan(128 * 1024);
    const e = expectImportError(
      () => readSpreadsheet('台账.xlsx', bomb, { maxPartBytes: 128 * 1024 }),
      /解压后超过 128 KB，而文件目录中记载的只有 100 B：/,
      /inflates to more than 128 KB, though its directory declares 100 B: /,
    );
    expect(e.reason.zh).not.toMatch(/空/);
  });

  it('refuses a part declared above the part limit in bytes, not in cells', () => {
    // 2000 MiB declared for the shared strings: the size is compared with a size.
    const huge = lyingZip(honest, 'xl/sharedStrings.xml', 2000 * 1024 * 1024);
    const e = expectImportError(() => readSpreadsheet('大表.xlsx', huge), /sharedStrings/);
    expect(e.reason.zh).toBe(
      '工作簿中的「xl/sharedStrings.xml」解压后有 2000 MB，超过单个部件 450 MB 的上限；请删去无关的工作表或列后再导入',
    );
    expect(e.reason.en).toBe(
      '"xl/sharedStrings.xml" in the workbook is 2000 MB unpacked, above the limit of 450 MB for one part; delete unrelated sheets or columns and import again',
    );
    expect(e.reason.zh).not.toMatch(/单元格/);
  });
});

describe('cell text rules', () => {
  it('writes numbers as plain digits', () => {
    expect(numberToText(12)).toBe('12');
    expect(numberToText(3.5)).toBe('3.5');
    expect(numberToText(-0.25)).toBe('-0.25');
    expect(numberToText(123456789012345)).toBe('123456789012345');
    expect(numberToText(913302000000000012)).toBe('913302000000000000');
    expect(numberToText(1e21)).toBe('1000000000000000000000');
    expect(numberToText(1.5e-7)).toBe('0.00000015');
    expect(numberToText(0.1 + 0.2)).toBe('0.3');
    expect(numberToText(Number.NaN)).toBe('');
  });

  it('turns serials into dates with the Lotus 1900 leap day and the 1904 system', () => {
    expect(serialToText(1, 'date')).toBe('1900-01-01');
    expect(serialToText(59, 'date')).toBe('1900-02-28');
    expect(serialToText(60, 'date')).toBe('1900-02-29');
    expect(serialToText(61, 'date')).toBe('1900-03-01');
    expect(serialToText(46086, 'date')).toBe('2026-03-05');
    expect(serialToText(46086.99999, 'date')).toBe('2026-03-05');
    expect(serialToText(46086.999999, 'datetime')).toBe('2026-03-06 00:00'); // rounds to the second first
    expect(serialToText(0, 'date', true)).toBe('1904-01-01');
    expect(serialToText(44624, 'date', true)).toBe('2026-03-05');
    expect(serialToText(0.75, 'time')).toBe('18:00');
    expect(serialToText(1.5, 'elapsed')).toBe('36:00');
  });
});
