/**
 * Where risk concentrates, in real Chromium: every layer changes the picture when switched, the
 * choropleth legend shows the breaks the test computes itself from the bundle with the formulas of
 * docs/area-risk.md, and a clicked grid cell's panel shows the numbers the test computes itself too.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, assertClean, openPage, useApp, waitForMap } from './browser.ts';
import { readBundle } from './bundle-facts.ts';
import { quantileBreaks, townRiskIndexes } from './independent-expectations.ts';
import { LAYER_KINDS } from '../../src/map/layer-registry.ts';

const DIST = 'dist';
const demo = readBundle(join(DIST, 'data/demo'));
const c = demo.columns;

async function mapHash(page: Page): Promise<string> {
  await page.evaluate(async () => {
    const map = (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap;
    map.triggerRepaint();
    await new Promise<void>((r) => map.once('idle', () => r()));
  });
  const png = await page.locator('[data-testid="map"]').screenshot();
  return createHash('sha1').update(png).digest('hex');
}

const app = useApp(DIST);

describe('layers and area risk', () => {
  it('changes the picture when each layer is switched', async () => {
    const w = await openPage(app.browser, app.server.url);
    // With a comparison open, so that the changes layer has something to draw; the comparison turns
    // it on, the loop below turns it off and on again like the others.
    await w.page.goto(`${app.server.url}?dataset=demo&compare=demo-prev`);
    await waitForMap(w.page);
    await w.page.waitForSelector('[data-testid="compare-banner"][data-state="ready"]', { timeout: 60_000 });
    await w.page.click('[data-testid="layers-button"]');
    // Every kind of the layer registry, as the layers panel lists them.
    const ids = await w.page.$$eval(
      '[data-testid="layers-panel"] input[type="checkbox"][data-testid^="layer-"]',
      (boxes) => boxes.map((b) => b.getAttribute('data-testid')!.slice('layer-'.length)),
    );
    expect(ids).toEqual(LAYER_KINDS.map((k) => k.id));
    for (const id of ids) {
      const before = await mapHash(w.page);
      await w.page.click(`[data-testid="layer-${id}"]`);
      const after = await mapHash(w.page);
      expect(after, `switching ${id}`).not.toBe(before);
      await w.page.click(`[data-testid="layer-${id}"]`);
    }
    assertClean(w);
    await w.page.context().close();
  });

  it('shows the town choropleth with the quantile breaks of the area risk index, and 3D hexagons', async () => {
    const w = await openPage(app.browser, app.server.url);
    await w.page.goto(`${app.server.url}#layers=townChoro,parkBoundaries,labels`);
    await waitForMap(w.page);
    const shown = JSON.parse(
      (await w.page.getAttribute('[data-testid="choro-breaks-townChoro"]', 'data-breaks'))!,
    ) as number[];
    // Expected breaks without the app's area-metrics, area-risk-index or classify code: each town's
    // index from the bundle's town, level and hazard columns and the manifest's km² by the formula of
    // docs/area-risk.md, then its quantile definition (k = 5, the layer's default).
    const want = quantileBreaks(townRiskIndexes(demo), 5);
    expect(want.length).toBe(4);
    expect(shown.length).toBe(want.length);
    // The app keeps area metrics as 32-bit floats: a break is within 1e-4 of the value in doubles.
    shown.forEach((b, j) => expect(b, `break ${j + 1}`).toBeCloseTo(want[j], 4));
    await w.page.screenshot({ path: join(SCREENSHOTS, 'town-choropleth.png') });

    await w.page.click('[data-testid="layers-button"]');
    await w.page.click('[data-testid="layer-townChoro"]');
    await w.page.click('[data-testid="layer-points"]');
    await w.page.click('[data-testid="layer-hexagon"]');
    await w.page.click('[data-testid="view-3d"]');
    await w.page.click('[data-testid="layers-button"]');
    await w.page.evaluate(async () => {
      const map = (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap;
      map.jumpTo({ bearing: -25, pitch: 55 });
      await new Promise<void>((r) => map.once('idle', () => r()));
    });
    await w.page.screenshot({ path: join(SCREENSHOTS, 'hexagon-3d.png') });
    assertClean(w);
    await w.page.context().close();
  });

  it('opens a grid cell panel with the numbers of the bundle', async () => {
    // The grid cell with the most enterprises.
    const per = new Array(demo.manifest.grids.length).fill(0);
    for (let i = 0; i < c.length; i++) if (c.grid[i] >= 0) per[c.grid[i]]++;
    const g = per.indexOf(Math.max(...per));
    const want = {
      enterprises: 0,
      major: 0,
      significant: 0,
      general: 0,
      low: 0,
      openHazards: 0,
      overdueHazards: 0,
      openMajorHazards: 0,
    };
    let maxScore = -Infinity;
    for (let i = 0; i < c.length; i++) {
      if (c.grid[i] !== g) continue;
      want.enterprises++;
      want[(['major', 'significant', 'general', 'low'] as const)[c.level[i]]]++;
      want.openHazards += c.hazardsOpen[i];
      want.overdueHazards += c.hazardsOverdue[i];
      want.openMajorHazards += c.hazardsOpenMajor[i];
      maxScore = Math.max(maxScore, c.score[i]);
    }
    const w = await openPage(app.browser, app.server.url);
    await w.page.goto(app.server.url);
    await waitForMap(w.page);
    await w.page.click('[data-testid="area-mode-grid"]');
    const [lon, lat] = demo.manifest.grids[g].label;
    const p = await w.page.evaluate(
      async ([lon, lat]) => {
        const map = (window as unknown as { __riskMap: import('maplibre-gl').Map }).__riskMap;
        map.jumpTo({ center: [lon, lat], zoom: 14 });
        await new Promise<void>((r) => map.once('idle', () => r()));
        const q = map.project([lon, lat]);
        const box = map.getContainer().getBoundingClientRect();
        return { x: box.left + q.x, y: box.top + q.y };
      },
      [lon, lat] as const,
    );
    await w.page.mouse.click(p.x, p.y);
    await w.page.waitForSelector('[data-testid="area-panel"]');
    expect(await w.page.textContent('[data-testid="area-title"]')).toContain(demo.manifest.grids[g].name);
    for (const [key, value] of Object.entries(want)) {
      expect(Number(await w.page.getAttribute(`[data-testid="area-metric-${key}"]`, 'data-value')), key).toBe(value);
    }
    expect(Number(await w.page.getAttribute('[data-testid="area-metric-maxScore"]', 'data-value'))).toBeCloseTo(
      maxScore,
      3,
    );
    // Area mode also filters to the clicked cell.
    expect(Number((await w.page.textContent('[data-testid="kpi-enterprises"] .kpi-value'))!.replace(/,/g, ''))).toBe(
      want.enterprises,
    );
    await w.page.screenshot({ path: join(SCREENSHOTS, 'grid-cell-panel.png') });
    // Escape closes the topmost panel: an enterprise opened from the table, then the area panel.
    await w.page.click('[data-testid="dock-tab-table"]');
    await w.page.click('[data-testid="table-row"]');
    await w.page.waitForSelector('[data-testid="drawer"]');
    await w.page.keyboard.press('Escape');
    await w.page.waitForSelector('[data-testid="drawer"]', { state: 'detached' });
    expect(await w.page.$('[data-testid="area-panel"]')).not.toBeNull();
    await w.page.keyboard.press('Escape');
    await w.page.waitForSelector('[data-testid="area-panel"]', { state: 'detached' });
    assertClean(w);
    await w.page.context().close();
  });
});
