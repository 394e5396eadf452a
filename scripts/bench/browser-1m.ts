/**
 * browser-1m: the built app in headless Chromium on the 1,000,000-enterprise bundle, served from
 * localhost the way a deployment serves it (the build's pre-compressed copies, by Accept-Encoding).
 *
 *   ready_ms         navigation start to `data-load-state="ready"` in the page (map and filters usable), median
 *   first_mb         megabytes on the wire (headers and encoded bodies, the worker's fetches included) asked for before ready
 *   total_mb         megabytes on the wire once everything has streamed in
 *   details_ms       navigation start to the streamed parts (names, hazard ledger) ready, median
 *   click_to_kpi_ms  a risk-level filter click (the input event's time stamp) to the new enterprise
 *                    count in the KPI tile, median over 10 clicks
 *   whatif_ms        a what-if edit (a sector weight typed in the model tab: its input event) to the
 *                    KPI tiles' new level counts, median over 6 edits; it includes the editor's pause
 *                    for typing to stop (MODEL_EDIT_PAUSE_MS), then the rescore and re-index in the
 *                    dataset worker, the filter run and React's render
 *   rescore_ms       of that, the app's own 'rescore' measure: from the pause's end to the new
 *                    dataset bound and filtered (worker round trip included), median
 *   heap_mb          the page's JS heap after ready and a forced garbage collection, with the memory
 *                    behind its typed arrays (the dataset worker's heap is its own and not counted)
 *   browser_mb       the memory of this run's Chromium processes (proportional set size), the worker's included
 *   compare_ready_ms navigation start to the comparison with the earlier snapshot shown
 *                    (`?dataset=bench-1m&compare=bench-1m-prev`: both loads, names and ledgers, the diff and
 *                    the index with the change codes in the worker), one load after the others
 *
 * Needs the built app (npm run demo-data && npx vite build) and the bench bundle (npm run bench builds
 * it). The bundle is linked into dist/data/ and pre-compressed beside itself once (kept while fresh).
 *
 *   npx tsx scripts/bench/browser-1m.ts [dist] [bundle dir] [loads]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../../tests/e2e/chromium.ts';
import { serveStatic, type RunningServer } from '../../tests/e2e/static-server.ts';
import { precompress } from '../deploy/precompress.ts';
import { median } from './stats.ts';
import { isMain } from '../is-main.ts';

interface Load {
  readyMs: number;
  firstMb: number;
  totalMb: number;
  detailsMs: number;
}

const MB = 1e6;

/** The figures of one bundle: medians over `loads` page loads (clicks and memory from the last). */
export interface BrowserFigures {
  rows: number;
  readyMs: number;
  firstMb: number;
  totalMb: number;
  detailsMs: number;
  clickToKpiMs: number;
  whatIfMs: number;
  rescoreMs: number;
  heapMb: number;
  browserMb: number;
  /** NaN when no earlier snapshot was given. */
  compareReadyMs: number;
}

