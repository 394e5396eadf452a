/**
 * Graded supervision in real Chromium. On the demo: the overdue and never-inspected figures equal
 * what the test works out itself from the bundle's columns and ledger (docs/supervision.md's rules,
 * with Date arithmetic), and agree between the KPI tiles, the filter, the legend, the coverage table
 * and the drawer; an edited class interval changes them as the rules say; the yearly plan exported as
 * .xlsx and read back with SheetJS has the planned inspections the page says, none over a class's cap.
 * Then a bureau's inspection ledger, a GBK CSV with a title row, imported with the other files: its bad
 * rows reported by line, and the imported district's overdue count as the test works it out.
 * Screenshots: the coverage table at 1366x768 and 1920x1080, the drawer with its history, the plan's print page.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import XLSX from '@e965/xlsx';
import { SCREENSHOTS, assertClean, openMap, openPage, useApp, waitForMap } from './browser.ts';
import { readBundle } from './bundle-facts.ts';
import { DEFAULT_CLASSES, plainInspectionStatus, type PlainStatus } from './independent-expectations.ts';
import { decodeInspections } from '../../src/data/bundle.ts';
import { parseDay } from '../../src/data/dates.ts';
import { makeBureauFiles, inspectionsGbkCsv } from '../fixtures/bureau-files.ts';
import { ImportSession } from '../../src/data/import/prepare.ts';
import { buildDataset } from '../../src/data/import/build/build-dataset.ts';
import { SECTORS } from '../../src/domain/sectors.ts';

const DIST = 'dist';
const app = useApp(DIST);
const demo = readBundle(join(DIST, 'data/demo'));
const ledger = decodeInspections(new Uint8Array(readFileSync(join(DIST, 'data/demo/inspections.arrow'))));
const asOf = parseDay(demo.manifest.asOf)!;
const count = (s: PlainStatus[], k: keyof PlainStatus) => s.filter((x) => x[k]).length;

const num = async (page: Page, sel: string) => Number((await page.textContent(sel))!.replace(/[^\d]/g, ''));
const kpi = (page: Page, id: string) => num(page, `[data-testid="${id}"] .kpi-value`);

/** Waits until the tile shows `want` (a recompute in flight shows the old figure a moment longer). */
async function kpiBecomes(page: Page, id: string, want: number): Promise<void> {
  await page.waitForFunction(
    ([sel, n]) => Number(document.querySelector(sel as string)?.textContent?.replace(/[^\d]/g, '')) === n,
    [`[data-testid="${id}"] .kpi-value`, want] as const,
    { timeout: 30_000 },
  );
}

