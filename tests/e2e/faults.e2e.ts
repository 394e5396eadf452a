/**
 * Faults a deployment really meets, each injected by answering the app's own requests from the test
 * (nothing leaves the machine): a worker script that answers 404, a damaged or mismatched bundle
 * file, a link with thousands of unknown parts. Each gives, within 30 seconds, a visible message that
 * names what failed; never a white page, never a page error; with the dataset worker blocked the app
 * is still usable through the main thread.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { SCREENSHOTS, mapSettled, openPage, useApp, waitForMap, type WatchedPage } from './browser.ts';

const DEMO = 'dist/data/demo';
const file = (name: string) => readFileSync(join(DEMO, name));

/** Page errors and console errors other than the failed request the test itself caused. */
function unexpectedErrors(w: WatchedPage): string[] {
  return w.errors.filter((e) => !/Failed to load resource|status of 404/.test(e));
}

async function withFault(
  app: ReturnType<typeof useApp>,
  pattern: string,
  answer: (route: Route) => Promise<void>,
  search = '',
): Promise<WatchedPage> {
  const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
  await w.page.route(pattern, answer);
  await w.page.goto(`${app.server.url}/${search}`);
  return w;
}

/** The load failure message: shown, naming `fileName`, in a page that is not blank. */
async function expectLoadError(page: Page, fileName: string): Promise<string> {
  await page.waitForSelector('[data-testid="load-error"]', { timeout: 30_000 });
  const text = (await page.textContent('[data-testid="load-error"]'))!;
  expect(text).toContain(fileName);
  expect(text).toContain('npm run build-data');
  // The header and the filters are still there: not a white page.
  expect(await page.$('header')).not.toBeNull();
  return text;
}

