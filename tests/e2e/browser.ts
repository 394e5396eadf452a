/**
 * Real Chromium through playwright-core, with the flags that work on a headless Debian machine
 * (software WebGL through SwiftShader). Every test page records requests that leave the app's
 * origin and page errors; `assertClean` fails on either.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './chromium.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

export { SCREENSHOTS, launch } from './chromium.ts';

export interface WatchedPage {
  page: Page;
  foreignRequests: string[];
  errors: string[];
}

export async function openPage(
  browser: Browser,
  appUrl: string,
  viewport = { width: 1600, height: 1000 },
  deviceScaleFactor = 1,
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor });
  const page = await context.newPage();
  const origin = new URL(appUrl).origin;
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    errors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  // A Content-Security-Policy violation is a page error (the server sends the deployment's policy).
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    errors.push(`CSP violation: ${text}`);
  });
  await context.addInitScript(() => {
    // The map canvas's pixels (RGBA), for the pixel tests: `window.__mapPixels()`.
    (window as unknown as { __mapPixels(): Uint8ClampedArray }).__mapPixels = () => {
      const src = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const g = c.getContext('2d')!;
      g.drawImage(src, 0, 0);
      return g.getImageData(0, 0, c.width, c.height).data;
    };
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation(t: string): void }).__reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return { page, foreignRequests, errors };
}

/** Waits until the dataset is loaded and the map has drawn its layers. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForSelector('.app[data-load-state="ready"]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 90_000 });
}

/**
 * Waits until the map shows what the store holds now: two animation frames (so React has run the
 * effects of the last click or key), then the map's own flag that the layers of the current state
 * are built and drawn, and MapLibre neither moving the camera nor loading a source or tile (a camera
 * move does not touch the flag).
 */
export async function mapSettled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 90_000 });
  await page.waitForFunction(
    () => {
      const map = (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap;
      return !map.isMoving() && map.loaded();
    },
    undefined,
    { timeout: 90_000 },
  );
}

/** A watched page on `url`, the dataset loaded and the map drawn. */
export async function openMap(
  browser: Browser,
  url: string,
  viewport?: { width: number; height: number },
  deviceScaleFactor = 1,
): Promise<WatchedPage> {
  const w = await openPage(browser, url, viewport, deviceScaleFactor);
  await w.page.goto(url);
  await waitForMap(w.page);
  return w;
}

/**
 * Clicks a map pixel until `selector` appears. deck.gl counts a press as a click only when down and
 * up arrive within its tap time; on a loaded 2-core machine with software WebGL they sometimes don't.
 */
export async function clickMapUntil(page: Page, x: number, y: number, selector: string, tries = 4): Promise<void> {
  for (let k = 0; k < tries; k++) {
    await page.mouse.click(x, y);
    if (
      await page.waitForSelector(selector, { timeout: 3000 }).then(
        () => true,
        () => false,
      )
    )
      return;
  }
  throw new Error(`${selector} did not appear after ${tries} clicks at ${x},${y}`);
}

/** One browser and one static server of the built app for a test file, closed after it. */
export function useApp(dist: string): { browser: Browser; server: RunningServer } {
  const app = {} as { browser: Browser; server: RunningServer };
  beforeAll(async () => {
    app.browser = await launch();
    app.server = await serveStatic(dist);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** No request left the origin and the page raised no error. */
export function assertClean(w: WatchedPage): void {
  expect(w.foreignRequests, 'requests outside the origin').toEqual([]);
  expect(w.errors, 'page errors').toEqual([]);
}
