/**
 * The risk model in real Chromium: a what-if edit changes the level counts to what the test computes
 * itself from the bundle's columns with the model of docs/risk-model.md, reset restores them, and the
 * drawer's contributions add up to the score.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, assertClean, openPage, useApp, waitForMap } from './browser.ts';
import { readBundle } from './bundle-facts.ts';
import { LEVELS } from '../../src/domain/levels.ts';
import { defaultModelJson, plainLevel, shownLevelCounts } from './independent-expectations.ts';

const DIST = 'dist';
const demo = readBundle(join(DIST, 'data/demo'));
const c = demo.columns;

/**
 * Shown level counts under a model given as its JSON (the default file, maybe edited as the what-if
 * edit does): assessed level where there is one, the model's otherwise. Scored by the test's own plain
 * reading of docs/risk-model.md (independent-expectations.ts), not by the app's compileModel/scoreAll,
 * so a bug in the app's scoring or in its rescoring after an edit shows up as different counts.
 */
const levelCounts = (model = defaultModelJson()) => shownLevelCounts(model, c);

async function kpiLevels(page: Page): Promise<number[]> {
  return Promise.all(
    LEVELS.map(async (l) =>
      Number((await page.textContent(`[data-testid="kpi-level-${l.key}"] .kpi-value`))!.replace(/,/g, '')),
    ),
  );
}

const app = useApp(DIST);

