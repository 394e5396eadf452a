/**
 * Comparing two data dates in real Chromium: the demo (2026-10-31) against its earlier snapshot a week
 * before (demo-prev, written by scripts/demo-earlier.ts). What the page says changed equals what the
 * test works out itself from the two bundles' columns: enterprises matched by credit code, new and
 * gone, moved up and down, and the tiles' "较上期" deltas. Screenshots at 1366x768 and 1920x1080.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, assertClean, openPage, useApp, waitForMap, mapSettled } from './browser.ts';
import { readBundle } from './bundle-facts.ts';
import { plainDiff } from './independent-expectations.ts';

const DIST = 'dist';
const app = useApp(DIST);
const cur = readBundle(join(DIST, 'data/demo'));
const prev = readBundle(join(DIST, 'data/demo-prev'));

const levelCount = (c: typeof cur.columns, level: number) => c.level.filter((l) => l === level).length;

const COMPARE_URL = (base: string) => `${base}?dataset=demo&compare=demo-prev`;

async function openComparison(size: { width: number; height: number }) {
  const w = await openPage(app.browser, app.server.url, size);
  await w.page.goto(COMPARE_URL(app.server.url));
  await waitForMap(w.page);
  await w.page.waitForSelector('[data-testid="compare-banner"][data-state="ready"]', { timeout: 60_000 });
  return w;
}

/** Every row the enterprise table lists, scrolled through (it renders only the rows in view). */
async function allTableRows(page: Page): Promise<number[]> {
  const seen = new Set<number>();
  const box = page.locator('[data-testid="enterprise-table"] .et-scroll');
  for (let k = 0; k < 200; k++) {
    for (const r of await page
      .locator('[data-testid="table-row"]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-row')))))
      seen.add(r);
    const done = await box.evaluate((el) => {
      const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
      el.scrollTop += el.clientHeight * 0.8;
      return end;
    });
    if (done) break;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  return [...seen];
}

/** Scrolls the enterprise table from the top until row `row` is rendered. */
async function scrollToRow(page: Page, row: number): Promise<void> {
  const box = page.locator('[data-testid="enterprise-table"] .et-scroll');
  await box.evaluate((el) => (el.scrollTop = 0));
  for (let k = 0; k < 200; k++) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if ((await page.locator(`[data-testid="table-row"][data-row="${row}"]`).count()) > 0) return;
    await box.evaluate((el) => (el.scrollTop += el.clientHeight * 0.8));
  }
  throw new Error(`row ${row} not in the table`);
}

const count = async (page: Page, id: string) => Number(await page.getAttribute(`[data-testid="${id}"]`, 'data-count'));