describe('graded supervision', () => {
  const plain = plainInspectionStatus(demo.columns.level, ledger, asOf);

  it('counts overdue and never inspected as the rules say, everywhere, and follows an edited interval', async () => {
    const overdue = count(plain, 'overdue'),
      never = count(plain, 'never');
    // The demo has both, in numbers worth a meeting's attention.
    expect(overdue).toBeGreaterThan(20);
    expect(never).toBeGreaterThan(20);
    const w = await openMap(app.browser, app.server.url, { width: 1366, height: 768 });
    const { page } = w;
    await page.waitForSelector('[data-testid="filter-inspection-overdue"]', { timeout: 60_000 });
    expect(await kpi(page, 'kpi-inspection-overdue')).toBe(overdue);
    expect(await kpi(page, 'kpi-never-inspected')).toBe(never);
    expect(await num(page, '[data-testid="filter-inspection-overdue"] .check-count')).toBe(overdue);
    expect(await num(page, '[data-testid="filter-inspection-thisYear"] .check-count')).toBe(count(plain, 'thisYear'));
    expect(await num(page, '[data-testid="filter-inspection-overCap"] .check-count')).toBe(count(plain, 'overCap'));

    // Filter to the overdue: the legend, the coverage table and the list hold exactly them.
    await page.click('[data-testid="filter-inspection-overdue"] input');
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="legend-total"]')?.textContent?.replace(/[^\d]/g, '')) === n,
      overdue,
    );
    await page.click('[data-testid="dock-tab-supervision"]');
    await page.waitForSelector('[data-testid="coverage-total"]', { timeout: 30_000 });
    expect(await num(page, '[data-testid="coverage-total"] [data-key="overdue"]')).toBe(overdue);
    expect(await num(page, '[data-testid="coverage-total"] [data-key="enterprises"]')).toBe(overdue);
    // Per town, the rows add up to the total and match the test's own count by town.
    const byTown = new Map<number, number>();
    plain.forEach((s, i) => s.overdue && byTown.set(demo.columns.town[i], (byTown.get(demo.columns.town[i]) ?? 0) + 1));
    const rows = await page.$$eval('[data-testid="coverage-row"]', (trs) =>
      trs.map((tr) => [
        Number(tr.getAttribute('data-group')),
        Number(tr.querySelector('[data-key="overdue"]')!.textContent!.replace(/[^\d]/g, '')),
      ]),
    );
    for (const [town, n] of rows) expect(n).toBe(byTown.get(town) ?? 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'supervision-coverage-1366.png') });

    // The drawer of the first enterprise in the list says overdue, with its history.
    await page.click('[data-testid="dock-tab-table"]');
    await page.click('[data-testid="table-row"] >> nth=0');
    await page.waitForSelector('[data-testid="drawer-status-overdue"]', { timeout: 30_000 });
    const history = await page.$$('[data-testid="drawer-inspection"]');
    expect(history.length).toBeGreaterThan(0);
    await page.$eval('[data-testid="drawer-inspections"]', (e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SCREENSHOTS, 'supervision-drawer-history.png') });
    await page.keyboard.press('Escape');

    // Class B inspected every 3 months instead of 6: more are overdue, exactly as the rules say.
    const classes = DEFAULT_CLASSES.map((c, k) => (k === 1 ? { ...c, interval: 3 } : c));
    const edited = count(plainInspectionStatus(demo.columns.level, ledger, asOf, classes), 'overdue');
    expect(edited).toBeGreaterThan(overdue);
    await page.click('[data-testid="dock-tab-supervision"]');
    await page.click('[data-testid="supervision-part-settings"]');
    await page.fill('[data-testid="supervision-interval-B"]', '3');
    await kpiBecomes(page, 'kpi-inspection-overdue', edited);
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="legend-total"]')?.textContent?.replace(/[^\d]/g, '')) === n,
      edited,
    );
    // The link carries the edit; a reload shows the same figure.
    expect(decodeURIComponent(page.url())).toContain('"intervalMonths":3');
    await page.reload();
    await waitForMap(page);
    await kpiBecomes(page, 'kpi-inspection-overdue', edited);
    assertClean(w);
    await page.context().close();
  });

  it('exports a yearly plan that reads back with the planned inspections and none over a cap, and prints it', async () => {
    const w = await openMap(app.browser, `${app.server.url}#tab=supervision`, { width: 1920, height: 1080 });
    const { page } = w;
    await page.waitForSelector('[data-testid="coverage-total"]', { timeout: 60_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'supervision-coverage-1920.png') });
    await page.click('[data-testid="supervision-part-plan"]');
    await page.waitForSelector('[data-testid="plan-panel"]');
    const planned = Number(await page.getAttribute('[data-testid="plan-panel"]', 'data-planned'));
    expect(planned).toBeGreaterThan(0);
    expect(await num(page, '[data-testid="plan-total"]')).toBe(planned);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="plan-export"]')]);
    const book = XLSX.read(readFileSync((await download.path())!));
    // Named by the data date; the 说明 sheet second says the dataset and the data date.
    const fileName = download.suggestedFilename();
    expect(fileName.startsWith(`${demo.manifest.name}_`)).toBe(true);
    expect(fileName.slice(demo.manifest.name.length)).toMatch(/^_\d{4}年度监督检查计划_/);
    expect(fileName.endsWith(`_${demo.manifest.asOf}.xlsx`)).toBe(true);
    expect(book.SheetNames.slice(0, 3)).toEqual(['汇总', '说明', '单位汇总']);
    const about = XLSX.utils.sheet_to_json<string[]>(book.Sheets['说明'], { header: 1 });
    expect(about.slice(1, 3)).toEqual([
      ['数据集', demo.manifest.name],
      ['数据日期', demo.manifest.asOf],
    ]);
    // Unit sheets: a header row, then one row per planned inspection; column 4 the credit code, 5 the class.
    const unitSheets = book.SheetNames.slice(3);
    const perEnterprise = new Map<string, { n: number; cls: string }>();
    let rows = 0;
    for (const name of unitSheets) {
      const table = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets[name], { header: 1 });
      for (const r of table.slice(1)) {
        rows++;
        const code = String(r[3]);
        const e = perEnterprise.get(code) ?? { n: 0, cls: String(r[4]) };
        e.n++;
        perEnterprise.set(code, e);
      }
    }
    expect(rows).toBe(planned);
    const caps: Record<string, number> = {};
    ['A', 'B', 'C', 'D'].forEach((k, i) => (caps[k] = DEFAULT_CLASSES[i].cap));
    for (const [code, e] of perEnterprise)
      expect(e.n, `${code} ${e.cls}`).toBeLessThanOrEqual(caps[e.cls.trim().charAt(0)]);
    // The print page: a window of its own with the same tables.
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page
        .evaluate(() => {
          // The test saves the page as a screenshot instead of the print dialog.
          window.print = () => undefined;
          const open = window.open.bind(window);
          window.open = (...a: Parameters<typeof window.open>) => {
            const p = open(...a);
            if (p) p.print = () => undefined;
            return p;
          };
        })
        .then(() => page.click('[data-testid="plan-print"]')),
    ]);
    await popup.waitForSelector('h1');
    // Styled by the app's own stylesheet file (the page's policy allows no inline style).
    await popup.waitForFunction(() => getComputedStyle(document.querySelector('th')!).borderTopStyle === 'solid');
    expect(await popup.textContent('h1')).toContain('年度安全生产监督检查计划');
    await popup.setViewportSize({ width: 1366, height: 768 });
    await popup.screenshot({ path: join(SCREENSHOTS, 'supervision-plan-print.png') });
    assertClean(w);
    await page.context().close();
  });

  it("imports a bureau's inspection ledger (GBK, a title row): bad rows by line, the overdue as the rules say", async () => {
    const fx = makeBureauFiles('data/demo');
    const ins = inspectionsGbkCsv('data/demo');
    const files = [...fx.files, ins.file];
    // What the build makes of the same files (the enterprises' levels and the data date), and the status by the rules.
    const session = new ImportSession(files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.buffer) })));
    const choices = {
      ...session.defaultChoices(),
      pointCrs: 'gcj02',
      sectorValues: { [fx.enterprises.unknownSector]: SECTORS.findIndex((s) => s.key === 'commerce') },
    };
    const built = buildDataset('import', session.sources(choices));
    expect(built.manifest.inspections).toBe(ins.good);
    const want = count(
      plainInspectionStatus(built.enterprises.level, built.inspections!, parseDay(built.manifest.asOf)!),
      'overdue',
    );
    expect(want).toBeGreaterThan(0);

    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    const { page } = w;
    await page.goto(app.server.url);
    await waitForMap(page);
    await page.click('[data-testid="import-open"]');
    await page.waitForSelector('[data-testid="import-dialog"]');
    await page.setInputFiles('[data-testid="import-files"]', files);
    // The zip holds three layers: six files in all.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="import-file"]').length === 6);
    const roles = await page.$$eval('[data-testid="import-file"] select', (s) =>
      s.map((e) => (e as HTMLSelectElement).value).sort(),
    );
    expect(roles).toEqual(['enterprises', 'grid', 'hazards', 'inspections', 'parks', 'towns']);
    expect(await page.textContent('[data-testid="import-file-list"]')).toContain('GBK/GB18030');
    await page.click('[data-testid="import-next"]');
    await page.waitForSelector('[data-testid="import-crs-figures"]');
    await page.selectOption(
      '[data-testid="import-unknown-sectors"] select',
      String(SECTORS.findIndex((s) => s.key === 'commerce')),
    );
    await page.click('[data-testid="import-check"]');
    await page.waitForSelector('[data-testid="import-report"]', { timeout: 60_000 });
    const problems = await page.$$eval('[data-testid="import-problem"].import-error-row', (rows) =>
      rows.map((r) => {
        const c = [...r.querySelectorAll('td')].map((td) => td.textContent ?? '');
        return `${c[0]}:${c[1]}`;
      }),
    );
    for (const line of ins.badLines) expect(problems).toContain(`${ins.file.name}:${line}`);
    await Promise.all([page.waitForEvent('load'), page.click('[data-testid="import-confirm"]')]);
    await waitForMap(page);
    await page.waitForSelector('[data-testid="filter-inspection-overdue"]', { timeout: 60_000 });
    expect(await kpi(page, 'kpi-inspection-overdue')).toBe(want);
    expect(await num(page, '[data-testid="filter-inspection-overdue"] .check-count')).toBe(want);
    assertClean(w);
    await page.context().close();
  });
});