export async function measureBrowser(
  bundleDir: string,
  dist = 'dist',
  loads = 5,
  earlierDir?: string,
): Promise<BrowserFigures | string> {
  if (!existsSync(`${dist}/index.html`)) return 'skipped (build the app first: npm run demo-data && npx vite build)';
  if (!existsSync(`${bundleDir}/manifest.json`)) return `skipped (no bundle at ${bundleDir})`;
  const id = basename(bundleDir);
  const link = `${dist}/data/${id}`;
  const earlierLink = earlierDir ? `${dist}/data/${basename(earlierDir)}` : null;
  // Opened one by one inside the try: whichever fails, the ones opened before it are closed.
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  try {
    rmSync(link, { recursive: true, force: true });
    mkdirSync(`${dist}/data`, { recursive: true });
    symlinkSync(resolve(bundleDir), link, 'dir');
    const pc = precompress(bundleDir);
    if (pc.ms > 1000) process.stderr.write(`  browser: compressed ${id} in ${(pc.ms / 1000).toFixed(1)} s\n`);
    if (earlierDir && earlierLink) {
      rmSync(earlierLink, { recursive: true, force: true });
      symlinkSync(resolve(earlierDir), earlierLink, 'dir');
      precompress(earlierDir);
    }
    browser = await launch();
    server = await serveStatic(dist);
    const results: Load[] = [];
    let clicks: number[] = [];
    let edits: { edit: number; rescore: number }[] = [];
    let heapMb = NaN;
    let browserMb = NaN;
    for (let k = 0; k < loads; k++) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // Bytes on the wire of every response, the dataset worker's included (Resource Timing would miss those).
      const wire: Promise<{ start: number; end: number; name: string; bytes: number }>[] = [];
      page.on('requestfinished', (r) => {
        // What was asked for before ready is what the first picture needed (the details are asked for after).
        wire.push(
          r.sizes().then((z) => ({
            start: r.timing().startTime,
            end: r.timing().startTime + r.timing().responseEnd,
            name: r.url().replace(/.*\//, '').replace(/\?.*/, ''),
            bytes: z.responseBodySize + z.responseHeadersSize,
          })),
        );
      });
      // Ready is when the page says so: the moment `data-load-state="ready"` is in the DOM.
      await page.addInitScript(() => {
        new MutationObserver((_, obs) => {
          if (document.querySelector('.app[data-load-state="ready"]')) {
            (window as unknown as { __readyAt: number }).__readyAt = performance.now();
            obs.disconnect();
          }
        }).observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-load-state'],
        });
      });
      await page.goto(`${server.url}?dataset=${id}`);
      await page.waitForSelector('.app[data-load-state="ready"]', { timeout: 120_000 });
      const readyMs = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
      if (process.env.BROWSER_BENCH_STEPS) {
        // Marks where the page passed each step; the dataset worker's own steps as measures of it (from-duration).
        const steps = await page.evaluate(() =>
          [
            ...['dataset-fetched', 'dataset-decoded', 'dataset-indexed', 'dataset-ready'].map(
              (n) => `${n}=${performance.getEntriesByName(n)[0]?.startTime.toFixed(0)}`,
            ),
            ...['worker-fetch', 'worker-decode', 'worker-index', 'worker-reply'].map((n) => {
              const m = performance.getEntriesByName(n, 'measure')[0];
              return m ? `${n}=${m.startTime.toFixed(0)}+${m.duration.toFixed(0)}` : `${n}=-`;
            }),
          ].join(' '),
        );
        process.stderr.write(`  steps: ${steps} dom-ready=${readyMs.toFixed(0)}\n`);
      }
      // Everything streamed: the app marks it (src/ui/dataset-loading.ts).
      await page.waitForFunction(() => performance.getEntriesByName('dataset-details').length > 0, undefined, {
        timeout: 120_000,
      });
      const detailsMs = await page.evaluate(() => performance.getEntriesByName('dataset-details')[0].startTime);
      const readyEpoch = await page.evaluate((ready) => performance.timeOrigin + ready, readyMs);
      const done = await Promise.all(wire);
      const sum = (xs: { bytes: number }[]) => xs.reduce((t, x) => t + x.bytes, 0);
      const bytes = { first: sum(done.filter((x) => x.start <= readyEpoch)), total: sum(done) };
      if (process.env.BROWSER_BENCH_STEPS)
        process.stderr.write(
          `  ready at ${readyEpoch.toFixed(0)}; requests (ms after the first: start-end name kB) ${done.map((x) => `${(x.start - done[0].start).toFixed(0)}-${(x.end - done[0].start).toFixed(0)} ${x.name} ${(x.bytes / 1e3).toFixed(0)}`).join(', ')}\n`,
        );
      results.push({ readyMs, firstMb: bytes.first / MB, totalMb: bytes.total / MB, detailsMs });
      if (k === loads - 1) {
        clicks = await clickToKpi(page);
        edits = await whatIf(page);
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
        heapMb = (heap.usedSize + (heap.backingStorageSize ?? 0)) / 1048576;
        browserMb = chromiumPssMb();
      }
      if (errors.length) return `failed (${errors.length} page errors: ${errors[0]})`;
      await context.close();
    }
    const compareReadyMs = earlierDir
      ? await compareReady(browser, `${server.url}?dataset=${id}&compare=${basename(earlierDir)}`)
      : NaN;
    const m = (f: (l: Load) => number) => median(results.map(f));
    const rows = (JSON.parse(readFileSync(`${bundleDir}/manifest.json`, 'utf8')) as { enterprises: number })
      .enterprises;
    return {
      rows,
      readyMs: m((l) => l.readyMs),
      firstMb: m((l) => l.firstMb),
      totalMb: m((l) => l.totalMb),
      detailsMs: m((l) => l.detailsMs),
      clickToKpiMs: median(clicks),
      whatIfMs: median(edits.map((e) => e.edit)),
      rescoreMs: median(edits.map((e) => e.rescore)),
      heapMb,
      browserMb,
      compareReadyMs,
    };
  } finally {
    // Each closed whatever became of the others; a failure to close is told, not put in the figures' place.
    const closed = await Promise.allSettled([browser?.close(), server?.close()]);
    rmSync(link, { force: true });
    if (earlierLink) rmSync(earlierLink, { force: true });
    for (const c of closed)
      if (c.status === 'rejected') process.stderr.write(`  browser-1m: could not close: ${String(c.reason)}\n`);
  }
}

