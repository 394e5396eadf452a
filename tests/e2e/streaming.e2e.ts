/**
 * The first picture before the details: on a 50,000-enterprise bundle, the test holds back the
 * names (enterprise-text.arrow) and the hazard ledger (hazards.arrow) at the network, and checks that
 * the map and the filters work meanwhile and that the parts needing the details say they are
 * loading; then lets them through and checks search, table, drawer and ledger.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { SCREENSHOTS, assertClean, openPage, useApp, waitForMap } from './browser.ts';
import { readBundle, writeDemoBundle } from './bundle-facts.ts';

const DIST = 'dist';
const ID = 'e2e-stream-50k';
const OUT = join(DIST, 'data', ID);
const app = useApp(DIST);

beforeAll(() => {
  writeDemoBundle(OUT, ID, 23, 50_000);
}, 120_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** A response held at the network until `release()`; `asked` resolves when the page requested it. */
function hold(page: Page, file: string): Promise<{ release(): Promise<void>; asked: Promise<void> }> {
  let route: Route | null = null;
  let asked!: () => void;
  const askedP = new Promise<void>((r) => {
    asked = r;
  });
  let released!: () => void;
  const releasedP = new Promise<void>((r) => {
    released = r;
  });
  return page
    .route(`**/data/${ID}/${file}`, async (r) => {
      route = r;
      asked();
      await releasedP;
      await r.continue();
    })
    .then(() => ({
      asked: askedP,
      release: async () => {
        released();
        await askedP;
        void route;
      },
    }));
}

const kpi = async (page: Page) =>
  Number((await page.textContent('[data-testid="kpi-enterprises"] .kpi-value'))!.replace(/[^\d]/g, ''));

describe('streamed details', () => {
  it('draws and filters before the names and the ledger arrive, and fills them in after', async () => {
    const facts = readBundle(OUT);
    const n = facts.manifest.enterprises;
    const majors = Array.from(facts.columns.level).filter((l) => l === 0).length;
    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    const { page } = w;
    const text = await hold(page, 'enterprise-text.arrow');
    const ledger = await hold(page, 'hazards.arrow');
    await page.goto(`${app.server.url}?dataset=${ID}`);
    await waitForMap(page);
    await text.asked;
    await ledger.asked;

    // The map and the filters, with the details held back.
    expect(await kpi(page)).toBe(n);
    await page.click('[data-testid="filter-level-major"]');
    await page.waitForFunction(
      (want) =>
        document.querySelector('[data-testid="kpi-enterprises"] .kpi-value')?.textContent?.replace(/[^\d]/g, '') ===
        String(want),
      majors,
    );
    const pixels = await page.evaluate(() => {
      const d = (window as unknown as { __mapPixels(): Uint8ClampedArray }).__mapPixels();
      let lit = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0) lit++;
      return lit;
    });
    expect(pixels, 'the map has drawn').toBeGreaterThan(0);

    // The table lists the rows by score and says the names are loading; a row opens the drawer, which says so too.
    await page.click('[data-testid="dock-tab-table"]');
    await page.waitForSelector('[data-testid="table-row"]');
    expect(await page.textContent('[data-testid="table-count"]')).toContain(majors.toLocaleString('zh-CN'));
    expect(await page.locator('[data-testid="enterprise-table"] [data-testid="details-pending"]').count()).toBe(1);
    expect(await page.isDisabled('[data-testid="export-csv"]')).toBe(true);
    const firstRow = Number(await page.getAttribute('[data-testid="table-row"] >> nth=0', 'data-row'));
    await page.click('[data-testid="table-row"] >> nth=0');
    await page.waitForSelector('[data-testid="drawer"] [data-testid="details-pending"]');
    expect(await page.locator('[data-testid="drawer"] [data-testid="details-pending"]').count()).toBe(2); // name, hazard list
    // The level of the drawer's enterprise is there already (it is a first-picture column).
    expect(await page.locator('[data-testid="drawer"] .drawer-level').count()).toBe(1);

    // A search typed now waits for the names (the count does not change, the box says why).
    const name = facts.text.name.get(firstRow)!;
    await page.fill('[data-testid="filter-search"]', name);
    await page.waitForSelector('[data-testid="search-pending"]');
    expect(await kpi(page)).toBe(majors);
    await page.click('[data-testid="dock-tab-ledger"]');
    await page.waitForSelector('[data-testid="hazard-ledger"] [data-testid="details-pending"]');
    await page.screenshot({ path: join(SCREENSHOTS, 'streaming-held-1366.png') });

    // The names arrive: the search applies, the drawer and the table show them.
    await text.release();
    await page.waitForSelector('[data-testid="search-pending"]', { state: 'detached' });
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid="drawer-name"]')?.textContent === name,
      name,
    );
    const expected = Array.from({ length: n }, (_, i) => i).filter(
      (i) => facts.columns.level[i] === 0 && facts.text.name.get(i)!.toLowerCase().includes(name.toLowerCase()),
    ).length;
    await page.waitForFunction(
      (want) =>
        document.querySelector('[data-testid="kpi-enterprises"] .kpi-value')?.textContent?.replace(/[^\d]/g, '') ===
        String(want),
      expected,
    );
    await page.click('[data-testid="dock-tab-table"]');
    await page.waitForSelector('[data-testid="table-row"]');
    expect(await page.textContent('[data-testid="table-row"] >> nth=0 >> .et-name')).toBe(name);
    expect(await page.locator('[data-testid="enterprise-table"] [data-testid="details-pending"]').count()).toBe(0);
    // The link now names the open enterprise by its credit code.
    await page.waitForFunction(
      (code) => decodeURIComponent(location.hash).includes(`open=e:${code}`),
      facts.text.creditCode.get(firstRow)!,
    );

    // The ledger arrives: the drawer lists the enterprise's hazards, the ledger tab its rows.
    await ledger.release();
    await page.waitForSelector('[data-testid="drawer"] [data-testid="details-pending"]', { state: 'detached' });
    await page.click('[data-testid="dock-tab-ledger"]');
    await page.waitForSelector('[data-testid="ledger-count"]');
    expect(Number(await page.getAttribute('[data-testid="ledger-count"]', 'data-count'))).toBeGreaterThanOrEqual(0);
    await page.waitForFunction(() => performance.getEntriesByName('dataset-details').length === 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'streaming-done-1366.png') });
    assertClean(w);
    await page.context().close();
  });

  it('opens a linked enterprise once the names arrive', async () => {
    const facts = readBundle(OUT);
    const row = 123;
    const code = facts.text.creditCode.get(row)!;
    const w = await openPage(app.browser, app.server.url);
    const text = await hold(w.page, 'enterprise-text.arrow');
    await w.page.goto(`${app.server.url}?dataset=${ID}#open=e:${encodeURIComponent(code)}`);
    await waitForMap(w.page);
    await text.asked;
    expect(await w.page.locator('[data-testid="drawer"]').count()).toBe(0);
    // The link keeps asking for it meanwhile.
    expect(decodeURIComponent(await w.page.evaluate(() => location.hash))).toContain(code);
    await text.release();
    await w.page.waitForFunction(
      (name) => document.querySelector('[data-testid="drawer-name"]')?.textContent === name,
      facts.text.name.get(row)!,
    );
    assertClean(w);
    await w.page.context().close();
  });
});
