/**
 * Areas between two data dates in real Chromium: the demo (2026-10-31) compared with its earlier
 * snapshot (demo-prev). The rankings tab shows each town's move since then, which the test works out
 * itself from the two bundles (each town's area risk index by the formula of docs/area-risk.md,
 * independent-expectations.ts, ranked highest first); the choropleth of the change in area risk
 * changes the picture, with classes symmetric about zero and a legend since the earlier data date,
 * and is offered only while comparing. Screenshots at 1366x768 and 1920x1080.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { read, utils } from '@e965/xlsx';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, assertClean, mapSettled, openPage, useApp, waitForMap } from './browser.ts';
import { readBundle } from './bundle-facts.ts';
import { townRiskIndexes } from './independent-expectations.ts';

const DIST = 'dist';
const app = useApp(DIST);
const cur = readBundle(join(DIST, 'data/demo'));
const prev = readBundle(join(DIST, 'data/demo-prev'));

/** Rank of each town (1 = highest index; ties by index; 0 = no enterprise, unranked). */
function ranksOf(values: number[]): number[] {
  const order = values
    .map((v, i) => ({ v, i }))
    .filter((x) => Number.isFinite(x.v))
    .sort((a, b) => b.v - a.v || a.i - b.i);
  const rank = new Array<number>(values.length).fill(0);
  order.forEach((x, k) => (rank[x.i] = k + 1));
  return rank;
}

const nowIndex = townRiskIndexes(cur);
const thenIndex = townRiskIndexes(prev);
const rankNow = ranksOf(nowIndex);
const rankThen = ranksOf(thenIndex);
/** The move as the ranking writes it. */
const moveOf = (t: number) =>
  rankThen[t] === 0
    ? '新'
    : rankThen[t] === rankNow[t]
      ? '—'
      : rankThen[t] > rankNow[t]
        ? `↑${rankThen[t] - rankNow[t]}`
        : `↓${rankNow[t] - rankThen[t]}`;