/** Navigation start to the comparison banner ready (both snapshots loaded and compared). */
async function compareReady(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-testid="compare-banner"][data-state="ready"]')) {
          (window as unknown as { __compareAt: number }).__compareAt = performance.now();
          obs.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    });
    await page.goto(url);
    await page.waitForSelector('[data-testid="compare-banner"][data-state="ready"]', { timeout: 180_000 });
    if (errors.length) throw new Error(`comparison: ${errors[0]}`);
    // Where the time went: the page's marks of the opening's steps.
    const steps = await page.evaluate(() =>
      ['dataset-ready', 'dataset-details', 'compare-earlier-loaded', 'compare-both-in', 'compare-ready']
        .map((n) => `${n}=${performance.getEntriesByName(n)[0]?.startTime.toFixed(0) ?? '-'}`)
        .join(' '),
    );
    process.stderr.write(`  browser-1m compare steps: ${steps}\n`);
    return await page.evaluate(() => (window as unknown as { __compareAt: number }).__compareAt);
  } finally {
    await context.close();
  }
}

export async function benchBrowser1m(
  bundleDir: string,
  dist = 'dist',
  loads = 5,
  earlierDir?: string,
): Promise<string> {
  const f = await measureBrowser(bundleDir, dist, loads, earlierDir);
  if (typeof f === 'string') return `browser-1m: ${f}`;
  return (
    `browser-1m: ready_ms=${f.readyMs.toFixed(0)} first_mb=${f.firstMb.toFixed(1)} total_mb=${f.totalMb.toFixed(1)} details_ms=${f.detailsMs.toFixed(0)} ` +
    `click_to_kpi_ms=${f.clickToKpiMs.toFixed(1)} whatif_ms=${f.whatIfMs.toFixed(0)} rescore_ms=${f.rescoreMs.toFixed(0)} heap_mb=${f.heapMb.toFixed(0)} browser_mb=${f.browserMb.toFixed(0)} compare_ready_ms=${f.compareReadyMs.toFixed(0)} loads=${loads}`
  );
}

/**
 * Memory of this run's Chromium (its browser, renderer, GPU and utility processes: every process
 * descended from this one), as proportional set size, so pages shared between them count once. Linux
 * only (reads /proc); NaN elsewhere.
 */
function chromiumPssMb(): number {
  try {
    const parent = new Map<number, number>();
    for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        // The command name may hold spaces and parentheses: the parent pid follows the last ')'.
        const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
        parent.set(Number(p), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        // A process that ended meanwhile.
      }
    }
    const ours = (pid: number) => {
      for (let q = parent.get(pid); q !== undefined && q > 1; q = parent.get(q)) if (q === process.pid) return true;
      return false;
    };
    let kb = 0;
    for (const pid of parent.keys()) {
      if (!ours(pid)) continue;
      try {
        if (!/chrom/i.test(readFileSync(`/proc/${pid}/comm`, 'utf8'))) continue;
        const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
        if (m) kb += Number(m[1]);
      } catch {
        // A process that ended meanwhile.
      }
    }
    return kb / 1024;
  } catch {
    return NaN;
  }
}

