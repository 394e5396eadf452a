/**
 * The swipe of two data dates in real Chromium: the demo (2026-10-31) compared with its earlier
 * snapshot (demo-prev). Once the comparison is ready the map's button turns the swipe on; each half
 * is labelled with its data date; an enterprise whose level moved (found by the test itself from the
 * two bundles, matched by credit code) shows its earlier level's colour while the divider is right of
 * it and its current level's once the divider is dragged (with the mouse) to its left; the link holds
 * the swipe and the divider's place; in presentation mode the key S and Esc turn it on and off, and
 * the shortcut list names the key. Screenshots on the wall at 1920x1080 and 1366x768.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LEVELS } from '../../src/domain/levels.ts';
import { SCREENSHOTS, assertClean, mapSettled, openPage, useApp, waitForMap } from './browser.ts';
import { readBundle } from './bundle-facts.ts';

const DIST = 'dist';
const app = useApp(DIST);
const cur = readBundle(join(DIST, 'data/demo'));
const prev = readBundle(join(DIST, 'data/demo-prev'));

/** A current enterprise whose level differs from its earlier one, with no other enterprise of either snapshot within ~80 m. */
function isolatedMover(): { row: number; then: number; now: number } {
  const prevRow = new Map<string, number>();
  for (let i = 0; i < prev.columns.length; i++) prevRow.set(prev.text.creditCode.get(i)!, i);
  const mLat = 111_320,
    mLon = 111_320 * Math.cos((cur.columns.lat[0] * Math.PI) / 180);
  const far = (lon: number, lat: number, c: typeof cur.columns, skip: number) => {
    for (let j = 0; j < c.length; j++) {
      if (j === skip) continue;
      const dx = (c.lon[j] - lon) * mLon,
        dy = (c.lat[j] - lat) * mLat;
      if (dx * dx + dy * dy < 80 * 80) return false;
    }
    return true;
  };
  for (let i = 0; i < cur.columns.length; i++) {
    const p = prevRow.get(cur.text.creditCode.get(i)!);
    if (p === undefined || prev.columns.level[p] === cur.columns.level[i]) continue;
    const { lon, lat } = { lon: cur.columns.lon[i], lat: cur.columns.lat[i] };
    if (Math.abs(prev.columns.lon[p] - lon) > 1e-6 || Math.abs(prev.columns.lat[p] - lat) > 1e-6) continue;
    if (far(lon, lat, cur.columns, i) && far(lon, lat, prev.columns, p))
      return { row: i, then: prev.columns.level[p], now: cur.columns.level[i] };
  }
  throw new Error('no isolated enterprise whose level moved');
}

async function openComparison(size: { width: number; height: number }, hash = '') {
  const w = await openPage(app.browser, app.server.url, size);
  await w.page.goto(`${app.server.url}?dataset=demo&compare=demo-prev${hash}`);
  await waitForMap(w.page);
  await w.page.waitForSelector('[data-testid="compare-banner"][data-state="ready"]', { timeout: 60_000 });
  await mapSettled(w.page);
  return w;
}