describe('risk model', () => {
  it('recomputes levels when a weight is raised, and reset restores them', async () => {
    const w = await openPage(app.browser, app.server.url);
    await w.page.goto(app.server.url);
    await waitForMap(w.page);
    // The test's scorer and the model levels the build stored in the bundle agree on every row.
    const model = defaultModelJson();
    expect(
      Array.from({ length: c.length }, (_, i) => i).filter((i) => plainLevel(model, c, i) !== c.modelLevel[i]),
    ).toEqual([]);
    const before = await kpiLevels(w.page);
    expect(before).toEqual(levelCounts());
    await w.page.click('[data-testid="dock-tab-model"]');
    await w.page.fill('[data-testid="model-sector-machinery"]', '30');
    const raised = defaultModelJson();
    raised.inherent.sector.machinery = 30;
    const want = levelCounts(raised);
    expect(want).not.toEqual(before);
    await w.page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="kpi-level-low"] .kpi-value')?.textContent?.replace(/,/g, '') ===
        String(n),
      want[3],
    );
    expect(await kpiLevels(w.page)).toEqual(want);
    const up = Number(await w.page.getAttribute('[data-testid="model-summary"]', 'data-up'));
    expect(up).toBeGreaterThan(0);
    // The levels are hypothetical now, and the page says so whatever tab is open.
    await w.page.waitForSelector('[data-testid="whatif-banner"]');
    expect(await w.page.$('[data-testid="whatif-badge"]')).not.toBeNull();
    await w.page.click('[data-testid="dock-tab-charts"]');
    expect(await w.page.$('[data-testid="whatif-banner"]')).not.toBeNull();
    // The what-if model travels in the link.
    await w.page.waitForFunction(() => location.hash.includes('m='));
    const link = w.page.url();
    await w.page.screenshot({ path: join(SCREENSHOTS, 'model-what-if.png') });
    await w.page.click('[data-testid="whatif-reset"]');
    await w.page.waitForSelector('[data-testid="whatif-banner"]', { state: 'detached' });
    expect(await w.page.$('[data-testid="whatif-badge"]')).toBeNull();
    expect(await kpiLevels(w.page)).toEqual(before);

    const w2 = await openPage(app.browser, link, { width: 1366, height: 768 });
    await w2.page.goto(link);
    await waitForMap(w2.page);
    expect(await kpiLevels(w2.page)).toEqual(want);
    // A link carrying a model opens as what-if too.
    await w2.page.waitForSelector('[data-testid="whatif-badge"]');
    await w2.page.waitForSelector('[data-testid="whatif-banner"]');
    // In English on an office laptop, with the what-if badge taking room too, the header's buttons
    // each keep one line and the header does not overflow: the dataset's name gives way instead.
    await w2.page.click('[data-testid="lang-switch"]');
    await w2.page.waitForSelector('html[lang="en"]');
    const header = await w2.page.evaluate(() => {
      const h = document.querySelector('.app-header')!;
      // One line of text: the content box is less than two font sizes tall.
      const lines = [...h.querySelectorAll('.header-actions button')].map((b) => {
        const c = getComputedStyle(b);
        const content =
          b.getBoundingClientRect().height -
          ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce(
            (t, k) => t + parseFloat(c[k as 'paddingTop']),
            0,
          );
        return content < 2 * parseFloat(c.fontSize) ? 1 : 2;
      });
      const name = document.querySelector('[data-testid="dataset-name"]')!;
      return {
        lines,
        overflow: h.scrollWidth - h.clientWidth,
        name: name.getBoundingClientRect().width,
        whole: name.getAttribute('title') === name.textContent,
      };
    });
    expect(header.lines.length).toBeGreaterThanOrEqual(5);
    for (const b of header.lines) expect(b).toBe(1);
    expect(header.overflow).toBeLessThanOrEqual(0);
    expect(header.name).toBeGreaterThan(40);
    expect(header.whole).toBe(true);
    assertClean(w);
    assertClean(w2);
    await w.page.context().close();
    await w2.page.context().close();
  });

  it('does the same in the dataset worker that large datasets use', async () => {
    const url = `${app.server.url}?worker=always`;
    const w = await openPage(app.browser, url);
    await w.page.goto(url);
    await waitForMap(w.page);
    expect(await kpiLevels(w.page)).toEqual(levelCounts());
    await w.page.click('[data-testid="dock-tab-model"]');
    await w.page.fill('[data-testid="model-threshold-significant"]', '30');
    const lowered = defaultModelJson();
    lowered.thresholds.significant = 30;
    const want = levelCounts(lowered);
    await w.page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="kpi-level-significant"] .kpi-value')?.textContent?.replace(/,/g, '') ===
        String(n),
      want[1],
    );
    expect(await kpiLevels(w.page)).toEqual(want);
    // Filtering still works on the index the worker built.
    await w.page.click('[data-testid="filter-level-significant"]');
    expect(Number((await w.page.textContent('[data-testid="kpi-enterprises"] .kpi-value'))!.replace(/,/g, ''))).toBe(
      want[1],
    );
    assertClean(w);
    await w.page.context().close();
  });

  it('explains a level with contributions that add up to the score shown', async () => {
    // A modelled (not assessed) enterprise with a veto-free, mid-range score.
    let row = -1;
    for (let i = 0; i < c.length && row < 0; i++)
      if (c.assessedLevel[i] < 0 && c.hazardsOpenMajor[i] === 0 && c.level[i] === 1) row = i;
    const code = demo.text.creditCode.get(row)!;
    const w = await openPage(app.browser, app.server.url);
    await w.page.goto(app.server.url);
    await waitForMap(w.page);
    await w.page.fill('[data-testid="filter-search"]', code);
    await w.page.waitForFunction(
      () => document.querySelector('[data-testid="kpi-enterprises"] .kpi-value')?.textContent === '1',
    );
    await w.page.click('[data-testid="dock-tab-table"]');
    await w.page.click('[data-testid="table-row"]');
    await w.page.waitForSelector('[data-testid="risk-explanation"]');
    expect(await w.page.textContent('[data-testid="drawer-name"]')).toBe(demo.text.name.get(row));
    const parts = await w.page.$$eval('[data-testid="contributions"] li[data-value]', (els) =>
      els.map((e) => Number(e.getAttribute('data-value'))),
    );
    const shown = Number((await w.page.textContent('.drawer-level .score'))!.replace(/[^\d.]/g, ''));
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(shown, 1);
    expect(shown).toBeCloseTo(c.score[row], 1);
    expect(await w.page.textContent('[data-testid="explain-sentence"]')).toContain('较大风险');
    await w.page.locator('[data-testid="risk-explanation"]').scrollIntoViewIfNeeded();
    await w.page.screenshot({ path: join(SCREENSHOTS, 'drawer-explanation.png') });
    assertClean(w);
    await w.page.context().close();
  });
});
