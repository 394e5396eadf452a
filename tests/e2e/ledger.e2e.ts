/**
 * The hazard ledger in real Chromium: the trend chart's last-week figures equal what the test counts
 * itself in the bundle's ledger, the overdue filter lists exactly the overdue hazards, and the
 * timeline screenshot is saved.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOTS, assertClean, openPage, useApp, waitForMap } from './browser.ts';
import { readBundle } from './bundle-facts.ts';
import { decodeHazards } from '../../src/data/bundle.ts';
import { formatDay, parseDay } from '../../src/data/dates.ts';
import { periodEnd, periodLabel, periodStartOf } from '../../src/data/ledger/hazard-ledger.ts';

const DIST = 'dist';
const app = useApp(DIST);
const demo = readBundle(join(DIST, 'data/demo'));
const h = decodeHazards(new Uint8Array(readFileSync(join(DIST, 'data/demo/hazards.arrow'))));
const asOf = parseDay(demo.manifest.asOf)!;

/** Last week's figures, counted plainly: weeks start on Monday; a closed hazard is closed from its closure date. */
function lastWeek() {
  const weekday = (new Date(asOf * 86_400_000).getUTCDay() + 6) % 7; // Monday = 0
  const start = asOf - weekday;
  let opened = 0,
    closed = 0,
    open = 0,
    overdue = 0;
  for (let k = 0; k < h.length; k++) {
    const found = h.found[k];
    const closedFrom = h.status[k] === 3 ? Math.max(found, h.closed[k] >= 0 ? h.closed[k] : found) : Infinity;
    if (found >= start && found <= asOf) opened++;
    if (closedFrom >= start && closedFrom <= asOf) closed++;
    if (found <= asOf && closedFrom > asOf) {
      open++;
      if (h.deadline[k] >= 0 && h.deadline[k] < asOf) overdue++;
    }
  }
  return { opened, closed, open, overdue };
}

describe('hazard ledger', () => {
  it("shows last week's new, closed and open hazards as the ledger counts them", async () => {
    const want = lastWeek();
    const w = await openPage(app.browser, app.server.url);
    await w.page.goto(app.server.url);
    await waitForMap(w.page);
    await w.page.click('[data-testid="dock-tab-ledger"]');
    await w.page.waitForSelector('[data-testid="trend-summary"]');
    const got = await w.page.$eval('[data-testid="trend-summary"]', (e) => ({
      opened: Number(e.getAttribute('data-opened')),
      closed: Number(e.getAttribute('data-closed')),
      open: Number(e.getAttribute('data-open')),
      overdue: Number(e.getAttribute('data-overdue')),
    }));
    expect(got).toEqual(want);
    expect(want.opened).toBeGreaterThan(0);
    // Overdue only: the ledger lists exactly the overdue hazards, the same number as the KPI tile.
    await w.page.click('[data-testid="ledger-filter-overdue"]');
    await w.page.waitForFunction(
      (n) => document.querySelector('[data-testid="ledger-count"]')?.getAttribute('data-count') === String(n),
      want.overdue,
    );
    const kpi = Number((await w.page.textContent('[data-testid="kpi-overdue"] .kpi-value'))!.replace(/,/g, ''));
    expect(kpi).toBe(want.overdue);
    await w.page.screenshot({ path: join(SCREENSHOTS, 'hazard-timeline.png') });
    // The slider moved back a period: the map shows that day, the tiles say they count on the data date.
    expect(await w.page.$('[data-testid="kpi-hazard-day"]')).toBeNull();
    await w.page.focus('[data-testid="time-slider"]');
    await w.page.keyboard.press('ArrowLeft');
    await w.page.waitForSelector('[data-testid="kpi-hazard-day"]');
    expect(await w.page.textContent('[data-testid="kpi-open"] [data-testid="kpi-hazard-day"]')).toContain(
      demo.manifest.asOf,
    );
    expect(await w.page.getAttribute('[data-testid="time-day"]', 'data-day')).not.toBe(demo.manifest.asOf);
    // The picked period is in the address: the previous week's ISO label.
    const prevWeek = periodLabel(periodStartOf(asOf, 'week') - 7, 'week');
    await w.page.waitForFunction((label) => location.hash.includes(`ledger=${label}`), prevWeek);
    // The ledger turned the rings on; leaving it turns them off again (the user did not ask for them).
    expect(await w.page.$('[data-testid="legend-rings"]')).not.toBeNull();
    await w.page.click('[data-testid="dock-tab-charts"]');
    await w.page.waitForSelector('[data-testid="legend-rings"]', { state: 'detached' });
    assertClean(w);
    await w.page.context().close();
  });

  it('a link with a month on the time slider opens the ledger on that month', async () => {
    const start = periodStartOf(periodStartOf(asOf, 'month') - 1, 'month');
    const label = periodLabel(start, 'month');
    const w = await openPage(app.browser, app.server.url);
    await w.page.goto(`${app.server.url}#tab=ledger&ledger=${label}`);
    await waitForMap(w.page);
    await w.page.waitForSelector('[data-testid="time-day"]');
    // The month's last day, the month step pressed, and the tiles noting the map's day differs.
    expect(await w.page.getAttribute('[data-testid="time-day"]', 'data-day')).toBe(
      formatDay(periodEnd(start, 'month', asOf)),
    );
    expect(await w.page.getAttribute('[data-testid="trend-step-month"]', 'aria-pressed')).toBe('true');
    await w.page.waitForSelector('[data-testid="kpi-hazard-day"]');
    assertClean(w);
    await w.page.context().close();
  });
});
