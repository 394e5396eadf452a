/**
 * The area lists for the weekly dispatch in real Chromium: the ranking by grid worker (its first row's
 * figures against what the test counts itself from the bundle's columns and ledger; a click filters the
 * map to the worker's grid cells), and the Excel files of the grid-worker ranking, the area ranking and
 * the two-area comparison, read back with SheetJS: numbers as number cells.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { read, utils, type WorkSheet } from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, assertClean, openPage, useApp, waitForMap } from './browser.ts';
import { readBundle } from './bundle-facts.ts';
import { decodeHazards } from '../../src/data/bundle.ts';
import { parseDay } from '../../src/data/dates.ts';

const DIST = 'dist';
const app = useApp(DIST);
const demo = readBundle(join(DIST, 'data/demo'));
const c = demo.columns;
const h = decodeHazards(new Uint8Array(readFileSync(join(DIST, 'data/demo/hazards.arrow'))));
const asOf = parseDay(demo.manifest.asOf)!;
const monday = asOf - ((new Date(asOf * 86_400_000).getUTCDay() + 6) % 7);

/** Per grid worker (the grid info's name, trimmed; '' for none), counted plainly from the bundle. */
function workerFigures() {
  const byWorker = new Map<
    string,
    { cells: number[]; enterprises: number; open: number; overdue: number; week: number }
  >();
  const workerOfCell = demo.manifest.grids.map((g) => g.gridWorker.trim());
  workerOfCell.forEach((name, g) => {
    if (!byWorker.has(name)) byWorker.set(name, { cells: [], enterprises: 0, open: 0, overdue: 0, week: 0 });
    byWorker.get(name)!.cells.push(g);
  });
  for (let i = 0; i < c.length; i++) if (c.grid[i] >= 0) byWorker.get(workerOfCell[c.grid[i]])!.enterprises++;
  for (let k = 0; k < h.length; k++) {
    const e = h.enterprise[k];
    if (e < 0 || c.grid[e] < 0) continue;
    const f = byWorker.get(workerOfCell[c.grid[e]])!;
    const found = h.found[k];
    const closedFrom = h.status[k] === 3 ? Math.max(found, h.closed[k] >= 0 ? h.closed[k] : found) : Infinity;
    if (found <= asOf && closedFrom > asOf) {
      f.open++;
      if (h.deadline[k] >= 0 && h.deadline[k] < asOf) f.overdue++;
    }
    if (found >= monday && found <= asOf) f.week++;
  }
  return byWorker;
}

async function download(page: Page, button: string): Promise<{ ws: WorkSheet; rows: unknown[][]; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${button}"]`)]);
  const book = read(readFileSync((await file.path())!), { type: 'buffer' });
  const ws = book.Sheets[book.SheetNames[0]];
  return { ws, rows: utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true }), name: file.suggestedFilename() };
}

