/**
 * The hazard ledger in real Chromium: the trend chart's last-week figures equal what the test counts
 * itself in the bundle's ledger, the overdue filter lists exactly the overdue hazards, the 本周 preset
 * of the closure date lists exactly the hazards closed this week (each row showing its enterprise's
 * town, the exported file the same hazards), and the timeline screenshot is saved.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
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

/** The Monday of the data date's week. */
function monday() {
  return asOf - ((new Date(asOf * 86_400_000).getUTCDay() + 6) % 7);
}

/** The ids of the hazards closed this week (Monday to the data date), counted plainly. */
function closedThisWeek(): Set<string> {
  const start = monday();
  const ids = new Set<string>();
  for (let k = 0; k < h.length; k++) {
    if (h.status[k] !== 3) continue;
    const day = Math.max(h.found[k], h.closed[k] >= 0 ? h.closed[k] : h.found[k]);
    if (day >= start && day <= asOf) ids.add(h.id.get(k) ?? '');
  }
  return ids;
}

/** An enterprise row's town name as the bundle has it, '—' (the table's dash) for none. */
const townOf = (row: number) => {
  const t = demo.columns.town[row];
  return t >= 0 ? demo.manifest.towns[t].name : '—';
};

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

  it('the 本周 preset of the closure date lists exactly the hazards closed this week, with their towns', async () => {
    const want = closedThisWeek();
    expect(want.size).toBeGreaterThan(0);
    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    await w.page.goto(`${app.server.url}#tab=ledger`);
    await waitForMap(w.page);
    await w.page.click('[data-testid="ledger-filter-closed-preset-week"]');
    await w.page.waitForFunction(
      (n) => document.querySelector('[data-testid="ledger-count"]')?.getAttribute('data-count') === String(n),
      want.size,
    );
    expect(await w.page.getAttribute('[data-testid="ledger-filter-closed-preset-week"]', 'aria-pressed')).toBe('true');
    expect(await w.page.inputValue('[data-testid="ledger-filter-closed-from"]')).toBe(formatDay(monday()));
    expect(await w.page.inputValue('[data-testid="ledger-filter-closed-to"]')).toBe(demo.manifest.asOf);
    // The rows in view: each a hazard closed this week, its town the enterprise's.
    const ids = new Map(Array.from({ length: h.length }, (_, k) => [k, h.id.get(k) ?? '']));
    await w.page.waitForSelector('[data-testid="ledger-row"]');
    const shown = await w.page.$$eval('[data-testid="ledger-row"]', (rows) =>
      rows.map((r) => ({
        hazard: Number(r.getAttribute('data-hazard')),
        row: Number(r.getAttribute('data-row')),
        town: r.querySelector('[data-testid="ledger-town"]')?.textContent ?? '',
      })),
    );
    expect(shown.length).toBeGreaterThan(5);
    for (const r of shown) {
      expect(want.has(ids.get(r.hazard)!), `hazard ${r.hazard}`).toBe(true);
      expect(r.town, `town of hazard ${r.hazard}`).toBe(townOf(r.row));
    }
    await w.page.screenshot({ path: join(SCREENSHOTS, 'ledger-closed-this-week.png') });
    // All of them: the CSV writes exactly the rows listed, with the closure date and the town.
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.click('[data-testid="ledger-export-csv"]'),
    ]);
    // The header block (dataset, data date, filters in words…), an empty line, then the table.
    const [block, table] = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n\r\n');
    expect(Papa.parse<string[]>(block).data[1]).toEqual(['数据日期', demo.manifest.asOf]);
    const rows = Papa.parse<string[]>(table, { newline: '\r\n' }).data;
    const head = rows[0];
    const [idCol, closedCol, townCol, creditCol] = ['隐患编号', '销号日期', '镇街', '统一社会信用代码'].map((c) =>
      head.indexOf(c),
    );
    expect([idCol, closedCol, townCol, creditCol].every((c) => c >= 0)).toBe(true);
    const plain = (v: string) => v.replace(/^="(.*)"$/, '$1').replace(/^'/, '');
    expect(new Set(rows.slice(1).map((r) => plain(r[idCol])))).toEqual(want);
    const rowOfCode = new Map(Array.from({ length: demo.columns.length }, (_, i) => [demo.text.creditCode.get(i), i]));
    for (const r of rows.slice(1)) {
      expect(r[closedCol] >= formatDay(monday()) && r[closedCol] <= demo.manifest.asOf, r[idCol]).toBe(true);
      const town = townOf(rowOfCode.get(plain(r[creditCol]))!);
      expect(r[townCol]).toBe(town === '—' ? '' : town);
    }
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