/** Ten clicks on the risk-level buttons (on, off, on, off…), each timed from its input event to the KPI's new count. */
async function clickToKpi(page: import('playwright-core').Page): Promise<number[]> {
  const levels = ['major', 'significant', 'general', 'low', 'major'];
  const out: number[] = [];
  for (let k = 0; k < 10; k++) {
    const button = `[data-testid="filter-level-${levels[k >> 1]}"]`;
    await page.evaluate(() => {
      const w = window as unknown as { __click?: number; __kpi?: number };
      w.__click = undefined;
      w.__kpi = undefined;
      const tile = document.querySelector('[data-testid="kpi-enterprises"] .kpi-value')!;
      const before = tile.textContent;
      window.addEventListener(
        'click',
        (e) => {
          w.__click = e.timeStamp;
        },
        { capture: true, once: true },
      );
      const obs = new MutationObserver(() => {
        if (tile.textContent !== before) {
          w.__kpi = performance.now();
          obs.disconnect();
        }
      });
      obs.observe(tile, { subtree: true, childList: true, characterData: true });
    });
    // The map's redraw of a million points is the GPU's (software GL here) and not part of the figure:
    // wait until frames flow again, then click where the button is, without the stability wait.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const box = (await page.locator(button).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => (window as unknown as { __kpi?: number }).__kpi !== undefined, undefined, {
      timeout: 30_000,
    });
    out.push(
      await page.evaluate(() => {
        const w = window as unknown as { __click: number; __kpi: number };
        return w.__kpi - w.__click;
      }),
    );
  }
  return out;
}

/**
 * Six what-if edits in the model tab (a sector weight to 30 and back, three times), each timed from
 * its input event to the KPI tiles showing new level counts; with the app's 'rescore' measure of each.
 */
async function whatIf(page: import('playwright-core').Page): Promise<{ edit: number; rescore: number }[]> {
  // Forced: a click's wait for a box stable over two frames can outlast a frame of a million points in
  // software GL.
  await page.click('[data-testid="dock-tab-model"]', { force: true });
  const input = '[data-testid="model-sector-machinery"]';
  await page.waitForSelector(input);
  const original = await page.inputValue(input);
  const out: { edit: number; rescore: number }[] = [];
  for (const value of ['30', original, '30', original, '30', original]) {
    await page.evaluate((selector) => {
      const w = window as unknown as { __edit?: number; __kpi?: number };
      w.__edit = undefined;
      w.__kpi = undefined;
      // The page watched whole: a tile's number may come in a new element, in a new row of tiles.
      const tilesOf = '[data-testid^="kpi-level-"] .kpi-value';
      // (No named functions in here: the bench's TypeScript runner would wrap them in a helper the page lacks.)
      const before = [...document.querySelectorAll(tilesOf)].map((t) => t.textContent ?? '').join('|');
      document.querySelector(selector)!.addEventListener(
        'input',
        (e) => {
          w.__edit = e.timeStamp;
        },
        { once: true },
      );
      // New counts, all of them numbers (not a placeholder while the worker rescores).
      const obs = new MutationObserver(() => {
        const tiles = [...document.querySelectorAll(tilesOf)];
        const now = tiles.map((t) => t.textContent ?? '').join('|');
        if (now !== before && tiles.length === 4 && tiles.every((t) => /^[\d,]+$/.test(t.textContent ?? ''))) {
          w.__kpi = performance.now();
          obs.disconnect();
        }
      });
      obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    }, input);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.fill(input, value);
    // Polled on a timer: the default polls on animation frames, which a million points in software GL hold back.
    await page.waitForFunction(() => (window as unknown as { __kpi?: number }).__kpi !== undefined, undefined, {
      timeout: 30_000,
      polling: 50,
    });
    out.push(
      await page.evaluate(() => {
        const w = window as unknown as { __edit: number; __kpi: number };
        const rescores = performance.getEntriesByName('rescore', 'measure');
        return { edit: w.__kpi - w.__edit, rescore: rescores[rescores.length - 1]?.duration ?? NaN };
      }),
    );
    // Let the map's redraw of the new levels pass before the next edit.
    await page.waitForTimeout(500);
  }
  return out;
}

if (isMain(import.meta.url)) {
  console.log(
    await benchBrowser1m(
      process.argv[3] ?? 'data/bench-bundles/bench-1m',
      process.argv[2] ?? 'dist',
      Number(process.argv[4] ?? 5),
    ),
  );
}
