/**
 * The enterprise list's CSV, downloaded as a user does and read back: every credit code as the
 * bundle has it (digits-only codes in the text form a spreadsheet keeps), and the columns that say
 * where each level comes from (assessed level, model level, veto).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { assertClean, openPage, useApp, waitForMap } from './browser.ts';
import { readBundle } from './bundle-facts.ts';
import { CSV_HEADERS } from '../../src/data/export-csv.ts';

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
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...CSV_HEADERS.zh]);
    expect(rows.length - 1).toBe(demo.columns.length);
    const col = (name: string) => rows[0].indexOf(name);
    // A spreadsheet reads ="…" as the text inside; every code comes back whole.
    const codes = rows.slice(1).map((r) => r[col('统一社会信用代码')].replace(/^="(\d+)"$/, '$1'));
    const want = Array.from({ length: demo.columns.length }, (_, i) => demo.text.creditCode.get(i) ?? '');
    expect(new Set(codes)).toEqual(new Set(want));
    const digitsOnly = want.filter((c) => /^\d+$/.test(c));
    expect(digitsOnly.length).toBeGreaterThan(0);
    for (const r of rows.slice(1)) if (/^\d+$/.test(r[col('统一社会信用代码')])) throw new Error(`unprotected digits-only code ${r[0]}`);
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
});
