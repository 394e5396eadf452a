/**
 * The parts loaded on first use (src/ui/lazy-load.ts) in real Chromium: the first load fetches only
 * the initial chunks and those loaded at start, the map's and the bulletin's (within the JS budget of
 * scripts/check-bundle-size.ts), none of a panel's, until the idle prefetch that starts once the
 * first map is drawn; after it, opening each panel fetches nothing and shows no loading line;
 * before it, a slow chunk shows the loading line and a chunk that fails says so, and its retry
 * loads it.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, assertClean, openPage, useApp, waitForMap } from './browser.ts';
import { chunksOf, FIRST_MAP_BUDGET, INITIAL_BUDGET } from '../../scripts/check-bundle-size.ts';
import { PREFETCH_MARKS } from '../../src/ui/lazy-load.ts';

const DIST = 'dist';
const app = useApp(DIST);
const chunks = new Map(chunksOf(DIST).map((c) => [c.file, c]));

/** The chunk of a part, by the name of its module. */
function chunkOf(module: string): string {
  const file = [...chunks.keys()].find((f) => new RegExp(`^${module}-[\\w-]{8}\\.js$`).test(f));
  if (!file) throw new Error(`no chunk for ${module} in ${DIST}/assets`);
  return file;
}

const PANELS = [
  'model-panel',
  'hazard-ledger-panel',
  'enterprise-table',
  'area-ranking',
  'enterprise-drawer',
  'area-panel',
  'import-dialog',
  'map-image',
  'shortcut-help',
  'tour-player',
  'build-heatmap-layer',
  'build-hexagon-layer',
  'build-choropleth-layer',
];

/** The app's scripts the page fetched, with when each started (ms since navigation). */
async function scriptsFetched(page: Page): Promise<{ file: string; at: number }[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => /\/assets\/[^/]+\.m?js$/.test(new URL(e.name).pathname))
      .map((e) => ({ file: new URL(e.name).pathname.split('/').pop()!, at: e.startTime })),
  );
}

const markAt = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);
const prefetchDone = (page: Page) =>
  page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, PREFETCH_MARKS.end, { timeout: 60_000 });

