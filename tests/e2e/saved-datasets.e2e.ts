/**
 * Imports kept in the browser, in real Chromium's IndexedDB: a dataset larger than the largest record
 * Chromium stores (133,169,152 bytes) is saved, renamed, read back byte for byte and deleted with all
 * its pieces; an import the browser cannot keep (its quota full) is still shown for the page's life,
 * with plain words on why and what to do, and once there is room it is saved and opens; a stored record that is not a dataset is listed as damaged in
 * the Dataset menu and deleted there; a saved import that no longer decodes says to delete it and
 * import again; and an import saved by the version before the pieces still opens.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, assertClean, openPage, useApp, waitForMap } from './browser.ts';
import { makeBureauFiles } from '../fixtures/bureau-files.ts';

const DIST = 'dist';
const app = useApp(DIST);

/** Where the tests' own copies of a module and a blank page are served, on the app's origin. */
const TEST_PATH = '__test__/';

/**
 * src/state/saved-datasets.ts as one browser module. The built app's chunks rename their exports, so
 * the module is built here from its source (Vite, without the app's config) and served beside the app.
 */
async function savedDatasetsModule(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    // Nothing written, and never near dist/ (the app under test).
    build: {
      write: false,
      outDir: 'node_modules/.cache/saved-datasets-e2e',
      emptyOutDir: false,
      copyPublicDir: false,
      minify: false,
      target: 'es2022',
      lib: { entry: 'src/state/saved-datasets.ts', formats: ['es'], fileName: 'saved-datasets' },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const first = (Array.isArray(out) ? out[0] : out).output[0];
  return first.code;
}

/**
 * Routes the module to `<app>/__test__/saved-datasets.js`, a blank page beside it, and a module that
 * puts the first on `window.__savedDatasets` (the test's own code cannot `import()` in the page:
 * the test runner rewrites dynamic imports in the functions it sends there). Returns the folder.
 */
async function routeModule(page: Page, code: string): Promise<string> {
  const base = `${app.server.url}${TEST_PATH}`;
  await page.route(`${base}saved-datasets.js`, (r) => r.fulfill({ body: code, contentType: 'text/javascript' }));
  await page.route(`${base}expose.js`, (r) =>
    r.fulfill({
      body: "import * as m from './saved-datasets.js'; window.__savedDatasets = m;",
      contentType: 'text/javascript',
    }),
  );
  await page.route(`${base}blank.html`, (r) =>
    r.fulfill({ body: '<!doctype html><title>blank</title>', contentType: 'text/html' }),
  );
  return base;
}

/**
 * Writes records into the list store as the version before the pieces did (database version 1, one
 * store), before the app opens the database and upgrades it. Runs in the page.
 */
async function putVersion1Records(
  page: Page,
  records: { withBundleOfDemo?: boolean; garbleEnterprises?: boolean; record: Record<string, unknown> }[],
): Promise<void> {
  await page.evaluate(async (list) => {
    const demo = async () => {
      const bytes = async (f: string) => new Uint8Array(await (await fetch(`./data/demo/${f}`)).arrayBuffer());
      const text = async (f: string) => (await fetch(`./data/demo/${f}`)).text();
      // A record of that version: its manifest knew of no inspection ledger (the demo's now counts one).
      const manifest = JSON.parse(await text('manifest.json')) as Record<string, unknown>;
      delete manifest.inspections;
      return {
        manifest: JSON.stringify(manifest),
        geo: await text('geo.json'),
        enterprises: await bytes('enterprises.arrow'),
        enterpriseText: await bytes('enterprise-text.arrow'),
        hazards: await bytes('hazards.arrow'),
      };
    };
    const values: Record<string, unknown>[] = [];
    for (const r of list) {
      const v: Record<string, unknown> = { ...r.record };
      if (r.withBundleOfDemo) {
        const bundle = await demo();
        // Bytes that are not an Arrow file at all (and not a web page): a record damaged on disk.
        if (r.garbleEnterprises) bundle.enterprises = new Uint8Array(4096).map((_, i) => (i * 37 + 11) & 255);
        v.bundle = bundle;
      }
      values.push(v);
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('risk-map', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('datasets', { keyPath: 'id' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const t = db.transaction('datasets', 'readwrite');
      for (const v of values) t.objectStore('datasets').put(v);
      t.oncomplete = () => resolve();
      t.onerror = () => reject(t.error);
    });
    db.close();
  }, records);
}

/** The keys in a store of the app's database (the app's version, whatever it is). */
const storedKeys = (page: Page, store: string) =>
  page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('risk-map');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      if (!db.objectStoreNames.contains(name)) return [];
      return await new Promise<string[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAllKeys();
        req.onsuccess = () => resolve(req.result.map((k) => JSON.stringify(k)));
        req.onerror = () => reject(req.error);
      });
    } finally {
      db.close();
    }
  }, store);