describe('comparing two data dates', () => {
  const plain = plainDiff(cur, prev);

  it('says what changed as the two bundles do, with the deltas on the tiles', async () => {
    // The earlier snapshot moves levels both ways, adds and removes enterprises.
    expect(plain.up.length).toBeGreaterThan(5);
    expect(plain.down.length).toBeGreaterThan(5);
    expect(plain.added.length).toBeGreaterThan(5);
    expect(plain.gone).toBeGreaterThan(5);
    const w = await openComparison({ width: 1366, height: 768 });
    const { page } = w;
    expect(await count(page, 'compare-new')).toBe(plain.added.length);
    expect(await count(page, 'compare-gone')).toBe(plain.gone);
    expect(await count(page, 'compare-up')).toBe(plain.up.length);
    expect(await count(page, 'compare-down')).toBe(plain.down.length);
    // 重大 now and then, no filter: the tile's delta is the difference of the two bundles' counts.
    const delta = levelCount(cur.columns, 0) - levelCount(prev.columns, 0);
    expect(
      Number(await page.getAttribute('[data-testid="kpi-level-major"] [data-testid="kpi-delta"]', 'data-delta')),
    ).toBe(delta);
    const all = cur.columns.length - prev.columns.length;
    expect(
      Number(await page.getAttribute('[data-testid="kpi-enterprises"] [data-testid="kpi-delta"]', 'data-delta')),
    ).toBe(all);
    await mapSettled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-1366.png') });
    assertClean(w);
    await page.context().close();
  });

  it('filters 等级上升 to exactly the enterprises that moved up, and the drawer says why', async () => {
    const w = await openComparison({ width: 1366, height: 768 });
    const { page } = w;
    // The filter's count is the number of enterprises the two bundles say moved up.
    const count = Number(
      (await page.textContent('[data-testid="filter-change-up"] .check-count'))!.replace(/[^\d]/g, ''),
    );
    expect(count).toBe(plain.up.length);
    await page.click('[data-testid="filter-change-up"] input');
    await page.waitForFunction(
      (n) =>
        Number(
          document.querySelector('[data-testid="kpi-enterprises"] .kpi-value')?.textContent?.replace(/[^\d]/g, ''),
        ) === n,
      plain.up.length,
      { timeout: 30_000 },
    );
    // The earlier data date has no change of its own: under the change filter the tiles say "–", not a delta.
    expect(await page.locator('[data-testid="kpi-enterprises"] [data-testid="kpi-delta"]').count()).toBe(0);
    await page.click('[data-testid="dock-tab-table"]');
    await page.waitForSelector('[data-testid="table-row"]');
    const rows = await allTableRows(page);
    expect(rows.sort((a, b) => a - b)).toEqual([...plain.up].sort((a, b) => a - b));
    // One whose model inputs differ between the two data dates (not an external assessment): the
    // drawer names an input that changed, with its value then and now, as the bundles hold them.
    const byCode = new Map<string, number>();
    for (let j = 0; j < prev.columns.length; j++) byCode.set(prev.text.creditCode.get(j)!, j);
    const INPUTS = [
      ['accidents3y', '近三年事故'],
      ['hazardsOpen', '未销号隐患'],
      ['hazardsOverdue', '逾期隐患'],
      ['hazardsOpenMajor', '重大事故隐患未销号'],
      ['penalties1y', '近一年行政处罚'],
    ] as const;
    let picked: { row: number; label: string; then: number; now: number } | null = null;
    for (const i of plain.up) {
      const j = byCode.get(cur.text.creditCode.get(i)!)!;
      if (cur.columns.assessedLevel[i] >= 0 || prev.columns.assessedLevel[j] >= 0) continue;
      const hit = INPUTS.find(([k]) => cur.columns[k][i] !== prev.columns[k][j]);
      if (hit) {
        picked = { row: i, label: hit[1], then: prev.columns[hit[0]][j], now: cur.columns[hit[0]][i] };
        break;
      }
    }
    expect(picked).not.toBeNull();
    const { row } = picked!;
    await scrollToRow(page, row);
    await page.click(`[data-testid="table-row"][data-row="${row}"]`);
    await page.waitForSelector('[data-testid="drawer-change-reasons"]', { timeout: 30_000 });
    const reasons = (await page.textContent('[data-testid="drawer-change-reasons"]'))!;
    expect(reasons).toContain(`${picked!.label} ${picked!.then} → ${picked!.now}`);
    await mapSettled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-drawer-1366.png') });
    // The changes tab lists the movers of the selection: the same enterprises.
    await page.click('[data-testid="dock-tab-changes"]');
    await page.waitForSelector('[data-testid="changes-list"]');
    expect(Number(await page.getAttribute('[data-testid="changes-list"]', 'data-count'))).toBe(plain.up.length);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-changes-tab-1366.png') });
    assertClean(w);
    await page.context().close();
  });

  it('survives a reload, and at 1920x1080', async () => {
    const w = await openComparison({ width: 1920, height: 1080 });
    await w.page.reload();
    await waitForMap(w.page);
    await w.page.waitForSelector('[data-testid="compare-banner"][data-state="ready"]', { timeout: 60_000 });
    expect(await count(w.page, 'compare-up')).toBe(plain.up.length);
    await mapSettled(w.page);
    await w.page.screenshot({ path: join(SCREENSHOTS, 'compare-1920.png') });
    assertClean(w);
    await w.page.context().close();
  });
});
