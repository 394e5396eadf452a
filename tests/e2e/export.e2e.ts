/**
 * Every list says what it is: a CSV starts with a header block (dataset, data date, filters in words,
 * export time, rows) and an empty line, a workbook has a 说明 sheet second, and the file is named by the
 * dataset's data date as the bundle's manifest has it (not the day of the test).
 * The enterprise list's CSV, downloaded as a user does and read back: every credit code as the
 * bundle has it (digits-only codes in the text form a spreadsheet keeps), and the columns that say
 * where each level comes from (assessed level, model level, veto). The enterprise list and the hazard
 * ledger as .xlsx, read back with SheetJS (not the writer): codes as text cells equal to the
 * bundle's, dates as date cells of the bundle's days.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { assertClean, openPage, useApp, waitForMap } from './browser.ts';
import { readBundle } from './bundle-facts.ts';
import { read, SSF, utils } from '@e965/xlsx';
import { CSV_HEADERS } from '../../src/data/export-csv.ts';
import { decodeHazards } from '../../src/data/bundle.ts';
import { formatDay } from '../../src/data/dates.ts';

const DIST = 'dist';
const app = useApp(DIST);
const demo = readBundle(join(DIST, 'data/demo'));

describe('enterprise CSV export', () => {
  it('keeps every credit code as text and says where each level comes from', async () => {
    const w = await openPage(app.browser, app.server.url);
    const { page } = w;
    await page.goto(app.server.url);
    await waitForMap(page);
    await page.click('[data-testid="dock-tab-table"]');
    await page.waitForSelector('[data-testid="export-csv"]');
    const t0 = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    console.log(`export of ${demo.columns.length} rows: ${Date.now() - t0} ms from click to download`);
    expect(download.suggestedFilename()).toBe(`${demo.manifest.name}_企业清单_${demo.manifest.asOf}.csv`);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // The header block, an empty line, then the table.
    const [block, table] = text.slice(1).split('\r\n\r\n');
    const facts = Papa.parse<string[]>(block).data;
    expect(facts.slice(0, 4)).toEqual([
      ['数据集', demo.manifest.name],
      ['数据日期', demo.manifest.asOf],
      ['导出内容', '企业清单'],
      ['筛选条件', '无（全部）'],
    ]);
    expect(facts[4][0]).toBe('导出时间');
    expect(facts[4][1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(facts[5]).toEqual(['行数', String(demo.columns.length)]);
    const rows = Papa.parse<string[]>(table, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...CSV_HEADERS.zh]);
    expect(rows.length - 1).toBe(demo.columns.length);
    const col = (name: string) => rows[0].indexOf(name);
    // A spreadsheet reads ="…" as the text inside; every code comes back whole.
    const codes = rows.slice(1).map((r) => r[col('统一社会信用代码')].replace(/^="(\d+)"$/, '$1'));
    const want = Array.from({ length: demo.columns.length }, (_, i) => demo.text.creditCode.get(i) ?? '');
    expect(new Set(codes)).toEqual(new Set(want));
    const digitsOnly = want.filter((c) => /^\d+$/.test(c));
    expect(digitsOnly.length).toBeGreaterThan(0);
    for (const r of rows.slice(1))
      if (/^\d+$/.test(r[col('统一社会信用代码')])) throw new Error(`unprotected digits-only code ${r[0]}`);
    // Where the level comes from: assessed rows and vetoes as the bundle has them (default model: both vetoes on).
    const assessed = rows.slice(1).filter((r) => r[col('评估等级')] !== '').length;
    let wantAssessed = 0;
    let wantVetoes = 0;
    for (let i = 0; i < demo.columns.length; i++) {
      if (demo.columns.assessedLevel[i] >= 0) wantAssessed++;
      if (demo.columns.hazardsOpenMajor[i] > 0 || demo.columns.majorAccident3y[i] > 0) wantVetoes++;
    }
    expect(assessed).toBe(wantAssessed);
    expect(rows.slice(1).filter((r) => r[col('一票否决')] !== '').length).toBe(wantVetoes);
    expect(rows.slice(1).every((r) => r[col('模型等级')] !== '')).toBe(true);
    assertClean(w);
    await page.context().close();
  });

  it('writes the enterprise list and the hazard ledger as .xlsx: codes as text, dates as dates', async () => {
    const w = await openPage(app.browser, app.server.url);
    const { page } = w;
    await page.goto(app.server.url);
    await waitForMap(page);
    /** The list's sheet; the 说明 sheet second says what the list holds, and the file is named by the data date. */
    const sheetOf = async (button: string, list: string, filters: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${button}"]`)]);
      expect(download.suggestedFilename()).toBe(`${demo.manifest.name}_${list}_${demo.manifest.asOf}.xlsx`);
      const book = read(readFileSync((await download.path())!), { type: 'buffer', cellDates: false });
      expect(book.SheetNames).toEqual([list, '说明']);
      const about = utils.sheet_to_json<string[]>(book.Sheets['说明'], { header: 1, raw: true });
      const rows = utils.sheet_to_json<unknown[]>(book.Sheets[list], { header: 1, raw: true }).length - 1;
      expect(about).toEqual([
        ['项目', '内容'],
        ['数据集', demo.manifest.name],
        ['数据日期', demo.manifest.asOf],
        ['导出内容', list],
        ['筛选条件', filters],
        ['导出时间', expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)],
        ['行数', String(rows)],
      ]);
      return book.Sheets[list];
    };
    await page.click('[data-testid="dock-tab-table"]');
    const enterprises = await sheetOf('export-xlsx', '企业清单', '无（全部）');
    const eRows = utils.sheet_to_json<unknown[]>(enterprises, { header: 1, raw: true });
    expect(eRows[0]).toEqual([...CSV_HEADERS.zh]);
    expect(eRows.length - 1).toBe(demo.columns.length);
    const want = new Set(Array.from({ length: demo.columns.length }, (_, i) => demo.text.creditCode.get(i) ?? ''));
    const codes = new Set<string>();
    for (let r = 1; r < eRows.length; r++) {
      const cell = enterprises[utils.encode_cell({ r, c: 0 })];
      expect(cell.t, `row ${r}`).toBe('s');
      codes.add(String(cell.v));
    }
    expect(codes).toEqual(want);

    // The ledger lists the hazards of the enterprises in the map filter: the filter is in its 说明 sheet.
    await page.click('[data-testid="filter-level-major"]');
    await page.click('[data-testid="dock-tab-ledger"]');
    await page.waitForSelector('[data-testid="ledger-export-xlsx"]:not([disabled])');
    const ledger = await sheetOf('ledger-export-xlsx', '隐患台账', '风险等级：▲重大风险');
    const lRows = utils.sheet_to_json<unknown[]>(ledger, { header: 1, raw: true });
    const head = lRows[0] as string[];
    const shown = Number(await page.getAttribute('[data-testid="ledger-count"]', 'data-count'));
    expect(lRows.length - 1).toBe(shown);
    const h = decodeHazards(new Uint8Array(readFileSync(join(DIST, 'data/demo/hazards.arrow'))));
    const ids = new Map(Array.from({ length: h.length }, (_, k) => [h.id.get(k) ?? '', k]));
    const idCol = head.indexOf('隐患编号'),
      foundCol = head.indexOf('发现日期'),
      codeCol = head.indexOf('统一社会信用代码');
    expect([idCol, foundCol, codeCol].every((c) => c >= 0)).toBe(true);
    for (let r = 1; r < Math.min(lRows.length, 200); r++) {
      const id = ledger[utils.encode_cell({ r, c: idCol })];
      const found = ledger[utils.encode_cell({ r, c: foundCol })];
      const code = ledger[utils.encode_cell({ r, c: codeCol })];
      expect(id.t).toBe('s');
      expect(code.t).toBe('s');
      const k = ids.get(String(id.v))!;
      expect(k, String(id.v)).toBeDefined();
      expect(String(code.v)).toBe(demo.text.creditCode.get(h.enterprise[k]));
      // A date cell: a number with a date format, on the bundle's day.
      expect(found.t).toBe('n');
      expect(SSF.is_date(String(found.z))).toBe(true);
      const { y, m, d } = SSF.parse_date_code(Number(found.v));
      expect(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`).toBe(formatDay(h.found[k]));
    }
    assertClean(w);
    await page.context().close();
  });
});
