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
