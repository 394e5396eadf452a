/**
 * The district risk map in real Chromium, on the built app (dist/) served under a sub-path:
 * the map draws, the legend adds up, hover and click work, the language switch sticks, data text stays
 * text, and nothing leaves the origin.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import {
  SCREENSHOTS,
  mapSettled,
  assertClean,
  clickMapUntil,
  openMap,
  openPage,
  useApp,
  waitForMap,
} from './browser.ts';
import { isolatedEnterprise, readBundle } from './bundle-facts.ts';
import { LEVELS } from '../../src/domain/levels.ts';
import { buildDatasetFromText as buildDataset } from '../../src/data/import/build/build-from-files.ts';
import { encodeBundle } from '../../src/data/bundle.ts';

const DIST = 'dist';
const demo = readBundle(join(DIST, 'data/demo'));

/** Moves the camera so that enterprise `row` is at a known pixel, then returns that pixel. */
async function centreOn(page: Page, lon: number, lat: number, zoom = 16): Promise<{ x: number; y: number }> {
  return page.evaluate(
    async ([lon, lat, zoom]) => {
      const map = (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap;
      map.jumpTo({ center: [lon, lat], zoom });
      await new Promise<void>((r) => map.once('idle', () => r()));
      const p = map.project([lon, lat]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    [lon, lat, zoom] as const,
  );
}

/** Share of canvas pixels close to each level colour, read back from the WebGL canvas. */
async function levelPixelShares(page: Page): Promise<number[]> {
  return page.evaluate(
    (palette) => {
      const px = (window as unknown as { __mapPixels(): Uint8ClampedArray }).__mapPixels();
      const hits = palette.map(() => 0);
      for (let i = 0; i < px.length; i += 4) {
        palette.forEach((rgb, k) => {
          if (Math.abs(px[i] - rgb[0]) < 30 && Math.abs(px[i + 1] - rgb[1]) < 30 && Math.abs(px[i + 2] - rgb[2]) < 30)
            hits[k]++;
        });
      }
      return hits.map((h) => h / (px.length / 4));
    },
    LEVELS.map((l) => [...l.color]),
  );
}

const app = useApp(DIST);

describe('the district risk map', () => {
  it('renders the map, a legend that adds up, and the demo badge', async () => {
    const w = await openMap(app.browser, app.server.url);
    await w.page.screenshot({ path: join(SCREENSHOTS, 'app-overview.png') });

    const shares = await levelPixelShares(w.page);
    // Every level with enterprises shows up on the canvas (blue, the most common, clearly).
    expect(shares[3]).toBeGreaterThan(0.0005);
    expect(shares.filter((s) => s > 0).length).toBeGreaterThanOrEqual(3);

    const expected = LEVELS.map((_, k) => demo.columns.level.filter((l) => l === k).length);
    const shown = await Promise.all(LEVELS.map((l) => w.page.textContent(`[data-testid="legend-count-${l.key}"]`)));
    expect(shown.map((s) => Number(s!.replace(/,/g, '')))).toEqual(expected);
    expect(expected.reduce((a, b) => a + b, 0)).toBe(demo.manifest.enterprises);
    expect(Number((await w.page.textContent('[data-testid="legend-total"]'))!.replace(/,/g, ''))).toBe(
      demo.columns.length,
    );

    // A level filter hides the other levels' points on the GPU (the engine's mask as a per-point
    // attribute): with only 重大 on, no ■ blue is left on the canvas and the ▲ red stays.
    await w.page.click('[data-testid="filter-level-major"]');
    await mapSettled(w.page);
    const filtered = await levelPixelShares(w.page);
    expect(filtered[0]).toBeGreaterThan(0);
    expect(filtered[3]).toBeLessThan(shares[3] / 20);
    await w.page.click('[data-testid="filter-level-major"]');
    await mapSettled(w.page);
    expect((await levelPixelShares(w.page))[3]).toBeGreaterThan(shares[3] / 2);

    expect(await w.page.textContent('[data-testid="demo-badge"]')).toContain('示例数据');
    expect(await w.page.textContent('[data-testid="dataset-name"]')).toBe(demo.manifest.name);
    assertClean(w);
    await w.page.context().close();
  });

  it('shows a tooltip on hover and the drawer on click', async () => {
    const w = await openMap(app.browser, app.server.url);
    const row = isolatedEnterprise(demo.columns, 0);
    const name = demo.text.name.get(row)!;
    const p = await centreOn(w.page, demo.columns.lon[row], demo.columns.lat[row]);
    await w.page.mouse.move(p.x - 40, p.y - 40);
    await w.page.mouse.move(p.x, p.y, { steps: 4 });
    await w.page.waitForSelector('[data-testid="tooltip"]');
    expect(await w.page.textContent('[data-testid="tooltip-name"]')).toBe(name);
    await w.page.screenshot({ path: join(SCREENSHOTS, 'tooltip.png') });
    await clickMapUntil(w.page, p.x, p.y, '[data-testid="drawer"]');
    expect(await w.page.textContent('[data-testid="drawer-name"]')).toBe(name);
    // The drawer replaces the hover card.
    expect(await w.page.$('[data-testid="tooltip"]')).toBeNull();
    await w.page.screenshot({ path: join(SCREENSHOTS, 'drawer.png') });
    assertClean(w);
    await w.page.context().close();
  });

  it('draws each level in its own shape: a triangle for 重大, a disc for 一般', async () => {
    const w = await openMap(app.browser, app.server.url);
    // Probes in units of the point's radius, screen y down: centre, beside the centre, above it.
    const probes: [number, number][] = [
      [0, 0],
      [-0.7, 0],
      [0.7, 0],
      [0, -0.5],
    ];
    const sample = async (level: number) => {
      // Large or medium enterprises: points big enough for the probes to sit well inside or outside.
      const row = isolatedEnterprise(demo.columns, level, 80, [1, 2]);
      const r = [4, 9, 7, 5, 4][demo.columns.scale[row]] * [1.45, 1.25, 1, 1][level];
      const p = await centreOn(w.page, demo.columns.lon[row], demo.columns.lat[row]);
      await w.page.mouse.move(5, 5);
      await w.page.screenshot({
        path: join(SCREENSHOTS, `level-shape-${LEVELS[level].key}.png`),
        clip: { x: p.x - 3 * r, y: p.y - 3 * r, width: 6 * r, height: 6 * r },
      });
      return w.page.evaluate(
        ({ p, r, probes, rgb }) => {
          const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
          const box = canvas.getBoundingClientRect();
          const c = document.createElement('canvas');
          c.width = canvas.width;
          c.height = canvas.height;
          const ctx = c.getContext('2d')!;
          ctx.drawImage(canvas, 0, 0);
          const k = canvas.width / box.width;
          return probes.map(([dx, dy]) => {
            const d = ctx.getImageData(
              Math.round((p.x - box.left + dx * r) * k),
              Math.round((p.y - box.top + dy * r) * k),
              1,
              1,
            ).data;
            return Math.abs(d[0] - rgb[0]) < 45 && Math.abs(d[1] - rgb[1]) < 45 && Math.abs(d[2] - rgb[2]) < 45;
          });
        },
        { p, r, probes, rgb: [...LEVELS[level].color] },
      );
    };
    // ▲: filled at the centre and above it, empty beside it (where a disc would be filled).
    expect(await sample(0)).toEqual([true, false, false, true]);
    // ●: filled at all four.
    expect(await sample(2)).toEqual([true, true, true, true]);
    assertClean(w);
    await w.page.context().close();
  });

  it('reaches the map from the top of the page with the keyboard in a few presses', async () => {
    const w = await openMap(app.browser, app.server.url);
    const onMap = () => w.page.evaluate(() => !!document.activeElement?.closest('[data-testid="map"]'));
    let tabs = 0;
    while (tabs < 10 && !(await onMap())) {
      await w.page.keyboard.press('Tab');
      tabs++;
      // The skip link is the first stop; Enter on it jumps to the map.
      if (await w.page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'skip-to-map'))
        await w.page.keyboard.press('Enter');
    }
    expect(await onMap()).toBe(true);
    expect(tabs).toBeLessThan(10);
    assertClean(w);
    await w.page.context().close();
  });

  it('flies to a small selection once by itself, fits to it on request, and back to the district', async () => {
    const w = await openMap(app.browser, app.server.url);
    const row = isolatedEnterprise(demo.columns, 0);
    const zoomNow = () =>
      w.page.evaluate(() => (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap.getZoom());
    const districtZoom = await zoomNow();
    expect(await w.page.$eval('[data-testid="fit-selection"]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await w.page.fill('[data-testid="filter-search"]', demo.text.creditCode.get(row)!);
    await w.page.waitForFunction(
      () => document.querySelector('[data-testid="kpi-enterprises"] .kpi-value')?.textContent === '1',
    );
    const zoomedIn = () =>
      w.page.waitForFunction(
        (z) => {
          const map = (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap;
          return !map.isMoving() && map.getZoom() > z + 3;
        },
        districtZoom,
        { timeout: 10_000 },
      );
    const backOut = () =>
      w.page.waitForFunction(
        (z) => {
          const map = (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap;
          return !map.isMoving() && Math.abs(map.getZoom() - z) < 0.6;
        },
        districtZoom,
        { timeout: 10_000 },
      );
    // Narrowed to one enterprise, the map flies to it by itself, once.
    await zoomedIn();
    const inView = await w.page.evaluate(
      ([lon, lat]) =>
        (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap.getBounds().contains([lon, lat]),
      [demo.columns.lon[row], demo.columns.lat[row]] as const,
    );
    expect(inView).toBe(true);
    await w.page.click('[data-testid="reset-view"]');
    await backOut();
    // It stays where the user put it until asked again: no camera move starts while the map settles.
    await w.page.evaluate(() => {
      const win = window as unknown as { __riskMap: import('maplibre-gl').Map; __moves: number };
      win.__moves = 0;
      win.__riskMap.on('movestart', () => {
        win.__moves++;
      });
    });
    await mapSettled(w.page);
    expect(await w.page.evaluate(() => (window as unknown as { __moves: number }).__moves)).toBe(0);
    expect(Math.abs((await zoomNow()) - districtZoom)).toBeLessThan(0.6);
    await w.page.click('[data-testid="fit-selection"]');
    await zoomedIn();
    await w.page.click('[data-testid="reset-view"]');
    await backOut();
    assertClean(w);
    await w.page.context().close();
  });

  it('switches to English and remembers it after a reload', async () => {
    const w = await openMap(app.browser, app.server.url);
    expect(await w.page.textContent('h1')).toBe('安全生产风险一张图');
    // MapLibre's own buttons follow the UI's language.
    expect(await w.page.getAttribute('.maplibregl-ctrl-zoom-in', 'title')).toBe('放大');
    await w.page.click('[data-testid="lang-switch"]');
    expect(await w.page.textContent('h1')).toBe('Work-Safety Risk Map');
    expect(await w.page.getAttribute('.maplibregl-ctrl-zoom-in', 'title')).toBe('Zoom in');
    await w.page.reload();
    await waitForMap(w.page);
    expect(await w.page.textContent('h1')).toBe('Work-Safety Risk Map');
    expect(await w.page.getAttribute('html', 'lang')).toBe('en');
    await w.page.screenshot({ path: join(SCREENSHOTS, 'app-english.png') });
    assertClean(w);
    await w.page.context().close();
  });

  it('shows a name made of HTML as those characters', async () => {
    // A copy of the demo folder with one enterprise renamed, built next to the demo bundle.
    const src = join(tmpdir(), `risk-map-xss-${process.pid}`);
    rmSync(src, { recursive: true, force: true });
    cpSync('data/demo', src, { recursive: true });
    const lines = readFileSync(join(src, 'enterprises.csv'), 'utf8').split('\n');
    const header = lines[0].split(',');
    const row = isolatedEnterprise(demo.columns, 0);
    const code = demo.text.creditCode.get(row)!;
    const k = lines.findIndex((l) => l.startsWith(`${code},`) || l.startsWith(`"${code}"`));
    const nameCol = header.indexOf('name');
    const evil = '<img src=x onerror=alert(1)>';
    const fields = lines[k].split(',');
    fields[nameCol] = evil;
    lines[k] = fields.join(',');
    const read = (f: string) => readFileSync(join(src, f), 'utf8');
    const built = buildDataset('xss', {
      towns: read('towns.geojson'),
      grid: read('grid.geojson'),
      parks: read('parks.geojson'),
      district: read('district.geojson'),
      enterprises: lines.join('\n'),
      hazards: read('hazards.csv'),
      meta: read('meta.json'),
    });
    const out = join(DIST, 'data/xss');
    mkdirSync(out, { recursive: true });
    for (const [file, content] of Object.entries(encodeBundle(built))) writeFileSync(join(out, file), content);

    const w = await openPage(app.browser, app.server.url);
    await w.page.goto(`${app.server.url}?dataset=xss`);
    await waitForMap(w.page);
    const p = await centreOn(w.page, demo.columns.lon[row], demo.columns.lat[row]);
    await w.page.mouse.move(p.x, p.y, { steps: 4 });
    await w.page.waitForSelector('[data-testid="tooltip"]');
    expect(await w.page.textContent('[data-testid="tooltip-name"]')).toBe(evil);
    await w.page.screenshot({ path: join(SCREENSHOTS, 'tooltip-html-name.png') });
    await clickMapUntil(w.page, p.x, p.y, '[data-testid="drawer"]');
    expect(await w.page.textContent('[data-testid="drawer-name"]')).toBe(evil);
    expect(await w.page.locator('img[src="x"]').count()).toBe(0);
    assertClean(w);
    await w.page.context().close();
    rmSync(out, { recursive: true, force: true });
    rmSync(src, { recursive: true, force: true });
  });
});