async function mapHash(page: Page): Promise<string> {
  await mapSettled(page);
  await page.evaluate(async () => {
    const map = (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap;
    map.triggerRepaint();
    await new Promise<void>((r) => map.once('idle', () => r()));
  });
  const png = await page.locator('[data-testid="map"]').screenshot();
  return createHash('sha1').update(png).digest('hex');
}

async function openComparison(size: { width: number; height: number }, hash = '') {
  const w = await openPage(app.browser, app.server.url, size);
  await w.page.goto(`${app.server.url}?dataset=demo&compare=demo-prev${hash}`);
  await waitForMap(w.page);
  await w.page.waitForSelector('[data-testid="compare-banner"][data-state="ready"]', { timeout: 60_000 });
  return w;
}

describe('areas between two data dates', () => {
  it('ranks the towns with their moves since the earlier data date', async () => {
    // The two snapshots differ: some town moves.
    expect(nowIndex.some((v, t) => rankNow[t] !== rankThen[t] || Math.abs(v - thenIndex[t]) > 1e-3)).toBe(true);
    const w = await openComparison({ width: 1366, height: 768 });
    const { page } = w;
    await page.click('[data-testid="dock-tab-ranking"]');
    await page.click('[data-testid="ranking-kind-town"]');
    await page.waitForSelector('[data-testid="ranking-row"][data-move]');
    expect(await page.inputValue('[data-testid="ranking-metric"]')).toBe('riskIndex');
    expect(await page.textContent('[data-testid="ranking-since"]')).toContain(prev.manifest.asOf);

    // The first town: the highest index now, its rank then and its move as the test computes them.
    const first = page.locator('[data-testid="ranking-row"]').first();
    const t = Number(await first.getAttribute('data-index'));
    expect(rankNow[t]).toBe(1);
    expect(Number(await first.getAttribute('data-rank'))).toBe(1);
    expect(Number(await first.getAttribute('data-rank-then'))).toBe(rankThen[t]);
    expect(await first.locator('[data-testid="ranking-move"]').textContent()).toBe(moveOf(t));
    // The value then → now: the index of each bundle (kept as 32-bit floats in the app).
    expect(Number(await first.getAttribute('data-value-then'))).toBeCloseTo(thenIndex[t], 3);
    expect(Number(await first.getAttribute('data-value'))).toBeCloseTo(nowIndex[t], 3);
    await page.screenshot({ path: join(SCREENSHOTS, 'area-changes-ranking-1366.png') });

    // The ranking's Excel: rank then, the move and the value then after the rank.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="ranking-export-xlsx"]'),
    ]);
    const book = read(readFileSync((await file.path())!), { type: 'buffer' });
    const rows = utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]], { header: 1, raw: true });
    const head = rows.findIndex((r) => r[0] === '排名');
    expect((rows[head] as string[]).slice(0, 4)).toEqual([
      '排名',
      '上期排名',
      '排名变化',
      '上期值 · 区域风险指数（0-100）',
    ]);
    const row = rows[head + 1];
    expect(row.slice(0, 3)).toEqual([1, rankThen[t], moveOf(t)]);
    expect(row[3] as number).toBeCloseTo(thenIndex[t], 1);
    expect(row[4]).toBe(cur.manifest.towns[t].name);

    // Ordered by the largest rise: the first row rose the most places (new towns last).
    await page.selectOption('[data-testid="ranking-order"]', 'rise');
    const rises = rankNow.map((r, i) => (r > 0 && rankThen[i] > 0 ? rankThen[i] - r : -Infinity));
    const top = Math.max(...rises);
    const firstRise = page.locator('[data-testid="ranking-row"]').first();
    await page.waitForFunction(
      (want) => document.querySelector('[data-testid="ranking-row"]')?.getAttribute('data-move') === want,
      top > 0 ? `up:${top}` : top === 0 ? 'same' : `down:${-top}`,
    );
    expect(rises[Number(await firstRise.getAttribute('data-index'))]).toBe(top);

    // The change in area risk on the town choropleth: the picture changes, symmetric classes.
    await page.click('[data-testid="layers-button"]');
    await page.click('[data-testid="layer-townChoro"]');
    await page.click('[data-testid="layers-button"]');
    const before = await mapHash(page);
    await page.click('[data-testid="layers-button"]');
    await page.selectOption('[data-testid="choro-metric"]', 'riskIndexChange');
    await page.click('[data-testid="layers-button"]');
    await page.waitForSelector('[data-testid="choro-legend"][data-state="change"]');
    expect(await mapHash(page)).not.toBe(before);
    const title = await page.textContent('[data-testid="choro-title-townChoro"]');
    expect(title).toContain('区域风险变化');
    expect(title).toContain(`较上期 ${prev.manifest.asOf}`);
    const breaks = JSON.parse(
      (await page.getAttribute('[data-testid="choro-breaks-townChoro"]', 'data-breaks'))!,
    ) as number[];
    expect(breaks.length).toBeGreaterThan(0);
    expect(breaks).toEqual(breaks.map((_, i) => -breaks[breaks.length - 1 - i]));
    // The breaks bound the towns' changes the test computes: the largest change is at most the top
    // break's distance beyond it (quantile breaks are observed sizes).
    const sizes = nowIndex.map((v, i) => Math.abs(v - thenIndex[i])).filter(Number.isFinite);
    expect(Math.max(...breaks)).toBeLessThanOrEqual(Math.max(...sizes) + 1e-3);
    await page.waitForFunction(() => location.hash.includes('cm=riskIndexChange'));
    await page.screenshot({ path: join(SCREENSHOTS, 'area-changes-choropleth-1366.png') });
    assertClean(w);
    await page.context().close();
  });

  it('opens the change choropleth from a link at 1920x1080, and offers it only while comparing', async () => {
    const w = await openComparison(
      { width: 1920, height: 1080 },
      '#layers=townChoro,labels&cm=riskIndexChange&tab=ranking',
    );
    const { page } = w;
    // Classed once the comparison is in (the link came first).
    await page.waitForSelector('[data-testid="choro-legend"][data-state="change"]');
    await page.click('[data-testid="ranking-kind-town"]');
    await page.waitForSelector('[data-testid="ranking-row"][data-move]');
    const first = page.locator('[data-testid="ranking-row"]').first();
    const t = Number(await first.getAttribute('data-index'));
    expect(await first.locator('[data-testid="ranking-move"]').textContent()).toBe(moveOf(t));
    await mapSettled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'area-changes-1920.png') });
    assertClean(w);
    await page.context().close();

    // Without a comparison: not offered, and the settings say why.
    const plain = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    await plain.page.goto(`${app.server.url}?dataset=demo#layers=townChoro`);
    await waitForMap(plain.page);
    await plain.page.click('[data-testid="layers-button"]');
    await plain.page.waitForSelector('[data-testid="choro-change-unavailable"]');
    const options = await plain.page.$$eval('[data-testid="choro-metric"] option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    expect(options).toContain('riskIndex');
    expect(options).not.toContain('riskIndexChange');
    assertClean(plain);
    await plain.page.context().close();
  });
});
