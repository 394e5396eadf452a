/**
 * Importing a bureau's own files in real Chromium: a GBK CSV of enterprises with AMap coordinates,
 * an .xlsx hazard ledger and zipped Gauss-Kruger Shapefiles, through the dialog a user sees. The
 * report lists exactly the bad rows the fixtures hold, the confirmed import is on the map with the
 * counts the build gives, survives a reload, and the switcher goes to the demo and back. Broken
 * files leave the shown dataset as it was.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, assertClean, openPage, useApp, waitForMap } from './browser.ts';
import { makeBureauFiles } from '../fixtures/bureau-files.ts';
import { ImportSession } from '../../src/data/import/prepare.ts';
import { buildDataset } from '../../src/data/import/build/build-dataset.ts';
import { LEVELS } from '../../src/domain/levels.ts';
import { SECTORS } from '../../src/domain/sectors.ts';

const DIST = 'dist';
const app = useApp(DIST);
const fx = makeBureauFiles('data/demo');
const ASSIGNED_SECTOR = SECTORS.findIndex((s) => s.key === 'commerce');

/** What the build makes of the same files with the choices the test makes in the dialog. */
function expected() {
  const session = new ImportSession(fx.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.buffer) })));
  const choices = {
    ...session.defaultChoices(),
    pointCrs: 'gcj02',
    sectorValues: { [fx.enterprises.unknownSector]: ASSIGNED_SECTOR },
  };
  const built = buildDataset('import', session.sources(choices));
  const levels = [0, 0, 0, 0];
  for (let i = 0; i < built.enterprises.length; i++) levels[built.enterprises.level[i]]++;
  return { levels, enterprises: built.manifest.enterprises };
}

const num = async (page: Page, sel: string) => Number((await page.textContent(sel))!.replace(/[^\d]/g, ''));

async function legend(page: Page) {
  return {
    total: await num(page, '[data-testid="legend-total"]'),
    levels: await Promise.all(LEVELS.map((l) => num(page, `[data-testid="legend-count-${l.key}"]`))),
  };
}

async function openSwitcherAnd(page: Page, item: string) {
  await page.click('[data-testid="dataset-switcher"]');
  await page.waitForSelector('[data-testid="dataset-menu"]');
  await Promise.all([page.waitForEvent('load'), page.click(item)]);
  await waitForMap(page);
}