describe('area lists', () => {
  it('ranks the grid workers by their figures, filters to one, and writes the ranking to Excel', async () => {
    const want = workerFigures();
    // One worker looks after more than one cell in the demo: the grouping is not one row a cell.
    expect(want.size).toBeLessThan(demo.manifest.grids.length);
    const maxOverdue = Math.max(...[...want.values()].map((f) => f.overdue));
    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    const { page } = w;
    await page.goto(`${app.server.url}#tab=ranking`);
    await waitForMap(page);
    await page.click('[data-testid="ranking-kind-grid-worker"]');
    await page.waitForSelector('[data-testid="grid-worker-row"]');
    // This week's figures need the ledger: wait until they are in.
    await page.waitForFunction(
      () => document.querySelector('[data-testid="grid-worker-row"]')?.getAttribute('data-found-week') !== '',
    );
    const first = await page.$eval('[data-testid="grid-worker-row"]', (r) => ({
      worker: r.getAttribute('data-worker')!,
      grids: r.getAttribute('data-grids')!,
      enterprises: Number(r.getAttribute('data-enterprises')),
      open: Number(r.getAttribute('data-open')),
      overdue: Number(r.getAttribute('data-overdue')),
      week: Number(r.getAttribute('data-found-week')),
    }));
    const f = want.get(first.worker)!;
    expect(f, first.worker).toBeDefined();
    expect(first).toEqual({
      worker: first.worker,
      grids: f.cells.join(','),
      enterprises: f.enterprises,
      open: f.open,
      overdue: f.overdue,
      week: f.week,
    });
    // Sorted by overdue hazards, most first.
    expect(first.overdue).toBe(maxOverdue);
    await page.screenshot({ path: join(SCREENSHOTS, 'ranking-grid-workers.png') });

    // The Excel file: the rows in the order shown, figures as numbers.
    const x = await download(page, 'ranking-export-xlsx');
    expect(x.name).toMatch(/_网格员排名_.*\.xlsx$/);
    expect(x.rows[0]).toEqual([
      '排名',
      '网格员',
      '负责网格',
      '网格数',
      '企业数',
      '未销号隐患',
      '逾期隐患',
      '本周新发现隐患',
    ]);
    expect(x.rows.length - 1).toBe(want.size);
    expect(x.rows[1][1]).toBe(first.worker || '未指定网格员');
    expect(x.rows[1].slice(3)).toEqual([f.cells.length, f.enterprises, f.open, f.overdue, f.week]);
    expect(x.ws['E2'].t).toBe('n');

    // A click on the name filters the map to the worker's grid cells.
    await page.click('[data-testid="grid-worker-row"] [data-testid="grid-worker-filter"]');
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="kpi-enterprises"] .kpi-value')?.textContent?.replace(/,/g, '') ===
        String(n),
      f.enterprises,
    );
    expect(
      await page.getAttribute('[data-testid="grid-worker-row"] [data-testid="grid-worker-filter"]', 'aria-pressed'),
    ).toBe('true');
    assertClean(w);
    await page.context().close();
  });

  it('writes the area ranking and the comparison of two areas to Excel, numbers as numbers', async () => {
    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    const { page } = w;
    await page.goto(`${app.server.url}#tab=ranking`);
    await waitForMap(page);
    await page.click('[data-testid="ranking-kind-town"]');
    await page.waitForSelector('[data-testid="ranking-row"]');
    const perTown = demo.manifest.towns.map(() => 0);
    for (let i = 0; i < c.length; i++) if (c.town[i] >= 0) perTown[c.town[i]]++;
    const x = await download(page, 'ranking-export-xlsx');
    expect(x.name).toMatch(/_区域排名_.*\.xlsx$/);
    const head = x.rows[0] as string[];
    expect(head.slice(0, 3)).toEqual(['排名', '镇街', '编码']);
    const entCol = head.findIndex((s) => s.startsWith('企业数'));
    expect(entCol).toBeGreaterThan(0);
    // Every town with an enterprise, ranked 1..n, each with its own count.
    expect(x.rows.length - 1).toBe(perTown.filter((n) => n > 0).length);
    for (let r = 1; r < x.rows.length; r++) {
      expect(x.rows[r][0]).toBe(r);
      const t = demo.manifest.towns.findIndex((town) => town.code === x.rows[r][2]);
      expect(x.rows[r][entCol]).toBe(perTown[t]);
      expect(x.ws[utils.encode_cell({ r, c: entCol })].t).toBe('n');
    }

    // The first town's panel, compared with the second town.
    await page.click('[data-testid="ranking-row"]');
    await page.waitForSelector('[data-testid="area-panel"]');
    await page.click('[data-testid="area-compare-button"]');
    const other = await page.$eval(
      '[data-testid="area-compare-select"] option:nth-child(2)',
      (o) => (o as HTMLOptionElement).value,
    );
    await page.selectOption('[data-testid="area-compare-select"]', other);
    await page.waitForSelector('[data-testid="area-compare"]');
    const shown = await page.getAttribute('[data-testid="area-metric-enterprises"]', 'data-value');
    const cmp = await download(page, 'area-compare-export-xlsx');
    expect(cmp.name).toMatch(/_区域对比_.*\.xlsx$/);
    expect(cmp.rows.length).toBe(3);
    const cEnt = (cmp.rows[0] as string[]).findIndex((s) => s.startsWith('企业数'));
    expect(cmp.rows[1][cEnt]).toBe(Number(shown));
    expect(cmp.rows[2][1]).toBe(demo.manifest.towns[Number(other)].code);
    expect(cmp.rows[2][cEnt]).toBe(perTown[Number(other)]);
    await page.screenshot({ path: join(SCREENSHOTS, 'area-compare-export.png') });
    assertClean(w);
    await page.context().close();
  });
});
