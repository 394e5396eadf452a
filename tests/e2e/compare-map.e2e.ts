/**
 * The changes layer in real Chromium: opening a comparison of the demo (2026-10-31) with its earlier
 * snapshot (demo-prev) turns the layer on by itself; its legend counts the enterprises that moved up
 * as the test works out itself from the two bundles (matched by credit code, a smaller level code
 * being more severe), new ones likewise, and the gone ones once asked for. Screenshots at 1366x768,
 * 1920x1080, zoomed in on movers, and in presentation mode.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, assertClean, mapSettled, openPage, useApp, waitForMap } from './browser.ts';
import { readBundle } from './bundle-facts.ts';

const DIST = 'dist';
const app = useApp(DIST);
const cur = readBundle(join(DIST, 'data/demo'));
const prev = readBundle(join(DIST, 'data/demo-prev'));

/** The test's own diff: by credit code, levels as each bundle holds them. */
function plainDiff() {
  const then = new Map<string, number>();
  for (let i = 0; i < prev.columns.length; i++) then.set(prev.text.creditCode.get(i)!, prev.columns.level[i]);
  const seen = new Set<string>();
  const up: number[] = [],
    added: number[] = [];
  for (let i = 0; i < cur.columns.length; i++) {
    const code = cur.text.creditCode.get(i)!;
    seen.add(code);
    const l = then.get(code);
    if (l === undefined) added.push(i);
    else if (cur.columns.level[i] < l) up.push(i);
  }
  const gone = [...then.keys()].filter((c) => !seen.has(c)).length;
  return { up, added, gone };
}

async function openComparison(size: { width: number; height: number }) {
  const w = await openPage(app.browser, app.server.url, size);
  await w.page.goto(`${app.server.url}?dataset=demo&compare=demo-prev`);
  await waitForMap(w.page);
  await w.page.waitForSelector('[data-testid="compare-banner"][data-state="ready"]', { timeout: 60_000 });
  await w.page.waitForSelector('[data-testid="change-legend"][data-state="marks"]');
  await mapSettled(w.page);
  return w;
}

const count = async (page: Page, key: string) =>
  Number(await page.getAttribute(`[data-testid="change-count-${key}"]`, 'data-count'));

/** Centres the map on a current enterprise at a zoom. */
async function centreOn(page: Page, row: number, zoom: number) {
  await page.evaluate(
    async ([lon, lat, zoom]) => {
      const map = (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap;
      map.jumpTo({ center: [lon, lat], zoom });
      await new Promise<void>((r) => map.once('idle', () => r()));
    },
    [cur.columns.lon[row], cur.columns.lat[row], zoom] as const,
  );
  await mapSettled(page);
}

describe('the changes layer', () => {
  const plain = plainDiff();

  it('comes on with a comparison and counts the movers up and the new ones as the bundles do', async () => {
    expect(plain.up.length).toBeGreaterThan(5);
    const w = await openComparison({ width: 1366, height: 768 });
    const { page } = w;
    expect(await count(page, 'up')).toBe(plain.up.length);
    expect(await count(page, 'new')).toBe(plain.added.length);
    // Down and gone are off by default.
    expect(await page.$('[data-testid="change-mark-down"]')).toBeNull();
    expect(await page.$('[data-testid="change-mark-gone"]')).toBeNull();
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-map-1366.png') });

    // The gone enterprises, all of them, where they were; the link keeps the choice.
    await page.click('[data-testid="layers-button"]');
    // The comparison turned the layer on.
    expect(await page.isChecked('[data-testid="layer-changes"]')).toBe(true);
    await page.click('[data-testid="change-toggle-gone"]');
    await page.click('[data-testid="layers-button"]');
    await page.waitForSelector('[data-testid="change-mark-gone"]');
    expect(await count(page, 'gone')).toBe(plain.gone);
    expect(await page.textContent('[data-testid="change-mark-gone"]')).toContain('上期位置，全部显示');
    await page.waitForFunction(() => location.hash.includes('chm=gone'));
    await mapSettled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-map-gone-1366.png') });
    // A level filter narrows up and new, not gone (a link opened afresh: the comparison turns the layer on again).
    await page.goto(`${app.server.url}?dataset=demo&compare=demo-prev#level=major&chm=gone`);
    await page.reload();
    await waitForMap(page);
    await page.waitForSelector('[data-testid="compare-banner"][data-state="ready"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="change-legend"][data-state="marks"]');
    const upMajor = plain.up.filter((i) => cur.columns.level[i] === 0).length;
    expect(await count(page, 'up')).toBe(upMajor);
    expect(await count(page, 'gone')).toBe(plain.gone);
    assertClean(w);
    await page.context().close();
  });

  it('reads at 1920x1080, zoomed in on movers, and on the wall', async () => {
    const w = await openComparison({ width: 1920, height: 1080 });
    const { page } = w;
    expect(await count(page, 'up')).toBe(plain.up.length);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-map-1920.png') });
    // Where the movers up are thickest: the up enterprise with the most others within about 1 km.
    const near = (a: number, b: number) =>
      Math.abs(cur.columns.lon[a] - cur.columns.lon[b]) < 0.01 &&
      Math.abs(cur.columns.lat[a] - cur.columns.lat[b]) < 0.01;
    const movers = [...plain.up, ...plain.added];
    const busiest = plain.up.reduce(
      (best, i) => {
        const n = movers.filter((j) => near(i, j)).length;
        return n > best.n ? { i, n } : best;
      },
      { i: plain.up[0], n: -1 },
    ).i;
    await centreOn(page, busiest, 14);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-map-zoomed-1920.png') });
    await centreOn(page, busiest, 12);
    await page.locator('[data-testid="map"] canvas').focus();
    await page.keyboard.press('p');
    await page.waitForSelector('html[data-presenting]');
    await mapSettled(page);
    expect(await count(page, 'up')).toBe(plain.up.length);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-map-presentation-1920.png') });
    assertClean(w);
    await page.context().close();
  });
});
