/**
 * tour-soak: the briefing room's tour left running, in headless Chromium on the built app (dist/,
 * with the demo data): three saved views of different filters and layers, stepped through with the
 * presenter's PageDown key, each step waiting until the view shows. Flights are instant (the page is
 * told the viewer prefers reduced motion). The JS heap is read after a forced garbage collection
 * (CDP HeapProfiler.collectGarbage) once the tour has warmed up (100 transitions) and again at the end;
 * TOUR_SOAK_SERIES=1 also prints the heap every 100 transitions.
 * Target: growth under 10% over 500 transitions (a working day is about 1,000 at 30 s a view).
 *
 *   npx tsx scripts/bench/tour-soak.ts [transitions]
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch } from '../../tests/e2e/chromium.ts';
import { serveStatic, type RunningServer } from '../../tests/e2e/static-server.ts';
import { isMain } from '../is-main.ts';

const VIEWS = [
  {
    id: 'a',
    name: '全区',
    hash: '#layers=points,parkBoundaries,gridLines,labels',
    dataset: 'demo',
    seconds: 30,
    savedAt: '2026-12-01T00:00:00Z',
  },
  {
    id: 'b',
    name: '重大风险',
    hash: '#level=major&layers=points,townChoro,parkBoundaries,gridLines,labels&cm=enterprises',
    dataset: 'demo',
    seconds: 30,
    savedAt: '2026-12-01T00:00:00Z',
  },
  {
    id: 'c',
    name: '较大风险热力',
    hash: '#level=significant&layers=points,heatmap,hazards,parkBoundaries,labels&tab=ledger',
    dataset: 'demo',
    seconds: 30,
    savedAt: '2026-12-01T00:00:00Z',
  },
];

export async function benchTourSoak(transitions = 500, dist = 'dist'): Promise<string> {
  if (!existsSync(`${dist}/data/demo/manifest.json`))
    return 'tour-soak: skipped (build the app and the demo data first: npm run demo-data && npx vite build)';
  // Opened one by one inside the try: whichever fails, the one opened before it is closed.
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  try {
    browser = await launch();
    server = await serveStatic(dist);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript((views) => localStorage.setItem('risk-map.saved-views', JSON.stringify(views)), VIEWS);
    await page.goto(`${server.url}#present=1`);
    await page.waitForSelector('.app[data-load-state="ready"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 90_000 });
    const cdp = await context.newCDPSession(page);
    const heapMb = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize / 1048576;
    };
    await page.keyboard.press('Space'); // start the tour, then pause it: the keys step it
    await page.waitForSelector('[data-testid="tour-bar"]');
    await page.keyboard.press('Space');
    const step = async (k: number) => {
      await page.keyboard.press('PageDown');
      await page.waitForFunction(
        (want) => document.querySelector('[data-testid="tour-bar"]')?.getAttribute('data-index') === String(want),
        k % VIEWS.length,
      );
      // The view is shown when the map has drawn it.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const map = (
              window as unknown as { __riskMap: { triggerRepaint(): void; once(e: string, f: () => void): void } }
            ).__riskMap;
            map.once('idle', () => resolve());
            map.triggerRepaint();
            // A map that stays busy (a fly, tiles) still lets the tour go on: the next step comes anyway.
            setTimeout(resolve, 3000);
          }),
      );
    };
    // Warm-up: every view shown some 30 times (code compiled and optimised, MapLibre's glyph and tile
    // caches, the filter engine's pair crosstabs, deck's shader pipelines). Measured here: the heap grows
    // by about 2 MB over the first 100 transitions, then far more slowly.
    const warm = 100;
    for (let k = 1; k <= warm; k++) await step(k);
    const start = await heapMb();
    const series = [start];
    const t0 = performance.now();
    for (let k = warm + 1; k <= warm + transitions; k++) {
      await step(k);
      if ((k - warm) % 100 === 0) series.push(await heapMb());
    }
    const seconds = (performance.now() - t0) / 1000;
    const end = await heapMb();
    if (process.env.TOUR_SOAK_SERIES)
      console.log(`tour-soak heap every 100 transitions: ${series.map((v) => v.toFixed(1)).join(' ')}`);
    if (errors.length) return `tour-soak: failed (${errors.length} page errors: ${errors[0]})`;
    return `tour-soak: transitions=${transitions} heap_start_mb=${start.toFixed(1)} heap_end_mb=${end.toFixed(1)} growth_pct=${(((end - start) / start) * 100).toFixed(1)} ms_per_transition=${((seconds * 1000) / transitions).toFixed(0)}`;
  } finally {
    // Each closed whatever became of the other; a failure to close is told, not put in the figures' place.
    const closed = await Promise.allSettled([browser?.close(), server?.close()]);
    for (const c of closed)
      if (c.status === 'rejected') process.stderr.write(`  tour-soak: could not close: ${String(c.reason)}\n`);
  }
}

if (isMain(import.meta.url)) console.log(await benchTourSoak(Number(process.argv[2] ?? 500)));