describe('parts loaded on first use', () => {
  it('fetches only the initial and the start chunks before the idle prefetch, within the budget, and the panels after it', async () => {
    const w = await openPage(app.browser, app.server.url);
    await w.page.goto(app.server.url);
    await waitForMap(w.page);
    await prefetchDone(w.page);
    const start = (await markAt(w.page, PREFETCH_MARKS.start))!;
    const fetched = await scriptsFetched(w.page);
    const before = fetched.filter((s) => s.at < start);
    const roleOf = (f: string) => chunks.get(f)?.role ?? 'not in dist';
    const early = before
      .filter((s) => roleOf(s.file) === 'lazy' || roleOf(s.file) === 'not in dist')
      .map((s) => s.file);
    expect(early, 'chunks of parts fetched before they were needed').toEqual([]);
    for (const p of PANELS)
      expect(
        before.map((s) => s.file),
        p,
      ).not.toContain(chunkOf(p));
    // What the page fetched before the prefetch is within the budgets the build check holds.
    const gz = (role: string) =>
      before.filter((s) => roleOf(s.file) === role).reduce((a, s) => a + chunks.get(s.file)!.gzip, 0);
    expect(gz('initial')).toBeLessThanOrEqual(INITIAL_BUDGET * 1000);
    expect(gz('initial') + gz('start')).toBeLessThanOrEqual(FIRST_MAP_BUDGET * 1000);
    // Every initial chunk was fetched (the list is what index.html names), and the prefetch fetched the panels.
    for (const [file, c] of chunks)
      if (c.role === 'initial')
        expect(
          before.map((s) => s.file),
          file,
        ).toContain(file);
    for (const p of PANELS)
      expect(
        fetched.map((s) => s.file),
        p,
      ).toContain(chunkOf(p));
    assertClean(w);
  });

  it('opens every panel at once after the prefetch: no loading line, no fetch', async () => {
    const w = await openPage(app.browser, app.server.url);
    await w.page.goto(app.server.url);
    await waitForMap(w.page);
    await prefetchDone(w.page);
    const scripts: string[] = [];
    w.page.on('request', (r) => {
      if (/\/assets\/[^/]+\.m?js$/.test(new URL(r.url()).pathname) && !/-worker-/.test(r.url())) scripts.push(r.url());
    });
    const opens: [string, () => Promise<unknown>, string][] = [
      ['model', () => w.page.click('[data-testid="dock-tab-model"]'), '[data-testid="model-panel"]'],
      ['ledger', () => w.page.click('[data-testid="dock-tab-ledger"]'), '[data-testid="hazard-ledger"]'],
      ['table', () => w.page.click('[data-testid="dock-tab-table"]'), '[data-testid="enterprise-table"]'],
      ['ranking', () => w.page.click('[data-testid="dock-tab-ranking"]'), '[data-testid="area-ranking"]'],
      ['shortcuts', () => w.page.keyboard.press('?'), '[data-testid="shortcut-help"]'],
      [
        'import',
        async () => {
          await w.page.keyboard.press('Escape');
          await w.page.click('[data-testid="import-open"]');
        },
        '[data-testid="import-dialog"]',
      ],
    ];
    for (const [name, open, shown] of opens) {
      await open();
      // Rendered in the same task as the click: no Suspense fallback in between.
      expect(await w.page.$('[data-testid="part-loading"]'), `${name}: loading line`).toBeNull();
      await w.page.waitForSelector(shown, { timeout: 5000 });
      if (name === 'model') await w.page.screenshot({ path: join(SCREENSHOTS, 'lazy-model-first-open.png') });
    }
    expect(scripts, 'scripts fetched on a first open after the prefetch').toEqual([]);
    assertClean(w);
  });

  it('shows the loading line while a slow part loads, says so when one fails, and loads it on retry', async () => {
    const w = await openPage(app.browser, app.server.url);
    const ledger = chunkOf('hazard-ledger-panel');
    const model = chunkOf('model-panel');
    let blocked = true;
    await w.page.route(`**/assets/${ledger}`, async (r) => {
      await new Promise((res) => setTimeout(res, 2500));
      await r.continue();
    });
    await w.page.route(`**/assets/${model}`, (r) => (blocked ? r.abort('connectionrefused') : r.continue()));
    await w.page.goto(app.server.url);
    await waitForMap(w.page);
    await w.page.click('[data-testid="dock-tab-ledger"]');
    await w.page.waitForSelector('[data-testid="part-loading"]', { state: 'visible', timeout: 2000 });
    await w.page.waitForFunction(
      () => Number(getComputedStyle(document.querySelector('[data-testid="part-loading"]')!).opacity) === 1,
    );
    await w.page.screenshot({ path: join(SCREENSHOTS, 'lazy-ledger-loading.png') });
    await w.page.waitForSelector('[data-testid="hazard-ledger"]', { timeout: 15_000 });
    expect(await w.page.$('[data-testid="part-loading"]')).toBeNull();

    await w.page.click('[data-testid="dock-tab-model"]');
    const failed = await w.page.waitForSelector('[data-testid="part-not-loaded"]', { timeout: 15_000 });
    expect(await failed.textContent()).toContain('未能加载');
    expect(await w.page.isVisible('[data-testid="dock-tab-charts"]'), 'the dock stays').toBe(true);
    await w.page.screenshot({ path: join(SCREENSHOTS, 'lazy-model-not-loaded.png') });
    blocked = false;
    await w.page.click('[data-testid="part-retry"]');
    await w.page.waitForSelector('[data-testid="model-panel"]', { timeout: 15_000 });
    // The refused chunk is the only error: Chromium reports the failed fetch, React the error its boundary caught.
    w.errors = w.errors.filter(
      (e) =>
        !/Failed to load resource|ERR_CONNECTION_REFUSED|ChunkLoadError: Failed to fetch dynamically imported module: \S+\/model-panel-/.test(
          e,
        ),
    );
    assertClean(w);
  });
});
