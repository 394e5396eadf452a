/**
 * The page at the window sizes people really have: an office laptop (1366x768), the meeting-room
 * projector (1920x1080) and that projector with the browser zoomed to 150% (1280x720 CSS pixels at
 * device scale 1.5). With filters, a choropleth, a density layer, the hazard rings and the drawer all
 * open, the map keeps half the window's height and no overlay covers another, the KPI strip or the
 * chips. The dock resizes from the keyboard and collapses, and the map follows.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, mapSettled, assertClean, openMap, openPage, useApp, waitForMap } from './browser.ts';
import { PARK_TYPES } from '../../src/domain/parks.ts';
import { readBundle } from './bundle-facts.ts';

const demo = readBundle('dist/data/demo');

const BUSY = '#level=major,significant&layers=points,hazards,townChoro,heatmap,parkBoundaries,gridLines,labels';
const SIZES = [
  { name: '1366x768', width: 1366, height: 768, scale: 1 },
  { name: '1920x1080', width: 1920, height: 1080, scale: 1 },
  { name: '1920x1080-zoom150', width: 1280, height: 720, scale: 1.5 },
] as const;
/** Boxes that must never overlap one another. */
const BOXES = ['legend', 'area-mode', 'choro-legend', 'density-legend', 'drawer', 'kpi-tiles', 'filter-chips'] as const;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The part of each element that is on screen: its box clipped by every ancestor that clips (scrolls or hides overflow). */
async function visibleRects(page: Page, ids: readonly string[]): Promise<Record<string, Rect | null>> {
  return page.evaluate((ids) => {
    const out: Record<string, Rect | null> = {};
    for (const id of ids) {
      const el = document.querySelector(`[data-testid="${id}"]`);
      if (!el) {
        out[id] = null;
        continue;
      }
      const r = el.getBoundingClientRect();
      let box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      for (let a = el.parentElement; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        box = {
          left: Math.max(box.left, c.left),
          top: Math.max(box.top, c.top),
          right: Math.min(box.right, c.right),
          bottom: Math.min(box.bottom, c.bottom),
        };
      }
      out[id] = box.right > box.left && box.bottom > box.top ? box : null;
    }
    return out;
  }, ids);
}