describe("import a bureau's own files", () => {
  it('reads, maps, reports the bad rows, and shows the imported district after confirm', async () => {
    const want = expected();
    expect(want.enterprises).toBe(fx.enterprises.good + 1);
    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    const { page } = w;
    await page.goto(app.server.url);
    await waitForMap(page);
    const demoName = await page.textContent('[data-testid="dataset-name"]');

    await page.click('[data-testid="import-open"]');
    // The dialog is modal: focus moves into it.
    await page.waitForSelector('[data-testid="import-dialog"]');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="import-dialog"]'))).toBe(true);
    // The ledger first, then the rest: a second pick adds to the first.
    await page.setInputFiles('[data-testid="import-files"]', fx.files.slice(0, 1));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="import-file"]').length === 1);
    await page.setInputFiles('[data-testid="import-files"]', fx.files.slice(1));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="import-file"]').length === 5);
    const roles = await page.$$eval('[data-testid="import-file"] select', (s) =>
      s.map((e) => (e as HTMLSelectElement).value).sort(),
    );
    expect(roles).toEqual(['enterprises', 'grid', 'hazards', 'parks', 'towns']);
    const fileText = await page.textContent('[data-testid="import-file-list"]');
    expect(fileText).toContain('GBK/GB18030');
    expect(fileText).toContain('EPSG:4549');
    expect(fileText).toContain('EPSG:4528');
    await page.screenshot({ path: join(SCREENSHOTS, 'import-files.png') });

    await page.click('[data-testid="import-next"]');
    await page.waitForSelector('[data-testid="import-crs-figures"]');
    // The points came from AMap: GCJ-02 must come out on top of the figures.
    expect(await page.textContent('[data-testid="import-crs-figures"] tbody tr:first-child')).toContain('GCJ-02');
    // Bureau headers mapped to the fields, e.g. 经度 -> lon and 企业名称 -> name.
    const lonCol = await page.$eval(
      '[data-testid="import-col-enterprises-lon"]',
      (e) => (e as HTMLSelectElement).selectedOptions[0].textContent,
    );
    expect(lonCol).toBe('经度');
    expect(await page.textContent('[data-testid="import-unknown-sectors"]')).toContain(fx.enterprises.unknownSector);
    await page.selectOption('[data-testid="import-unknown-sectors"] select', String(ASSIGNED_SECTOR));
    await page.screenshot({ path: join(SCREENSHOTS, 'import-mapping.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(SCREENSHOTS, 'import-mapping-1080.png') });

    await page.click('[data-testid="import-check"]');
    await page.waitForSelector('[data-testid="import-report"]', { timeout: 60_000 });
    expect(await num(page, '[data-testid="import-accepted-enterprises"] b')).toBe(want.enterprises);
    const problems = await page.$$eval('[data-testid="import-problem"].import-error-row', (rows) =>
      rows.map((r) => {
        const c = [...r.querySelectorAll('td')].map((td) => td.textContent ?? '');
        return `${c[0]}:${c[1]}`;
      }),
    );
    const csv = fx.files[0].name;
    const xlsx = fx.files[1].name;
    expect(problems.sort()).toEqual(
      [...fx.enterprises.badLines.map((l) => `${csv}:${l}`), ...fx.hazards.badRows.map((r) => `${xlsx}:${r}`)].sort(),
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'import-report.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    await Promise.all([page.waitForEvent('load'), page.click('[data-testid="import-confirm"]')]);
    await waitForMap(page);
    expect(page.url()).toContain('saved=');
    const importedName = await page.textContent('[data-testid="dataset-name"]');
    expect(importedName).toBe('企业风险台账');
    expect(await legend(page)).toEqual({ total: want.enterprises, levels: want.levels });
    expect(await num(page, '[data-testid="kpi-enterprises"] .kpi-value')).toBe(want.enterprises);
    expect(await page.$('[data-testid="demo-badge"]')).toBeNull();
    await page.screenshot({ path: join(SCREENSHOTS, 'import-imported-district.png') });

    await page.reload();
    await waitForMap(page);
    expect(await page.textContent('[data-testid="dataset-name"]')).toBe(importedName);

    await openSwitcherAnd(page, '[data-testid="dataset-builtin-demo"]');
    expect(await page.textContent('[data-testid="dataset-name"]')).toBe(demoName);
    await openSwitcherAnd(page, '[data-testid="dataset-saved"]');
    expect(await page.textContent('[data-testid="dataset-name"]')).toBe(importedName);
    expect(await legend(page)).toEqual({ total: want.enterprises, levels: want.levels });

    // Broken files: each is reported, nothing can be imported, and the district shown stays as it was.
    const before = await legend(page);
    await page.click('[data-testid="import-open"]');
    await page.setInputFiles('[data-testid="import-files"]', [
      { name: '边界.zip', mimeType: 'application/zip', buffer: Buffer.from('PK\u0003\u0004 this is not really a zip') },
      { name: '企业.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
      { name: '隐患.csv', mimeType: 'text/csv', buffer: Buffer.from('隐患编号,统一社会信用代码,发现日期\r\n') },
      {
        name: 'photo.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 0, 0, 9]),
      },
    ]);
    await page.waitForSelector('[data-testid="import-file-list"]');
    expect(await page.$$eval('[data-testid="import-file"].import-file-error', (r) => r.length)).toBe(4);
    const text = await page.textContent('[data-testid="import-file-list"]');
    expect(text).toContain('ZIP');
    expect(text).toContain('空');
    expect(text).toContain('只有表头');
    await page.screenshot({ path: join(SCREENSHOTS, 'import-broken-files.png') });
    await page.click('[data-testid="import-next"]');
    await page.waitForSelector('[data-testid="import-blockers"]');
    expect(await page.$eval('[data-testid="import-check"]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await page.click('[data-testid="import-close"]');
    expect(await legend(page)).toEqual(before);
    expect(await page.textContent('[data-testid="dataset-name"]')).toBe(importedName);
    assertClean(w);
    await page.context().close();
  });

  it('starts on the demo with a clear message when a saved dataset is missing', async () => {
    const w = await openPage(app.browser, app.server.url);
    await w.page.goto(`${app.server.url}?saved=import-nothere`);
    await w.page.waitForSelector('.app[data-load-state="error"]');
    expect(await w.page.textContent('[role="alert"]')).toContain('import-nothere');
    await Promise.all([w.page.waitForEvent('load'), w.page.click('[data-testid="back-to-demo"]')]);
    await waitForMap(w.page);
    expect(w.foreignRequests).toEqual([]);
    await w.page.context().close();
  });
});
