/**
 * The briefing room in real Chromium: presentation mode by its key, every text on the wall at least
 * 28 px at 1920x1080 (DOM text by its computed size, map labels by the style's text sizes), every
 * 重大 enterprise in view named on the map or beside it; saved views that survive a reload and a
 * tour stepped through them by the presenter's keys; a corrupt saved-views entry that empties the
 * list with a notice while the app starts; the shortcut list from the command registry.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, mapSettled, assertClean, openMap, openPage, useApp, waitForMap } from './browser.ts';
import { readBundle } from './bundle-facts.ts';
import { readFileSync } from 'node:fs';
import { imageLayout, IMAGE_UHD } from '../../src/map/export/map-image.ts';

const DIST = 'dist';
const app = useApp(DIST);
const demo = readBundle(join(DIST, 'data/demo'));

/** Visible text nodes smaller than `min` px, as "size tag text" lines. */
async function smallTexts(page: Page, min: number): Promise<string[]> {
  return page.evaluate((minPx) => {
    const out: string[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim()) continue;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (
        r.width === 0 ||
        r.height === 0 ||
        cs.visibility === 'hidden' ||
        r.bottom < 0 ||
        r.top > innerHeight ||
        r.right < 0 ||
        r.left > innerWidth
      )
        continue;
      const px = Number.parseFloat(cs.fontSize);
      if (px < minPx) out.push(`${px} ${el.tagName}.${el.className} "${n.textContent.trim().slice(0, 30)}"`);
    }
    return out;
  }, min);
}

/** The smallest text size of each shown symbol layer of the map's style (the lowest stop of an interpolation). */
async function labelSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const map = (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap;
    const out: Record<string, number> = {};
    for (const layer of map.getStyle().layers) {
      if (layer.type !== 'symbol' || map.getLayoutProperty(layer.id, 'visibility') === 'none') continue;
      const size = map.getLayoutProperty(layer.id, 'text-size') as unknown;
      const numbers = (Array.isArray(size) ? size.flat(3) : [size]).filter((v): v is number => typeof v === 'number');
      // An interpolation lists zoom, size pairs after its two heads: take the sizes.
      out[layer.id] =
        Array.isArray(size) && size[0] === 'interpolate'
          ? Math.min(...(size.slice(3) as number[]).filter((_, k) => k % 2 === 1))
          : Math.min(...numbers);
    }
    return out;
  });
}