/** Centres the map on a point at a zoom; gives its place on the map canvas (CSS pixels). */
async function centreOn(page: Page, lon: number, lat: number, zoom: number): Promise<{ x: number; y: number }> {
  const at = await page.evaluate(
    async ([lon, lat, zoom]) => {
      const map = (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap;
      map.jumpTo({ center: [lon, lat], zoom });
      await new Promise<void>((r) => map.once('idle', () => r()));
      const p = map.project([lon, lat]);
      return { x: p.x, y: p.y };
    },
    [lon, lat, zoom] as const,
  );
  await mapSettled(page);
  return at;
}

/** The level whose colour is nearest the map canvas's pixel at (x, y), and how near. */
async function levelAt(page: Page, x: number, y: number): Promise<{ level: number; distance: number }> {
  const rgb = await page.evaluate(
    ([x, y]) => {
      const src = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const g = c.getContext('2d')!;
      g.drawImage(src, 0, 0);
      const r = src.width / src.getBoundingClientRect().width;
      return [...g.getImageData(Math.round(x * r), Math.round(y * r), 1, 1).data.slice(0, 3)];
    },
    [x, y] as const,
  );
  const d = LEVELS.map((l) => Math.hypot(l.color[0] - rgb[0], l.color[1] - rgb[1], l.color[2] - rgb[2]));
  const level = d.indexOf(Math.min(...d));
  return { level, distance: d[level] };
}

/** Drags the divider with the mouse to `x` (CSS pixels from the map's left edge), in steps. */
async function dragDivider(page: Page, x: number): Promise<void> {
  const grip = (await page.locator('[data-testid="swipe-divider"] .swipe-grip').boundingBox())!;
  const map = (await page.locator('[data-testid="map"]').boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(map.x + x, grip.y + grip.height / 2, { steps: 12 });
  await page.mouse.up();
}

describe('the swipe of two data dates', () => {
  const mover = isolatedMover();

  it('shows the earlier level left of the divider and the current one right of it, dragged with the mouse', async () => {
    expect(mover.then).not.toBe(mover.now);
    const w = await openComparison({ width: 1366, height: 768 });
    const { page } = w;
    const p = await centreOn(page, cur.columns.lon[mover.row], cur.columns.lat[mover.row], 15);
    const map = (await page.locator('[data-testid="map"]').boundingBox())!;

    // Without the swipe the map shows the current level there.
    expect((await levelAt(page, p.x, p.y)).level).toBe(mover.now);
    await page.click('[data-testid="swipe-toggle"]');
    await page.waitForSelector('[data-testid="swipe"]');
    expect(await page.getAttribute('[data-testid="swipe-toggle"]', 'aria-pressed')).toBe('true');
    expect(await page.textContent('[data-testid="swipe-label-earlier"]')).toBe(`${prev.manifest.asOf}（上期）`);
    expect(await page.textContent('[data-testid="swipe-label-current"]')).toBe(`${cur.manifest.asOf}（本期）`);
    await page.waitForFunction(() => location.hash.includes('swipe=50'));
    await mapSettled(page);

    // The enterprise is at the map's centre, on the divider: drag it right of the enterprise, then left.
    // Meanwhile every buffer the page hands WebGL is counted: a divider step re-uploads no point attribute.
    await page.evaluate(() => {
      const w = window as unknown as { __uploads: number[] };
      w.__uploads = [];
      const proto = WebGL2RenderingContext.prototype as unknown as Record<string, (...a: unknown[]) => void>;
      for (const name of ['bufferData', 'bufferSubData']) {
        const orig = proto[name];
        proto[name] = function (this: unknown, ...a: unknown[]) {
          const src = a[name === 'bufferData' ? 1 : 2];
          if (src && typeof src === 'object' && 'byteLength' in src)
            w.__uploads.push((src as ArrayBufferView).byteLength);
          return orig.apply(this, a);
        };
      }
    });
    await dragDivider(page, p.x + 120);
    await page.waitForFunction(() => location.hash.includes('swipe='));
    await mapSettled(page);
    const then = await levelAt(page, p.x, p.y);
    expect(then.level).toBe(mover.then);
    expect(then.distance).toBeLessThan(60);
    const placed = Number(await page.getAttribute('[data-testid="swipe"]', 'data-at'));
    expect(placed).toBeCloseTo((p.x + 120) / map.width, 2);
    expect(await page.evaluate(() => location.hash)).toContain(`swipe=${Math.round(placed * 1000) / 10}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'swipe-earlier-side-1366.png') });
    const uploads = await page.evaluate(() => (window as unknown as { __uploads: number[] }).__uploads);
    console.log(`buffer uploads during the drag: ${uploads.length}, largest ${Math.max(0, ...uploads)} bytes`);
    // The smallest per-point attribute is a byte per point (the visibility): 4,978 or 5,000 bytes.
    expect(uploads.filter((b) => b >= Math.min(cur.columns.length, prev.columns.length))).toEqual([]);

    await dragDivider(page, p.x - 120);
    await mapSettled(page);
    const now = await levelAt(page, p.x, p.y);
    expect(now.level).toBe(mover.now);
    expect(now.distance).toBeLessThan(60);

    // The link holds it: the same address opened afresh shows the swipe at the same place.
    const hash = await page.evaluate(() => location.hash);
    await page.reload();
    await waitForMap(page);
    await page.waitForSelector('[data-testid="compare-banner"][data-state="ready"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="swipe"]');
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    expect(Number(await page.getAttribute('[data-testid="swipe"]', 'data-at'))).toBeCloseTo(
      placed - 240 / map.width,
      2,
    );

    // The button leaves it.
    await page.click('[data-testid="swipe-toggle"]');
    await page.waitForSelector('[data-testid="swipe"]', { state: 'detached' });
    await page.waitForFunction(() => !location.hash.includes('swipe='));
    assertClean(w);
    await page.context().close();
  });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ])
    it(`reads on the wall at ${size.width}x${size.height}: S turns it on, the shortcut list names it, Esc leaves it`, async () => {
      const w = await openComparison(size);
      const { page } = w;
      await page.locator('[data-testid="map"] canvas').focus();
      await page.keyboard.press('p');
      await page.waitForSelector('html[data-presenting]');
      await page.keyboard.press('s');
      await page.waitForSelector('[data-testid="swipe"]');
      await mapSettled(page);
      // Each date is large: at least the wall's text floor (1rem, 28 px at 1920 wide).
      const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      for (const side of ['earlier', 'current']) {
        const px = await page.evaluate(
          (s) =>
            parseFloat(
              getComputedStyle(document.querySelector(`[data-testid="swipe-label-${s}"] .swipe-date`)!).fontSize,
            ),
          side,
        );
        expect(px).toBeGreaterThanOrEqual(1.5 * rem);
      }
      await page.screenshot({ path: join(SCREENSHOTS, `swipe-presentation-${size.width}.png`) });

      await page.keyboard.press('?');
      await page.waitForSelector('[data-testid="shortcut-help"] tr[data-command="swipe.toggle"]');
      expect(await page.textContent('[data-testid="shortcut-help"] tr[data-command="swipe.toggle"]')).toContain('S');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="shortcut-help"]', { state: 'detached' });
      expect(await page.$('[data-testid="swipe"]')).not.toBeNull();

      // Esc leaves the swipe first, then presentation mode.
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="swipe"]', { state: 'detached' });
      expect(await page.$('html[data-presenting]')).not.toBeNull();
      await page.keyboard.press('Escape');
      await page.waitForSelector('html:not([data-presenting])');
      assertClean(w);
      await page.context().close();
    });
});