async function openDatasetMenu(page: Page): Promise<void> {
  await page.click('[data-testid="dataset-switcher"]');
  await page.waitForSelector('[data-testid="dataset-menu"]');
}

describe('datasets kept in this browser', () => {
  it('keeps a dataset larger than one IndexedDB record: saved in pieces, read back byte for byte, deleted with every piece', async () => {
    const t0 = Date.now();
    const w = await openPage(app.browser, app.server.url);
    const { page } = w;
    const base = await routeModule(page, await savedDatasetsModule());
    await page.goto(`${base}blank.html`);
    await page.addScriptTag({ url: `${base}expose.js`, type: 'module' });
    await page.waitForFunction(() => '__savedDatasets' in window);
    const r = await page.evaluate(async () => {
      const m = (window as unknown as { __savedDatasets: typeof import('../../src/state/saved-datasets.ts') })
        .__savedDatasets;
      // Bytes that differ from their neighbours, so a piece put back one place off is caught.
      const pattern = (n: number, seed: number) => {
        const b = new Uint8Array(n);
        let x = seed;
        for (let i = 0; i < n; i++) {
          x = (Math.imul(x, 1103515245) + 12345) >>> 0;
          b[i] = x >>> 24;
        }
        return b;
      };
      const same = (a: Uint8Array, b: Uint8Array) => {
        if (a.length !== b.length) return false;
        for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
        return true;
      };
      // 140 MB of enterprise columns and a town layer of 40 M Chinese characters (120 MB as UTF-8):
      // each one alone over the limit of one record.
      const enterprises = pattern(140_000_000, 1);
      const hazards = pattern(3_000_001, 2);
      const enterpriseText = pattern(12_345, 3);
      const geo = JSON.stringify({ towns: '镇'.repeat(40_000_000), end: 'ok' });
      const manifest = JSON.stringify({ name: 'import', nameEn: 'import', enterprises: 1 });
      const report = {
        issues: [],
        counts: [],
        enterprises: 1_234_567,
        hazards: 1,
        towns: 1,
        grids: 0,
        parks: 0,
        levels: [1, 0, 0, 0],
        asOf: '2026-11-01',
        name: 'big',
      };
      const bundle = {
        'manifest.json': manifest,
        'geo.json': geo,
        'enterprises.arrow': enterprises,
        'enterprise-text.arrow': enterpriseText,
        'hazards.arrow': hazards,
      };
      let saveError = '';
      const started = performance.now();
      try {
        await m.saveDataset('import-big', '大辖区', bundle, report);
      } catch (e) {
        saveError = String((e as Error).message ?? e);
      }
      const saveMs = performance.now() - started;
      // Renaming touches the list record only (it holds the manifest), never the pieces.
      await m.renameSaved('import-big', '大辖区（改名）').catch(() => {});
      const listed = await m.listSaved();
      let loadError = '';
      let equal = { enterprises: false, hazards: false, enterpriseText: false, geo: false, name: '' };
      const loadStarted = performance.now();
      try {
        const back = await m.loadSaved('import-big');
        equal = {
          enterprises: same(back.enterprises, enterprises),
          hazards: same(back.hazards, hazards),
          enterpriseText: !!back.enterpriseText && same(back.enterpriseText, enterpriseText),
          geo:
            (back.geo as { towns: string; end: string }).end === 'ok' &&
            (back.geo as { towns: string }).towns.length === 40_000_000,
          name: (back.manifest as { name: string }).name,
        };
      } catch (e) {
        loadError = String((e as Error).message ?? e);
      }
      const loadMs = performance.now() - loadStarted;
      const pieces = async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('risk-map');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        try {
          if (!db.objectStoreNames.contains('chunks')) return -1;
          return await new Promise<number>((resolve) => {
            const req = db.transaction('chunks').objectStore('chunks').count();
            req.onsuccess = () => resolve(req.result);
          });
        } finally {
          db.close();
        }
      };
      const piecesBefore = await pieces();
      await m.deleteSaved('import-big');
      return {
        saveError,
        saveMs,
        loadError,
        loadMs,
        listed,
        equal,
        piecesBefore,
        piecesAfter: await pieces(),
        listedAfter: await m.listSaved(),
      };
    });
    console.info(
      `saved and read back ${((140e6 + 120e6) / 1e6).toFixed(0)} MB: save ${r.saveMs.toFixed(0)} ms, load ${r.loadMs.toFixed(0)} ms, test ${Date.now() - t0} ms`,
    );
    expect(r.saveError).toBe('');
    expect(r.loadError).toBe('');
    expect(r.listed).toEqual({
      datasets: [expect.objectContaining({ id: 'import-big', name: '大辖区（改名）', enterprises: 1_234_567 })],
      damaged: [],
    });
    expect(r.listed.datasets[0].bytes).toBeGreaterThan(260_000_000);
    expect(r.equal).toEqual({
      enterprises: true,
      hazards: true,
      enterpriseText: true,
      geo: true,
      name: '大辖区（改名）',
    });
    // enterprises 3 pieces, geo 2, hazards, text and the report one each.
    expect(r.piecesBefore).toBe(8);
    expect(r.piecesAfter).toBe(0);
    expect(r.listedAfter).toEqual({ datasets: [], damaged: [] });
    assertClean(w);
    await page.context().close();
  });

  it('lists a stored record that is not a dataset as damaged in the Dataset menu, and deletes it there', async () => {
    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    const { page } = w;
    await page.goto(app.server.url);
    await waitForMap(page);
    await putVersion1Records(page, [
      { record: { id: 'import-broken', name: '损坏的台账', savedAt: '2026-01-01T00:00:00Z' } },
      { record: { id: 'import-junk', bundle: 'not a bundle' } },
      {
        record: { id: 'import-old', name: '旧版保存的辖区', savedAt: '2026-02-01T00:00:00Z', enterprises: 1, bytes: 1 },
        withBundleOfDemo: true,
      },
    ]);
    await openDatasetMenu(page);
    await page.waitForSelector('[data-testid="dataset-damaged"]');
    const damaged = () => page.$$eval('[data-testid="dataset-damaged"]', (li) => li.map((e) => e.textContent ?? ''));
    const listed = await damaged();
    expect(listed).toHaveLength(2);
    expect(listed[0]).toContain('损坏的台账');
    expect(listed[1]).toContain('import-junk');
    for (const text of listed) expect(text).toContain('已损坏');
    // The record saved by the version before the pieces is a dataset, not damaged.
    expect(await page.$$eval('[data-testid="dataset-saved"]', (b) => b.map((e) => e.textContent ?? ''))).toEqual([
      expect.stringContaining('旧版保存的辖区'),
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, 'saved-datasets-damaged.png') });

    await page
      .locator('[data-testid="dataset-damaged"]')
      .first()
      .locator('[data-testid="dataset-damaged-delete"]')
      .click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="dataset-damaged"]').length === 1);
    await page.click('[data-testid="dataset-damaged-delete"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="dataset-damaged"]').length === 0);
    expect(await storedKeys(page, 'datasets')).toEqual(['"import-old"']);

    // And the old record opens, under the version with the pieces.
    await Promise.all([page.waitForEvent('load'), page.click('[data-testid="dataset-saved"]')]);
    await waitForMap(page);
    expect(page.url()).toContain('saved=import-old');
    expect(await page.textContent('[data-testid="dataset-name"]')).toBe(
      await page.evaluate(async () => (await (await fetch('./data/demo/manifest.json')).json()).name),
    );
    assertClean(w);
    await page.context().close();
  });

  it('says a saved import that no longer decodes is to be deleted and imported again, not rebuilt and deployed', async () => {
    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    const { page } = w;
    await page.goto(app.server.url);
    await waitForMap(page);
    await putVersion1Records(page, [
      {
        record: { id: 'import-garbled', name: '坏掉的导入', savedAt: '2026-01-01T00:00:00Z', enterprises: 1, bytes: 1 },
        withBundleOfDemo: true,
        garbleEnterprises: true,
      },
    ]);
    await page.goto(`${app.server.url}?saved=import-garbled`);
    await page.waitForSelector('.app[data-load-state="error"]');
    const text = (await page.textContent('[role="alert"]')) ?? '';
    expect(text).toContain('坏掉的导入');
    expect(text).toContain('enterprises.arrow');
    expect(text).toContain('请在“数据集”菜单中删除它，再重新导入文件');
    expect(text).not.toContain('build-data');
    expect(text).not.toContain('部署');
    await page.screenshot({ path: join(SCREENSHOTS, 'saved-datasets-garbled.png') });
    assertClean(w);
    await page.context().close();
  });

  it("shows an import the browser cannot keep for the page's life, and says why, for how long and how to keep it", async () => {
    const fx = makeBureauFiles('data/demo');
    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    const { page } = w;
    // A filter on the demo: the import shown in its place must start without it, as a fresh load would.
    await page.goto(`${app.server.url}#level=major`);
    await waitForMap(page);
    expect(await page.locator('[data-testid="chip"]').count()).toBe(1);
    const demoName = await page.textContent('[data-testid="dataset-name"]');
    // The origin's storage as good as full: the browser refuses to keep the import (QuotaExceededError).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.server.url).origin, quotaSize: 1024 });

    await page.click('[data-testid="import-open"]');
    await page.setInputFiles('[data-testid="import-files"]', fx.files);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="import-file"]').length === 5);
    await page.click('[data-testid="import-next"]');
    await page.waitForSelector('[data-testid="import-crs-figures"]');
    await page.waitForSelector('[data-testid="import-check"]:not([disabled])');
    await page.click('[data-testid="import-check"]');
    await page.waitForSelector('[data-testid="import-report"]', { timeout: 60_000 });
    const accepted = Number(
      (await page.textContent('[data-testid="import-accepted-enterprises"] b'))!.replace(/[^\d]/g, ''),
    );
    expect(accepted).toBeGreaterThan(0);
    await page.click('[data-testid="import-confirm"]');

    // No reload (there is nothing stored to reload from): the import replaces the demo in place.
    await page.waitForSelector('[data-testid="import-dialog"]', { state: 'detached', timeout: 60_000 });
    await page.waitForFunction(
      (demo) => document.querySelector('[data-testid="dataset-name"]')?.textContent !== demo,
      demoName,
    );
    await waitForMap(page);
    expect(await page.textContent('[data-testid="dataset-name"]')).toBe('企业风险台账');
    expect(Number((await page.textContent('[data-testid="legend-total"]'))!.replace(/[^\d]/g, ''))).toBe(accepted);
    expect(page.url()).not.toContain('saved=');
    expect(await page.locator('[data-testid="chip"]').count()).toBe(0);
    expect(new URL(page.url()).hash).not.toContain('level=');
    const notice = (await page.textContent('[data-testid="notice"]')) ?? '';
    expect(notice).toContain('太大，无法保存在本浏览器中');
    expect(notice).toContain('在关闭或刷新此页面之前都可以使用');
    expect(notice).toContain('npm run build-data');
    expect(notice).not.toMatch(/serialized|QuotaExceeded/);
    await page.screenshot({ path: join(SCREENSHOTS, 'saved-datasets-not-kept.png') });

    // The Dataset menu marks it as the one shown, not saved; nothing half-written is listed.
    await openDatasetMenu(page);
    const unsaved = await page.textContent('[data-testid="dataset-unsaved"]');
    expect(unsaved).toContain('企业风险台账');
    expect(unsaved).toContain('未保存');
    expect(await page.$$('[data-testid="dataset-saved"], [data-testid="dataset-damaged"]')).toHaveLength(0);
    expect(await page.textContent('[data-testid="dataset-builtin-demo"]')).not.toContain('当前');
    await page.screenshot({ path: join(SCREENSHOTS, 'saved-datasets-not-kept-menu.png') });
    expect(await storedKeys(page, 'chunks')).toEqual([]);
    await page.keyboard.press('Escape');

    // With room again, the same files are kept (in pieces) and open from the address, as saved.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.server.url).origin });
    await page.click('[data-testid="import-open"]');
    await page.setInputFiles('[data-testid="import-files"]', fx.files);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="import-file"]').length === 5);
    await page.click('[data-testid="import-next"]');
    await page.waitForSelector('[data-testid="import-check"]:not([disabled])');
    await page.click('[data-testid="import-check"]');
    await page.waitForSelector('[data-testid="import-report"]', { timeout: 60_000 });
    await Promise.all([page.waitForEvent('load'), page.click('[data-testid="import-confirm"]')]);
    await waitForMap(page);
    expect(page.url()).toContain('saved=import-');
    expect(await page.textContent('[data-testid="dataset-name"]')).toBe('企业风险台账');
    expect(Number((await page.textContent('[data-testid="legend-total"]'))!.replace(/[^\d]/g, ''))).toBe(accepted);
    expect((await storedKeys(page, 'chunks')).length).toBeGreaterThanOrEqual(4);
    assertClean(w);
    await page.context().close();
  });
});