describe('briefing room', () => {
  it('presentation mode: P turns it on; every text at least 28 px at 1920x1080; every 重大 enterprise in view named', async () => {
    const w = await openMap(app.browser, app.server.url, { width: 1920, height: 1080 });
    await w.page.screenshot({ path: join(SCREENSHOTS, 'normal-1920.png') });
    await w.page.locator('[data-testid="map"] canvas').focus();
    await w.page.keyboard.press('p');
    await w.page.waitForSelector('html[data-presenting]');
    await w.page.waitForSelector('[data-testid="major-list"]');
    await mapSettled(w.page);
    // Filters and dock stepped aside; the clock and the data date show.
    expect(await w.page.isVisible('[data-testid="filter-panel"]')).toBe(false);
    expect(await w.page.isVisible('[data-testid="wall-clock"]')).toBe(true);
    expect(await w.page.textContent('.dataset-date')).toContain(demo.manifest.asOf);
    expect(await smallTexts(w.page, 28)).toEqual([]);
    const sizes = await labelSizes(w.page);
    expect(Object.keys(sizes)).toEqual(expect.arrayContaining(['town-labels', 'major-names']));
    for (const [id, px] of Object.entries(sizes)) expect(px, id).toBeGreaterThanOrEqual(28);
    // Every 重大 enterprise in view: labelled on the map, or listed beside it, or counted as "more".
    const view = await w.page.evaluate(() => {
      const map = (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap;
      const b = map.getBounds();
      return {
        w: b.getWest(),
        e: b.getEast(),
        s: b.getSouth(),
        n: b.getNorth(),
        labelled: map.queryRenderedFeatures({ layers: ['major-names'] }).length,
      };
    });
    const c = demo.columns;
    let inView = 0;
    for (let i = 0; i < c.length; i++)
      if (c.level[i] === 0 && c.lon[i] >= view.w && c.lon[i] <= view.e && c.lat[i] >= view.s && c.lat[i] <= view.n)
        inView++;
    const list = await w.page.$eval('[data-testid="major-list"]', (e) => ({
      inView: Number(e.getAttribute('data-in-view')),
      placed: Number(e.getAttribute('data-placed')),
      listed: Number(e.getAttribute('data-listed')),
      more: Number(e.getAttribute('data-more')),
    }));
    expect(inView).toBeGreaterThan(10);
    expect(list.inView).toBe(inView);
    expect(list.placed + list.listed + list.more).toBe(inView);
    expect(list.placed).toBeGreaterThan(5);
    expect(view.labelled).toBeGreaterThanOrEqual(list.placed);
    await w.page.screenshot({ path: join(SCREENSHOTS, 'presentation-1920.png') });
    // The link carries the mode, so a wall PC can boot into it.
    expect(await w.page.evaluate(() => location.hash)).toContain('present=1');
    // In English too (key L): the same floor for every text.
    await w.page.keyboard.press('l');
    await w.page.waitForSelector('html[lang="en"]');
    await mapSettled(w.page);
    expect(await smallTexts(w.page, 28)).toEqual([]);
    await w.page.screenshot({ path: join(SCREENSHOTS, 'presentation-en-1920.png') });
    await w.page.keyboard.press('l');
    await w.page.keyboard.press('p');
    await w.page.waitForSelector('html:not([data-presenting])');
    assertClean(w);
    await w.page.context().close();
  });

  it('a wall PC boots into presentation mode from the link, at 1366x768 too', async () => {
    const w = await openMap(app.browser, `${app.server.url}#present=1&level=major,significant`, {
      width: 1366,
      height: 768,
    });
    await w.page.waitForSelector('[data-testid="major-list"]');
    await mapSettled(w.page);
    await w.page.screenshot({ path: join(SCREENSHOTS, 'presentation-1366.png') });
    // The wall says what the figures are of: the filter's chips stay, read-only (no remove, no clear all).
    expect(await w.page.locator('[data-testid="chip"]').allTextContents()).toEqual([
      expect.stringContaining('重大'),
      expect.stringContaining('较大'),
    ]);
    expect(await w.page.isVisible('[data-testid="chip"]:first-child')).toBe(true);
    expect(await w.page.isVisible('.chip-remove')).toBe(false);
    expect(await w.page.isVisible('[data-testid="clear-all"]')).toBe(false);
    // Every tile's number on one line across the wall, a wrapped label or not.
    const bottoms = await w.page.$$eval('.kpi-tiles .kpi-value', (els) =>
      els.map((e) => Math.round(e.getBoundingClientRect().bottom)),
    );
    // Nine tiles, and two more for the inspection ledger the demo has.
    const demoManifest = JSON.parse(readFileSync('dist/data/demo/manifest.json', 'utf8')) as { inspections?: number };
    expect(bottoms.length).toBe(demoManifest.inspections ? 11 : 9);
    expect(Math.max(...bottoms) - Math.min(...bottoms)).toBeLessThanOrEqual(1);
    expect(await w.page.isVisible('[data-testid="present-exit"]')).toBe(true);
    await w.page.click('[data-testid="present-exit"]');
    await w.page.waitForSelector('html:not([data-presenting])');
    await w.page.screenshot({ path: join(SCREENSHOTS, 'normal-1366.png') });
    assertClean(w);
    await w.page.context().close();
  });

  it('saves three views, keeps them over a reload, and tours them with the presenter keys', async () => {
    const w = await openMap(app.browser, app.server.url, { width: 1920, height: 1080 });
    const save = async (level: string | null) => {
      if (level) await w.page.click(`[data-testid="filter-level-${level}"]`);
      await w.page.click('[data-testid="views-button"]');
      await w.page.click('[data-testid="view-save"]');
      await w.page.click('[data-testid="views-button"]');
      if (level) await w.page.click(`[data-testid="filter-level-${level}"]`);
    };
    await save(null);
    await save('major');
    await save('significant');
    await w.page.reload();
    await waitForMap(w.page);
    await w.page.click('[data-testid="views-button"]');
    // The panel loads on first use (or with the idle prefetch, which may still be under way).
    await w.page.waitForSelector('[data-testid="views-panel"]');
    expect(await w.page.locator('[data-testid="saved-view"]').count()).toBe(3);
    // Rename the second and give it 5 seconds.
    await w.page.locator('[data-testid="view-name"]').nth(1).fill('重大风险企业');
    await w.page.locator('[data-testid="view-seconds"]').nth(1).fill('5');
    await w.page.click('[data-testid="tour-start"]');
    await w.page.waitForSelector('[data-testid="tour-bar"]');
    const at = async () => ({
      index: Number(await w.page.getAttribute('[data-testid="tour-bar"]', 'data-index')),
      hash: await w.page.evaluate(() => location.hash),
    });
    expect((await at()).index).toBe(0);
    await w.page.keyboard.press('Space'); // pause: the keys still step
    await w.page.keyboard.press('PageDown');
    await w.page.waitForFunction(
      () => document.querySelector('[data-testid="tour-bar"]')?.getAttribute('data-index') === '1',
    );
    expect(await w.page.textContent('[data-testid="tour-name"]')).toBe('重大风险企业');
    await w.page.waitForFunction(() => location.hash.includes('level=major'));
    expect(await w.page.textContent('[data-testid="legend-count-major"]')).not.toBe('0');
    expect(await w.page.textContent('[data-testid="legend-count-low"]')).toBe('0');
    await w.page.keyboard.press('ArrowRight');
    await w.page.waitForFunction(() => location.hash.includes('level=significant'));
    await w.page.keyboard.press('PageDown'); // wraps round to the first
    await w.page.waitForFunction(
      () => document.querySelector('[data-testid="tour-bar"]')?.getAttribute('data-index') === '0',
    );
    await w.page.keyboard.press('ArrowLeft');
    await w.page.waitForFunction(
      () => document.querySelector('[data-testid="tour-bar"]')?.getAttribute('data-index') === '2',
    );
    expect((await at()).hash).toContain('level=significant');
    expect((await at()).hash).toContain('present=1');
    await w.page.screenshot({ path: join(SCREENSHOTS, 'tour-1920.png') });
    // Playing again, the 5-second view moves on by itself.
    await w.page.keyboard.press('PageUp');
    await w.page.waitForFunction(
      () => document.querySelector('[data-testid="tour-bar"]')?.getAttribute('data-index') === '1',
    );
    await w.page.keyboard.press('Space');
    await w.page.waitForFunction(
      () => document.querySelector('[data-testid="tour-bar"]')?.getAttribute('data-index') === '2',
      undefined,
      { timeout: 15_000 },
    );
    await w.page.keyboard.press('Escape');
    await w.page.waitForSelector('html:not([data-presenting])');
    expect(await w.page.$('[data-testid="tour-bar"]')).toBeNull();
    assertClean(w);
    await w.page.context().close();
  });

  it('exports the saved views as one JSON file and imports it back; a wrong file is refused with its name', async () => {
    const views = [
      {
        id: 'a',
        name: '全区',
        hash: '#layers=points,parkBoundaries,gridLines,labels',
        dataset: 'demo',
        seconds: 30,
        savedAt: '2026-12-01T00:00:00Z',
      },
      { id: 'b', name: '重大', hash: '#level=major', dataset: 'demo', seconds: 20, savedAt: '2026-12-01T00:00:00Z' },
    ];
    const w = await openPage(app.browser, app.server.url);
    await w.page.addInitScript((v) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('risk-map.saved-views', JSON.stringify(v));
        sessionStorage.setItem('seeded', '1');
      }
    }, views);
    await w.page.goto(app.server.url);
    await waitForMap(w.page);
    await w.page.click('[data-testid="views-button"]');
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.click('[data-testid="views-export"]'),
    ]);
    const file = (await download.path())!;
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'risk-map-saved-views', views });
    for (let k = 0; k < 2; k++) await w.page.locator('[data-testid="view-delete"]').first().click();
    expect(await w.page.locator('[data-testid="saved-view"]').count()).toBe(0);
    await w.page.setInputFiles('[data-testid="views-import-file"]', file);
    await w.page.waitForFunction(() => document.querySelectorAll('[data-testid="saved-view"]').length === 2);
    expect(await w.page.locator('[data-testid="view-name"]').nth(1).inputValue()).toBe('重大');
    await w.page.setInputFiles('[data-testid="views-import-file"]', {
      name: 'not-views.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await w.page.waitForFunction(() =>
      document.querySelector('[data-testid="notice"]')?.textContent?.includes('not-views.json'),
    );
    expect(await w.page.locator('[data-testid="saved-view"]').count()).toBe(2);
    assertClean(w);
    await w.page.context().close();
  });

  it('a corrupt saved-views entry gives a notice and an empty list, and the app starts', async () => {
    const w = await openPage(app.browser, app.server.url);
    await w.page.addInitScript(() => localStorage.setItem('risk-map.saved-views', '[{"id": 3, "name": null}'));
    await w.page.goto(app.server.url);
    await waitForMap(w.page);
    await w.page.waitForSelector('[data-testid="notice"]');
    expect(await w.page.textContent('[data-testid="notice"]')).toContain('保存的视图');
    await w.page.click('[data-testid="views-button"]');
    await w.page.waitForSelector('[data-testid="views-panel"]');
    expect(await w.page.locator('[data-testid="saved-view"]').count()).toBe(0);
    assertClean(w);
    await w.page.context().close();
  });

  it('? lists the shortcuts of the registered commands', async () => {
    const w = await openMap(app.browser, app.server.url);
    await w.page.locator('[data-testid="map"] canvas').focus();
    await w.page.keyboard.press('?');
    await w.page.waitForSelector('[data-testid="shortcut-help"]');
    const ids = await w.page.$$eval('[data-testid="shortcut-help"] tr[data-command]', (rows) =>
      rows.map((r) => r.getAttribute('data-command')),
    );
    expect(ids).toEqual(
      expect.arrayContaining([
        'presentation.toggle',
        'tour.next',
        'tour.previous',
        'tour.play',
        'presentation.blank',
        'language.toggle',
        'help.shortcuts',
      ]),
    );
    await w.page.keyboard.press('Escape');
    await w.page.waitForSelector('[data-testid="shortcut-help"]', { state: 'detached' });
    assertClean(w);
    await w.page.context().close();
  });

  it('exports the map as a 3840x2160 PNG with the title and the legend in the image', async () => {
    const w = await openMap(app.browser, `${app.server.url}#level=major,significant`, { width: 1366, height: 768 });
    // The menu closes as menus do: on a press elsewhere (here the title) and on Escape.
    await w.page.click('[data-testid="export-menu"]');
    await w.page.waitForSelector('[data-testid="export-panel"]');
    await w.page.click('.app-title');
    await w.page.waitForSelector('[data-testid="export-panel"]', { state: 'detached' });
    await w.page.click('[data-testid="export-menu"]');
    await w.page.keyboard.press('Escape');
    await w.page.waitForSelector('[data-testid="export-panel"]', { state: 'detached' });
    await w.page.click('[data-testid="export-menu"]');
    const [download] = await Promise.all([
      w.page.waitForEvent('download', { timeout: 60_000 }),
      w.page.click('[data-testid="export-png-uhd"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/3840x2160\.png$/);
    const png = readFileSync((await download.path())!);
    // The PNG's own header: signature, then IHDR's width and height.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3840, 2160]);
    // Decoded by the browser: colours in the map, dark title text in the title band, the level colours in the legend.
    const L = imageLayout(IMAGE_UHD);
    const look = await w.page.evaluate(
      async ({ data, L }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const count = (
          x: number,
          y: number,
          w: number,
          h: number,
          test: (r: number, g: number, b: number) => boolean,
        ) => {
          const d = g.getImageData(x, y, w, h).data;
          let n = 0;
          for (let i = 0; i < d.length; i += 4) if (test(d[i], d[i + 1], d[i + 2])) n++;
          return n;
        };
        const colours = new Set<number>();
        const d = g.getImageData(L.map.x, L.map.y, L.map.w, L.map.h).data;
        for (let i = 0; i < d.length; i += 4 * 97) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
        return {
          mapColours: colours.size,
          titleInk: count(0, 0, c.width, L.header, (r, gg, b) => r < 60 && gg < 60 && b < 80),
          legendRed: count(
            L.legend.x,
            L.legend.y,
            L.legend.w,
            L.legend.h / 2,
            (r, gg, b) => r > 190 && gg < 60 && b < 60,
          ),
          legendOrange: count(
            L.legend.x,
            L.legend.y,
            L.legend.w,
            L.legend.h / 2,
            (r, gg, b) => r > 220 && gg > 100 && gg < 160 && b < 70,
          ),
        };
      },
      { data: png.toString('base64'), L },
    );
    expect(look.mapColours).toBeGreaterThan(50);
    expect(look.titleInk).toBeGreaterThan(2000);
    expect(look.legendRed).toBeGreaterThan(200);
    expect(look.legendOrange).toBeGreaterThan(200);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(SCREENSHOTS, 'map-export-4k.png'), png);
    assertClean(w);
    await w.page.context().close();
  });
});