const overlap = (a: Rect, b: Rect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

async function mapHeight(page: Page): Promise<{ box: number; canvas: number }> {
  return page.evaluate(() => ({
    box: document.querySelector('[data-testid="map"]')!.getBoundingClientRect().height,
    canvas: (document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement).getBoundingClientRect().height,
  }));
}

describe('layout at real window sizes', () => {
  const app = useApp('dist');

  for (const size of SIZES) {
    it(`${size.name}: the map keeps half the height and no overlay covers another`, async () => {
      const w = await openMap(
        app.browser,
        `${app.server.url}/${BUSY}`,
        { width: size.width, height: size.height },
        size.scale,
      );
      const { page } = w;
      await page.click('[data-testid="dock-tab-table"]');
      await page.click('[data-testid="table-row"] >> nth=0');
      await page.waitForSelector('[data-testid="drawer"]');
      await page.waitForSelector('[data-testid="density-legend"]');
      await mapSettled(page);

      const height = await mapHeight(page);
      expect(height.box, 'map height').toBeGreaterThanOrEqual(size.height / 2 - 1);
      const rects = await visibleRects(page, [...BOXES, 'map']);
      for (const id of BOXES) expect(rects[id], `${id} on screen`).not.toBeNull();
      for (let i = 0; i < BOXES.length; i++) {
        for (let j = i + 1; j < BOXES.length; j++) {
          expect(
            overlap(rects[BOXES[i]]!, rects[BOXES[j]]!),
            `${BOXES[i]} overlaps ${BOXES[j]}: ${JSON.stringify([rects[BOXES[i]], rects[BOXES[j]]])}`,
          ).toBe(false);
        }
      }
      // Overlays stay inside the map: none reaches up over the KPI strip or the chips.
      const map = rects.map!;
      for (const id of ['legend', 'area-mode', 'choro-legend', 'density-legend', 'drawer'] as const) {
        expect(rects[id]!.top, `${id} top`).toBeGreaterThanOrEqual(map.top);
        expect(rects[id]!.bottom, `${id} bottom`).toBeLessThanOrEqual(map.bottom + 0.5);
      }
      // The enterprise flown to sits in the part of the map the drawer leaves visible.
      const name = await page.textContent('[data-testid="drawer-name"]');
      const row = Array.from({ length: demo.columns.length }, (_, i) => i).find((i) => demo.text.name.get(i) === name)!;
      const at = await page.evaluate(
        ([lon, lat]) => {
          const map = (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap;
          const p = map.project([lon, lat]);
          const box = map.getContainer().getBoundingClientRect();
          return { x: box.left + p.x, y: box.top + p.y };
        },
        [demo.columns.lon[row], demo.columns.lat[row]] as const,
      );
      expect(at.x, 'enterprise left of the drawer').toBeLessThan(rects.drawer!.left - 20);
      const sideRight = Math.max(
        ...(['legend', 'area-mode', 'choro-legend', 'density-legend'] as const).map((id) => rects[id]!.right),
      );
      expect(at.x, 'enterprise right of the legends').toBeGreaterThan(sideRight + 20);
      expect(at.y).toBeGreaterThan(rects.map!.top);
      expect(at.y).toBeLessThan(rects.map!.bottom);
      // "Why this level" reads without scrolling the drawer.
      const why = (await visibleRects(page, ['explain-sentence']))['explain-sentence'];
      const whole = await page.$eval('[data-testid="explain-sentence"]', (e) => e.getBoundingClientRect().height);
      expect(why, 'explanation on screen').not.toBeNull();
      expect(why!.bottom - why!.top).toBeGreaterThanOrEqual(whole - 1);
      await page.screenshot({ path: `${SCREENSHOTS}/layout-${size.name}.png` });
      assertClean(w);
      await page.context().close();
    });
  }

  it('the dock resizes from the keyboard, collapses and expands, and the map follows each time', async () => {
    const w = await openMap(app.browser, `${app.server.url}/`, { width: 1920, height: 1080 });
    const { page } = w;
    const dockHeight = () => page.$eval('[data-testid="dock"]', (e) => e.getBoundingClientRect().height);
    const before = {
      dock: await dockHeight(),
      map: await mapHeight(page),
      zoom: await page.evaluate(() =>
        (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap.getZoom(),
      ),
    };
    await page.focus('[data-testid="dock-resize"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(dockHeight).toBeLessThan(before.dock - 40);
    const smaller = { dock: await dockHeight(), map: await mapHeight(page) };
    // The map refits to its new box before the next step is measured.
    await page.waitForFunction(
      (z) => (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap.getZoom() > z,
      before.zoom,
      { timeout: 15_000 },
    );
    expect(smaller.dock).toBeLessThan(before.dock - 40);
    expect(smaller.map.box).toBeGreaterThan(before.map.box + 40);
    // MapLibre's canvas follows its container.
    await page.waitForFunction(() => {
      const m = document.querySelector('[data-testid="map"]')!.getBoundingClientRect().height;
      return (
        Math.abs(
          (document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement).getBoundingClientRect().height -
            m,
        ) < 1
      );
    });

    const zoom = () =>
      page.evaluate(() => (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap.getZoom());
    const zoomBefore = await zoom();
    await page.click('[data-testid="dock-toggle"]');
    // Still showing the whole district, now larger (software WebGL frames are slow: wait for it).
    await page.waitForFunction(
      (z) => (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap.getZoom() > z + 0.1,
      zoomBefore,
      { timeout: 15_000 },
    );
    const collapsed = await mapHeight(page);
    expect(collapsed.box).toBeGreaterThan(smaller.map.box + 100);
    expect(await page.$('[data-testid="dock-resize"]')).toBeNull();
    await page.click('[data-testid="dock-toggle"]');
    await expect.poll(async () => Math.abs((await dockHeight()) - smaller.dock)).toBeLessThan(2);

    // The height is kept for the next visit.
    await page.reload();
    await page.waitForSelector('[data-testid="dock"]');
    expect(Math.abs((await dockHeight()) - smaller.dock)).toBeLessThan(2);
    assertClean(w);
    await page.context().close();
  });

  it('with the points on, the heatmap shows, and both density layers explain themselves', async () => {
    /** Canvas pixels in the heatmap's pinks and purples. */
    const counts = () =>
      w.page.evaluate(() => {
        const d = (window as unknown as { __mapPixels(): Uint8ClampedArray }).__mapPixels();
        let heat = 0;
        for (let i = 0; i < d.length; i += 4) {
          if (d[i] > 180 && d[i + 2] > 100 && d[i + 1] < 150) heat++;
        }
        return { heat };
      });
    const w = await openMap(app.browser, `${app.server.url}/`, { width: 1366, height: 768 });
    await mapSettled(w.page);
    const before = await counts();
    await w.page.click('[data-testid="layers-button"]');
    await w.page.click('[data-testid="layer-heatmap"]');
    await w.page.waitForSelector('[data-testid="heat-legend"]');
    await mapSettled(w.page);
    const after = await counts();
    expect(after.heat, JSON.stringify({ before, after })).toBeGreaterThan(before.heat * 5 + 2000);
    // The full sentence, or on a short map its one-line form: the weights of the four levels either way.
    expect(await w.page.textContent('[data-testid="heat-legend"]')).toMatch(
      /重大 8.*较大 4.*一般 2.*低 1|按等级加权（8\/4\/2\/1）/,
    );
    expect(await w.page.textContent('[data-testid="heat-legend"]')).toMatch(/约 [\d.]+ (公里|米)/);

    await w.page.click('[data-testid="layer-heatmap"]');
    await w.page.click('[data-testid="layer-hexagon"]');
    await w.page.waitForSelector('[data-testid="hex-class-5"]');
    // Six equal classes from the lowest cell value to the highest, in the legend's numbers.
    const edges = await w.page.$$eval('[data-testid^="hex-class-"]', (els) =>
      els.map((e) => e.textContent!.split('–').map((t) => Number(t.replace(/,/g, '').trim()))),
    );
    expect(edges).toHaveLength(6);
    for (let k = 1; k < 6; k++) expect(edges[k][0]).toBeCloseTo(edges[k - 1][1], 0);
    expect(edges[5][1]).toBeGreaterThan(edges[0][0]);
    await w.page.screenshot({ path: `${SCREENSHOTS}/layout-density-legends.png` });
    assertClean(w);
    await w.page.context().close();
  });

  it('the score histogram shows the levels of the map: a 重大 filter gives only red bars, and says how many sit below their band', async () => {
    const w = await openMap(app.browser, `${app.server.url}/#level=major`, { width: 1366, height: 768 });
    const bars = await w.page.$$eval('[data-testid="chart-score"] rect.hist-bar:not(.hist-off)', (els) =>
      els.map((e) => e.getAttribute('data-level')),
    );
    expect(bars.length).toBeGreaterThan(3);
    expect(new Set(bars)).toEqual(new Set(['major']));
    // The stacked bars add up to the bin counts, and the bins to the 重大 count of the legend.
    const sum = await w.page.$$eval('[data-testid="chart-score"] g[data-count]', (els) =>
      els.reduce((a, e) => a + Number(e.getAttribute('data-count')), 0),
    );
    expect(String(sum)).toBe((await w.page.textContent('[data-testid="legend-count-major"]'))!.replace(/,/g, ''));
    const outside = await w.page.textContent('[data-testid="score-outside-band"]');
    expect(outside).toMatch(/^\d+ 家等级不在其分值段$/);
    assertClean(w);
    await w.page.context().close();
  });

  it('rank labels sit beside the area names: all ten ranks and the town names are placed', async () => {
    const placed = (page: Page) =>
      page.evaluate(() => {
        const map = (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap;
        const ranks = new Set(
          map.queryRenderedFeatures({ layers: ['rank-labels'] }).map((f) => f.properties.rank as number),
        );
        const towns = map.queryRenderedFeatures({ layers: ['town-labels'] });
        return {
          ranks: ranks.size,
          towns: new Set(towns.map((f) => f.properties.name as string)).size,
          rankedTowns: new Set(towns.filter((f) => f.properties.rank).map((f) => f.properties.rank as number)).size,
        };
      });
    for (const [layer, check] of [
      ['parkChoro', 'badges'],
      ['townChoro', 'names'],
    ] as const) {
      const w = await openMap(
        app.browser,
        `${app.server.url}/#layers=points,${layer},parkBoundaries,gridLines,labels`,
        { width: 1920, height: 1080 },
      );
      await mapSettled(w.page);
      const p = await placed(w.page);
      // MapLibre places no label over another: each count is of labels drawn without overlap.
      if (check === 'badges') expect(p.ranks, JSON.stringify(p)).toBe(10);
      else expect(p.rankedTowns, JSON.stringify(p)).toBeGreaterThanOrEqual(9);
      expect(p.towns, JSON.stringify(p)).toBeGreaterThanOrEqual(15);
      await w.page.screenshot({ path: `${SCREENSHOTS}/ranks-${layer}-1920x1080.png` });
      assertClean(w);
      await w.page.context().close();
    }
  });

  it('the three park types stay visible at district zoom with all the points on', async () => {
    /** Canvas pixels within a small distance of each park type's outline colour. */
    const parkPixels = (page: Page) =>
      page.evaluate(
        (colours) => {
          const d = (window as unknown as { __mapPixels(): Uint8ClampedArray }).__mapPixels();
          const out = colours.map(() => 0);
          for (let i = 0; i < d.length; i += 4) {
            colours.forEach(([r, gg, b], k) => {
              if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - gg) + Math.abs(d[i + 2] - b) < 40) out[k]++;
            });
          }
          return out;
        },
        PARK_TYPES.map((p) => p.fill),
      );
    const on = await openMap(app.browser, `${app.server.url}/`, { width: 1920, height: 1080 });
    await mapSettled(on.page);
    const withOutlines = await parkPixels(on.page);
    await on.page.click('[data-testid="layers-button"]');
    await on.page.click('[data-testid="layer-parkBoundaries"]');
    await mapSettled(on.page);
    const without = await parkPixels(on.page);
    // Each type's outline adds pixels of its own colour over the points.
    PARK_TYPES.forEach((p, k) =>
      expect(withOutlines[k] - without[k], `${p.key}: ${JSON.stringify({ withOutlines, without })}`).toBeGreaterThan(
        150,
      ),
    );
    assertClean(on);
    await on.page.context().close();
  });

  it('the map has its final size while the data loads: the KPI strip holds its place, so nothing moves when the data arrives', async () => {
    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    const { page } = w;
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route('**/data/demo/enterprises.arrow', async (r) => {
      await held;
      await r.continue();
    });
    await page.goto(app.server.url);
    await page.waitForSelector('[data-testid="kpi-tiles-loading"][aria-busy="true"]');
    await page.waitForSelector('[data-testid="map"] canvas');
    expect(await page.locator('[data-testid="kpi-tiles-loading"] .kpi-value.pending').count()).toBe(9);
    const loading = await mapHeight(page);
    await page.screenshot({ path: `${SCREENSHOTS}/layout-loading-1366x768.png` });
    release();
    await waitForMap(page);
    expect(await page.locator('[data-testid="kpi-tiles-loading"]').count()).toBe(0);
    expect(Number((await page.textContent('[data-testid="kpi-enterprises"] .kpi-value'))!.replace(/,/g, ''))).toBe(
      demo.manifest.enterprises,
    );
    expect(await mapHeight(page)).toEqual(loading);
    assertClean(w);
    await page.context().close();
  });

  it('a corrupt saved dock height is ignored', async () => {
    const w = await openMap(app.browser, `${app.server.url}/`, { width: 1366, height: 768 });
    await w.page.evaluate(() => localStorage.setItem('risk-map.dock-height-rem', '{"not":"a number"'));
    await w.page.reload();
    // The map's code is a chunk of its own that may arrive after the dock.
    await waitForMap(w.page);
    const h = await mapHeight(w.page);
    expect(h.box).toBeGreaterThanOrEqual(768 / 2 - 1);
    assertClean(w);
    await w.page.context().close();
  });
});
