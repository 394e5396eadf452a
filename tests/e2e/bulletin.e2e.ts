/**
 * The printed bulletin (安全生产风险通报): with a filter set (重大 only), the print path without the
 * dialog (the `beforeprint` listener the browser's print and the print command both go through takes
 * the map image and renders the bulletin), then the page in print media: every part present and
 * visible, the lists as long as the data allows, the map an image of the canvas; printed to PDF as
 * A4 landscape it is exactly one page. The map is drawn with the bulletin's layers only (not the rings
 * or the heatmap the user has on) and its key names every mark; the hazard lists name each hazard and
 * its enterprise's town. The week or month is chosen in the bulletin's own toolbar, and its figures
 * follow it (counted here from the bundle's ledger), not the hazard ledger's time slider. The PDF and, where poppler's pdftoppm is installed, its page
 * as a PNG are kept under tests/screenshots/ to look at.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { assertClean, mapSettled, openMap, SCREENSHOTS, useApp } from './browser.ts';
import { readBundle } from './bundle-facts.ts';
import { plainDiff } from './independent-expectations.ts';
import { decodeHazards } from '../../src/data/bundle.ts';
import { parseDay } from '../../src/data/dates.ts';
import { isOverdueOn, periodEnd, periodLabel, periodStartOf } from '../../src/data/ledger/hazard-ledger.ts';

const DIST = 'dist';
const app = useApp(DIST);
const demo = readBundle(join(DIST, 'data/demo'));
const demoPrev = readBundle(join(DIST, 'data/demo-prev'));
const ledger = decodeHazards(new Uint8Array(readFileSync(join(DIST, 'data/demo/hazards.arrow'))));
/**
 * Lines each hazard list shows (HAZARD_LINES in src/panels/bulletin/bulletin.tsx): six, four when the
 * dataset has an inspection ledger and the page gives a row to the inspection band.
 */
const HAZARD_LINES = (demo.manifest as { inspections?: number }).inspections ? 4 : 6;

/** Whether a command is on the PATH. */
function has(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Pages of a PDF: pdfinfo's count where it is installed, else the page objects (`/Type /Page`, not `/Pages`). */
function pdfPages(file: string): number {
  const objects = (
    readFileSync(file)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
  ).length;
  if (!has('pdfinfo')) return objects;
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  expect(pages, 'pdfinfo and the page objects agree').toBe(objects);
  return pages;
}

/** Parts of the bulletin whose content overflows their box (the page clips it: something is cut off). */
async function overflowingParts(page: Page): Promise<string[]> {
  return page.$$eval('.bl-page > *', (parts) =>
    parts
      .filter((p) => p.scrollHeight > p.clientHeight + 1 || p.scrollWidth > p.clientWidth + 1)
      .map((p) => `${p.className} ${p.scrollWidth}x${p.scrollHeight} in ${p.clientWidth}x${p.clientHeight}`),
  );
}

/**
 * Prints the page as A4 landscape to tests/screenshots/<name>.pdf and, where pdftoppm is installed,
 * to <name>-page-1.png at 80 dpi; gives the PDF's page count. Printing runs the `afterprint` listener.
 */
async function printToPdf(page: Page, name: string): Promise<number> {
  const pdf = join(SCREENSHOTS, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', landscape: true, printBackground: true });
  if (has('pdftoppm')) {
    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(SCREENSHOTS, `${name}-page`)]);
    expect(existsSync(join(SCREENSHOTS, `${name}-page-1.png`))).toBe(true);
  } else {
    console.log(`pdftoppm is not installed (Debian package poppler-utils): ${pdf} is not turned into a PNG`);
  }
  return pdfPages(pdf);
}