describe('faults say what went wrong', () => {
  const app = useApp('dist');

  it('a dataset worker that answers 404: the page builds the index itself, says so, and works', async () => {
    const w = await withFault(
      app,
      '**/assets/dataset-worker-*.js',
      (r) => r.fulfill({ status: 404, body: 'not found' }),
      '?worker=always',
    );
    await waitForMap(w.page);
    await w.page.waitForSelector('[data-testid="notice"]', { timeout: 30_000 });
    expect(await w.page.textContent('[data-testid="notice"]')).toContain('/assets/');
    // Usable: a filter still narrows the map and the counts.
    await w.page.click('[data-testid="filter-level-major"]');
    const major = await w.page.textContent('[data-testid="legend-count-major"]');
    await w.page.waitForFunction(
      (n) => document.querySelector('[data-testid="kpi-enterprises"] .kpi-value')?.textContent === n,
      major,
    );
    await w.page.screenshot({ path: `${SCREENSHOTS}/fault-dataset-worker.png` });
    expect(unexpectedErrors(w)).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.page.context().close();
  });

  it("MapLibre's worker answering 404 gives a message over the map", async () => {
    const w = await withFault(app, '**/assets/maplibre-gl-worker-*', (r) =>
      r.fulfill({ status: 404, body: 'not found' }),
    );
    await w.page.waitForSelector('[data-testid="map-problem"]', { timeout: 30_000 });
    expect(await w.page.textContent('[data-testid="map-problem"]')).toContain('/assets/');
    await w.page.screenshot({ path: `${SCREENSHOTS}/fault-map-worker.png` });
    expect(unexpectedErrors(w).filter((e) => !/worker/i.test(e))).toEqual([]);
    await w.page.context().close();
  });

  const bundleFaults: { name: string; pattern: string; body: Buffer | string; expect: string; contentType?: string }[] =
    [
      { name: 'geo.json of {}', pattern: '**/data/demo/geo.json', body: '{}', expect: 'geo.json' },
      { name: 'geo.json of null', pattern: '**/data/demo/geo.json', body: 'null', expect: 'geo.json' },
      {
        name: 'a truncated enterprises.arrow',
        pattern: '**/data/demo/enterprises.arrow',
        body: file('enterprises.arrow').subarray(0, 5000),
        expect: 'enterprises.arrow',
      },
      {
        name: 'a truncated manifest.json',
        pattern: '**/data/demo/manifest.json',
        body: file('manifest.json').subarray(0, 300),
        expect: 'manifest.json',
      },
      {
        name: 'a manifest missing its towns',
        pattern: '**/data/demo/manifest.json',
        body: JSON.stringify({ ...JSON.parse(file('manifest.json').toString('utf8')), towns: undefined }),
        expect: 'manifest.json',
      },
      {
        name: 'a manifest with too few towns for the data',
        pattern: '**/data/demo/manifest.json',
        body: JSON.stringify({ ...JSON.parse(file('manifest.json').toString('utf8')), enterprises: 12 }),
        expect: 'enterprises.arrow',
      },
    ];
  for (const f of bundleFaults) {
    it(`${f.name} is refused with a message naming ${f.expect}`, async () => {
      const w = await withFault(app, f.pattern, (r) =>
        r.fulfill({ status: 200, body: f.body, contentType: f.contentType ?? 'application/octet-stream' }),
      );
      const text = await expectLoadError(w.page, f.expect);
      expect(text.length).toBeLessThan(400);
      if (f.name.startsWith('a truncated enterprises'))
        await w.page.screenshot({ path: `${SCREENSHOTS}/fault-truncated-arrow.png` });
      expect(unexpectedErrors(w)).toEqual([]);
      await w.page.context().close();
    });
  }

  // The names and the ledger stream in after the first picture: a bad one leaves the map and filters working and says which file.
  const streamedFaults: {
    name: string;
    pattern: string;
    body: Buffer | string;
    expect: string;
    contentType?: string;
  }[] = [
    {
      name: 'an HTML page as hazards.arrow',
      pattern: '**/data/demo/hazards.arrow',
      body: '<!doctype html><html><body>Sign in</body></html>',
      expect: 'hazards.arrow',
      contentType: 'text/html',
    },
    {
      name: 'a truncated enterprise-text.arrow',
      pattern: '**/data/demo/enterprise-text.arrow',
      body: file('enterprise-text.arrow').subarray(0, 4000),
      expect: 'enterprise-text.arrow',
    },
  ];
  for (const f of streamedFaults) {
    it(`${f.name} keeps the map and filters and says it could not load ${f.expect}`, async () => {
      const w = await withFault(app, f.pattern, (r) =>
        r.fulfill({ status: 200, body: f.body, contentType: f.contentType ?? 'application/octet-stream' }),
      );
      await waitForMap(w.page);
      await w.page.waitForSelector('[data-testid="notice"]');
      expect(await w.page.textContent('[data-testid="notice"]')).toContain(f.expect);
      await w.page.click('[data-testid="filter-level-major"]');
      await w.page.waitForSelector('[data-testid="filter-level-major"][aria-pressed="true"]');
      await w.page.click('[data-testid="dock-tab-ledger"]');
      await w.page.waitForSelector('[data-testid="details-failed"]');
      if (f.expect === 'hazards.arrow') await w.page.screenshot({ path: `${SCREENSHOTS}/fault-streamed-ledger.png` });
      expect(unexpectedErrors(w)).toEqual([]);
      await w.page.context().close();
    });
  }

  it('a link with 20,000 unknown parts lists five and counts the rest', async () => {
    const parts = Array.from({ length: 20_000 }, (_, i) => `junk${i}=${i}`).join('&');
    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    await w.page.goto(`${app.server.url}/#${parts}`);
    await waitForMap(w.page);
    await w.page.waitForSelector('[data-testid="notice"]');
    const text = (await w.page.textContent('[data-testid="notice"]'))!;
    expect(text.length).toBeLessThan(600);
    expect(text).toMatch(/另有 19,995 项/);
    expect(unexpectedErrors(w)).toEqual([]);
    await w.page.context().close();
  });
});

describe("the deployment's Content-Security-Policy", () => {
  const app = useApp('dist');

  it('is sent, the app runs under it without a violation, and a deliberate violation is caught', async () => {
    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    const response = await w.page.goto(app.server.url);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await waitForMap(w.page);
    // Work the app a little: layers, a filter, the drawer, the import dialog.
    await w.page.click('[data-testid="layers-button"]');
    await w.page.click('[data-testid="layer-heatmap"]');
    await w.page.click('[data-testid="filter-level-major"]');
    await w.page.click('[data-testid="dock-tab-table"]');
    await w.page.click('[data-testid="table-row"] >> nth=0');
    await w.page.waitForSelector('[data-testid="drawer"]');
    await mapSettled(w.page);
    expect(w.errors.filter((e) => e.startsWith('CSP violation'))).toEqual([]);
    // The listener works: an inline script, which the policy forbids, is reported.
    await w.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
    });
    await expect
      .poll(() => w.errors.some((e) => e.startsWith('CSP violation: script-src')), { timeout: 10_000 })
      .toBe(true);
    await w.page.context().close();
  });
});