describe('the printed bulletin', () => {
  it('prints the filtered view on exactly one A4 landscape page with every part visible', async () => {
    // The user has the hazard rings, the inspection marks and the heatmap on: the printed map leaves them out.
    const w = await openMap(
      app.browser,
      `${app.server.url}#layers=points,hazards,inspections,heatmap,parkBoundaries,gridLines,labels`,
      {
        width: 1366,
        height: 768,
      },
    );
    const { page } = w;
    const before = await page.textContent('[data-testid="kpi-enterprises"] .kpi-value');
    await page.click('[data-testid="filter-level-major"]');
    await page.waitForFunction(
      (b) => document.querySelector('[data-testid="kpi-enterprises"] .kpi-value')?.textContent !== b,
      before,
    );
    await mapSettled(page);
    // Nothing of it before a print.
    expect(await page.locator('[data-testid="bulletin-page"]').count()).toBe(0);

    // The print path without the dialog: the listener the browser's print (and the print command) runs.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const visible = async (testId: string) =>
      expect(await page.locator(`[data-testid="${testId}"]`).first().isVisible(), testId).toBe(true);
    for (const id of [
      'bulletin-page',
      'bulletin-title',
      'bulletin-period',
      'bulletin-date',
      'bulletin-filters',
      'bulletin-demo',
      'bulletin-kpis',
      'bulletin-map-img',
      'bulletin-scale',
      'bulletin-top-areas',
      'bulletin-top-enterprises',
      'bulletin-overdue',
      'bulletin-listed',
      'bulletin-trend-svg',
      'bulletin-footer',
    ])
      await visible(id);
    // The app itself is not printed.
    expect(await page.locator('.app').isVisible()).toBe(false);

    expect(await page.textContent('[data-testid="bulletin-title"]')).toBe('安全生产风险通报');
    expect(await page.textContent('[data-testid="bulletin-date"]')).toContain(demo.manifest.asOf);
    // The demo has an inspection ledger: the band says what was done and what is due.
    expect(await page.textContent('[data-testid="bulletin-inspections-status"]')).toContain('逾期未检');
    expect(await page.textContent('[data-testid="bulletin-period"]')).toMatch(
      /统计周期：\d{4}-W\d{2}（\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}）/,
    );
    expect(await page.textContent('[data-testid="bulletin-filters"]')).toBe('筛选范围：风险等级：▲重大风险');
    expect(await page.locator('[data-testid="bulletin-kpi"]').count()).toBe(9);

    const major = Array.from({ length: demo.columns.length }, (_, i) => i).filter((i) => demo.columns.level[i] === 0);
    const majorTowns = new Set(major.map((i) => demo.columns.town[i]).filter((t) => t >= 0));
    expect(await page.locator('[data-testid="bulletin-area-row"]').count()).toBe(Math.min(10, majorTowns.size));
    expect(await page.locator('[data-testid="bulletin-enterprise-row"]').count()).toBe(Math.min(10, major.length));
    // The highest score first, among the 重大 enterprises only.
    const best = major.reduce((a, i) => (demo.columns.score[i] > demo.columns.score[a] ? i : a), major[0]);
    expect(await page.locator('[data-testid="bulletin-enterprise-row"]').first().textContent()).toContain(
      demo.text.name.get(best)!,
    );

    // Overdue hazards as the KPI tile counts them (on the data date), listed major hazards, their first lines.
    const overdue = major.reduce((s, i) => s + demo.columns.hazardsOverdue[i], 0);
    expect(Number(await page.getAttribute('[data-testid="bulletin-overdue"]', 'data-count'))).toBe(overdue);
    expect(await page.textContent('[data-testid="bulletin-overdue"] h2')).toContain(
      `逾期未整改隐患 ${overdue.toLocaleString('en-US')} 项`,
    );
    expect(await page.locator('[data-testid="bulletin-overdue"] [data-testid="bulletin-hazard-row"]').count()).toBe(
      Math.min(HAZARD_LINES, overdue),
    );
    const listed = Number(await page.getAttribute('[data-testid="bulletin-listed"]', 'data-count'));
    expect(await page.locator('[data-testid="bulletin-listed"] [data-testid="bulletin-hazard-row"]').count()).toBe(
      Math.min(HAZARD_LINES, listed),
    );

    // The map: an image of the canvas, really there.
    const img = await page.$eval('[data-testid="bulletin-map-img"]', (e) => {
      const i = e as HTMLImageElement;
      return { src: i.src.slice(0, 40), w: i.naturalWidth, h: i.naturalHeight, box: i.getBoundingClientRect().height };
    });
    expect(img.src.startsWith('data:image/png')).toBe(true);
    expect(img.w).toBeGreaterThan(100);
    expect(img.h).toBeGreaterThan(100);
    expect(img.box).toBeGreaterThan(300);
    // Drawn with the bulletin's layers only, whatever was on: no rings, marks, heat or grid lines on the paper.
    const kinds = (await page.getAttribute('[data-testid="bulletin-map-img"]', 'data-kinds'))!.split(',');
    expect(kinds).toEqual(['points', 'parkBoundaries', 'labels']);
    const drawn = (await page.getAttribute('[data-testid="bulletin-map-img"]', 'data-drawn'))!.split(',');
    expect(drawn).toContain('park-line');
    expect(drawn).toContain('town-line');
    expect(drawn).toContain('district-line');
    for (const id of drawn)
      expect(id, 'a layer the bulletin does not print').not.toMatch(/hazard|inspection|heat|grid-line/);
    // The key names every mark: the four levels, the district and town outlines, every park type.
    const marks = await page.$$eval('[data-testid="bulletin-legend"] li', (lis) =>
      lis.map((li) => [li.getAttribute('data-mark'), li.textContent?.trim()]),
    );
    const marked = new Set(marks.map(([m]) => m));
    for (const kind of kinds.filter((k) => k !== 'labels')) expect(marked, `a key for ${kind}`).toContain(kind);
    expect(marked).toContain('district');
    expect(marked).toContain('towns');
    expect(marks.filter(([m]) => m === 'points').map(([, t]) => t)).toEqual([
      '▲ 重大风险',
      '◆ 较大风险',
      '● 一般风险',
      '■ 低风险',
    ]);
    expect(marks.filter(([m]) => m === 'parkBoundaries').length).toBe(3);
    // The map in the app is as the user had it again.
    expect(await page.evaluate(() => document.querySelector('.app') !== null)).toBe(true);

    // The overdue list names each hazard (its description, or its id) and its enterprise's town.
    const hazardRows = await page.$$eval('[data-testid="bulletin-overdue"] [data-testid="bulletin-hazard-row"]', (rs) =>
      rs.map((r) => ({
        id: r.getAttribute('data-hazard') ?? '',
        what: r.querySelector('[data-testid="bulletin-hazard-what"]')?.textContent ?? '',
        town: r.querySelector('[data-testid="bulletin-hazard-town"]')?.textContent ?? '',
      })),
    );
    expect(hazardRows.length).toBeGreaterThan(0);
    const byId = new Map(Array.from({ length: ledger.length }, (_, k) => [ledger.id.get(k) ?? '', k]));
    for (const r of hazardRows) {
      const k = byId.get(r.id)!;
      expect(k, r.id).toBeDefined();
      expect(r.what).toBe(ledger.description.get(k) || r.id);
      const t = demo.columns.town[ledger.enterprise[k]];
      expect(r.town).toBe(t >= 0 ? demo.manifest.towns[t].name : '');
    }

    // The trend: twelve periods with bars.
    expect(await page.locator('[data-testid="bulletin-trend-period"]').count()).toBe(12);
    const bars = await page.$$eval(
      '[data-testid="bulletin-trend-svg"] rect.bl-bar-opened',
      (rs) => rs.filter((r) => Number(r.getAttribute('height')) > 0).length,
    );
    expect(bars).toBeGreaterThan(0);

    const foot = await page.textContent('[data-testid="bulletin-footer"]');
    expect(foot).toContain(demo.manifest.builtAt.slice(0, 10));
    expect(foot).toContain('示例数据由脚本生成');
    expect(foot).toMatch(/打印时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

    // Nothing cut off, and one page (the page before the verdicts, so that a failed one leaves it to look at).
    const overflowing = await overflowingParts(page);
    expect(await printToPdf(page, 'bulletin')).toBe(1);
    expect(overflowing, 'parts whose content overflows their box').toEqual([]);
    // The print is over: the bulletin renders nothing again.
    expect(await page.locator('[data-testid="bulletin-page"]').count()).toBe(0);

    // In English (longer words), the same page holds.
    await page.emulateMedia({ media: 'screen' });
    await page.click('[data-testid="lang-switch"]');
    await mapSettled(page);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await page.textContent('[data-testid="bulletin-title"]')).toBe('Work-safety risk bulletin');
    expect(await page.textContent('[data-testid="bulletin-filters"]')).toBe('Showing: Risk level: ▲Major');
    expect(await page.locator('[data-testid="bulletin-area-row"]').count()).toBe(Math.min(10, majorTowns.size));
    const overflowingEn = await overflowingParts(page);
    expect(await printToPdf(page, 'bulletin-en')).toBe(1);
    expect(overflowingEn, 'parts whose content overflows their box, in English').toEqual([]);

    await page.emulateMedia({ media: 'screen' });
    assertClean(w);
    await page.context().close();
  });

  it('reports on the month chosen in its own toolbar, not on the ledger time slider, on one page', async () => {
    const asOf = parseDay(demo.manifest.asOf)!;
    const latest = periodStartOf(asOf, 'month');
    const start = periodStartOf(latest - 1, 'month');
    const label = periodLabel(start, 'month');
    const end = periodEnd(start, 'month', asOf);
    // The hazard ledger's time slider on that month: the bulletin no longer follows it.
    const w = await openMap(app.browser, `${app.server.url}#tab=ledger&ledger=${label}`, { width: 1366, height: 768 });
    const { page } = w;
    await page.waitForSelector('[data-testid="kpi-hazard-day"]');
    await mapSettled(page);
    // The print command opens the bulletin's toolbar.
    await page.click('[data-testid="export-menu"]');
    await page.click('[data-testid="print-bulletin"]');
    await page.waitForSelector('[data-testid="bulletin-toolbar"]');
    // The week holding the data date by default, whatever the ledger's slider says.
    const weekPicked = await page.$eval('[data-testid="bulletin-period-pick"]', (e) => {
      const sel = e as HTMLSelectElement;
      return sel.selectedOptions[0]?.getAttribute('data-label');
    });
    expect(weekPicked).toBe(periodLabel(periodStartOf(asOf, 'week'), 'week'));
    await page.click('[data-testid="bulletin-step-month"]');
    await page.screenshot({ path: join(SCREENSHOTS, 'bulletin-toolbar-1366.png') });
    // Every month up to the data date's, latest first.
    const options = await page.$$eval('[data-testid="bulletin-period-pick"] option', (os) =>
      os.map((o) => o.getAttribute('data-label')),
    );
    expect(options[0]).toBe(periodLabel(latest, 'month'));
    expect(options[1]).toBe(label);

    /** Prints from the toolbar (the dialog stubbed) and reads the bulletin's figures. */
    const printed = async () => {
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await page.click('[data-testid="bulletin-print-now"]');
      await page.waitForSelector('[data-testid="bulletin-page"]', { state: 'attached' });
      return {
        period: await page.textContent('[data-testid="bulletin-period"]'),
        overdue: Number(await page.getAttribute('[data-testid="bulletin-overdue"]', 'data-count')),
        trendLast: await page.$$eval('[data-testid="bulletin-trend-period"]', (gs) =>
          gs[gs.length - 1]?.getAttribute('data-label'),
        ),
      };
    };
    const day = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    /** Hazards overdue on a day, counted from the bundle's ledger. */
    const overdueOn = (d: number) => {
      let n = 0;
      for (let k = 0; k < ledger.length; k++) if (isOverdueOn(ledger, k, d)) n++;
      return n;
    };
    const thisMonth = await printed();
    expect(thisMonth.period).toBe(`统计周期：${periodLabel(latest, 'month')}（${day(latest)} 至 ${day(asOf)}）`);
    expect(thisMonth.overdue).toBe(overdueOn(asOf));
    expect(thisMonth.trendLast).toBe(periodLabel(latest, 'month'));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

    await page.selectOption('[data-testid="bulletin-period-pick"]', String(start));
    const lastMonth = await printed();
    await page.emulateMedia({ media: 'print' });
    expect(lastMonth.period).toBe(`统计周期：${label}（${day(start)} 至 ${day(end)}）`);
    expect(await page.textContent('[data-testid="bulletin-head"]')).toContain(`月通报 · ${label}`);
    expect(await page.textContent('[data-testid="bulletin-filters"]')).toBe('筛选范围：全部企业');
    // The lists count on the month's last day, the trend ends with it; the hazard tiles count on the data date and say so.
    expect(lastMonth.overdue).toBe(overdueOn(end));
    expect(lastMonth.trendLast).toBe(label);
    expect(await page.textContent('[data-testid="bulletin-overdue"] h2')).toContain(`截至 ${day(end)}`);
    expect(await page.textContent('[data-testid="bulletin-kpis"]')).toContain(`截至 ${demo.manifest.asOf}`);
    const labels = await page.$$eval('[data-testid="bulletin-trend-period"]', (gs) =>
      gs.map((g) => g.getAttribute('data-label')),
    );
    expect(labels.length).toBe(12);
    expect(await page.locator('[data-testid="bulletin-area-row"]').count()).toBe(
      Math.min(10, demo.manifest.towns.length),
    );
    expect(await page.locator('[data-testid="bulletin-enterprise-row"]').count()).toBe(10);
    // The toolbar is not printed.
    expect(await page.locator('[data-testid="bulletin-toolbar"]').isVisible()).toBe(false);
    const overflowing = await overflowingParts(page);
    expect(await printToPdf(page, 'bulletin-month')).toBe(1);
    expect(overflowing, 'parts whose content overflows their box').toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    assertClean(w);
    await page.context().close();
  });
  it('with a comparison open, prints the changes since the earlier data date on a second page, figures as the bundles have them', async () => {
    const w = await openMap(app.browser, `${app.server.url}?dataset=demo&compare=demo-prev`, {
      width: 1366,
      height: 768,
    });
    const { page } = w;
    await page.waitForSelector('[data-testid="compare-banner"][data-state="ready"]', { timeout: 60_000 });
    await mapSettled(page);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await page.waitForSelector('[data-testid="bulletin-changes"]');
    expect(await page.locator('[data-testid="bulletin-changes"]').isVisible()).toBe(true);
    expect(await page.textContent('[data-testid="bulletin-changes-title"]')).toBe(
      `较上期变化（上期数据日期 ${demoPrev.manifest.asOf}）`,
    );
    expect(await page.textContent('[data-testid="bulletin-changes-dates"]')).toContain(
      `上期数据日期 ${demoPrev.manifest.asOf}，本期数据日期 ${demo.manifest.asOf}`,
    );

    // The figures, as the test's own diff of the two bundles by credit code has them.
    const plain = plainDiff(demo, demoPrev);
    const attr = async (name: string) => Number(await page.getAttribute('[data-testid="bulletin-changes"]', name));
    expect(await attr('data-up')).toBe(plain.up.length);
    expect(await attr('data-added')).toBe(plain.added.length);
    expect(await attr('data-gone')).toBe(plain.gone);
    expect(await attr('data-down')).toBe(plain.down.length);
    const n = (v: number) => v.toLocaleString('en-US');
    expect(await page.textContent('[data-testid="bulletin-changes-sentence"]')).toContain(
      `新增企业 ${n(plain.added.length)} 家，移出 ${n(plain.gone)} 家；风险等级上升 ${n(plain.up.length)} 家`,
    );
    // The movers: at most ten lines, with 等 N 家 when there are more.
    expect(await page.locator('[data-testid="bulletin-changes-mover-row"]').count()).toBe(
      Math.min(10, plain.up.length),
    );
    if (plain.up.length > 10)
      expect(await page.textContent('[data-testid="bulletin-changes-movers"]')).toContain(
        `等 ${n(plain.up.length)} 家`,
      );

    // Every town of the demo has its row (zeros kept), its moved up, new and gone as the bundles have them.
    const rows = await page.$$eval('[data-testid="bulletin-changes-town-row"]', (rs) =>
      rs.map((r) => ({
        town: r.getAttribute('data-town') ?? '',
        cells: [...r.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      })),
    );
    expect(rows.map((r) => r.town).slice(0, demo.manifest.towns.length)).toEqual(
      demo.manifest.towns.map((t) => t.name),
    );
    for (const r of rows.slice(0, demo.manifest.towns.length)) {
      const p = plain.byTown.get(r.town) ?? { up: 0, added: 0, gone: 0 };
      // Name, 重大 then→now, 较大 then→now, up, down, new, gone, major found, closed.
      expect([r.cells[3], r.cells[5], r.cells[6]].map(Number), `${r.town}: up, new, gone`).toEqual([
        p.up,
        p.added,
        p.gone,
      ]);
    }
    const total = await page.$$eval('[data-testid="bulletin-changes-total"] td', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect([total[3], total[5], total[6]].map(Number)).toEqual([plain.up.length, plain.added.length, plain.gone]);

    // The first page as before, the changes on a second one: two pages, nothing cut off.
    const overflowing = await overflowingParts(page);
    expect(await printToPdf(page, 'bulletin-changes')).toBe(2);
    expect(overflowing, 'parts of the first page whose content overflows their box').toEqual([]);

    // In English, the same two pages.
    await page.emulateMedia({ media: 'screen' });
    await page.click('[data-testid="lang-switch"]');
    await mapSettled(page);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await page.textContent('[data-testid="bulletin-changes-title"]')).toBe(
      `Since the earlier data date (${demoPrev.manifest.asOf})`,
    );
    expect(await printToPdf(page, 'bulletin-changes-en')).toBe(2);
    await page.emulateMedia({ media: 'screen' });
    assertClean(w);
    await page.context().close();
  });
});
