/**
 * The bulletin as a Word document, as a user gets it: the demo opened, 导出 ▸ 导出 Word clicked, the
 * download taken, then read with other programs than the writer: LibreOffice (soffice, headless)
 * turns it into a PDF; poppler's pdfinfo gives the page size, pdftotext the text (the title, the
 * figures of the summary and every town, computed here from the demo bundle's columns) and the word
 * boxes (the text block's left and top edges, GB/T 9704-2012: 28 mm and 37 mm), and pdftoppm the
 * pages as PNGs under tests/screenshots/ to look at.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { assertClean, openMap, SCREENSHOTS, useApp } from './browser.ts';
import { readBundle } from './bundle-facts.ts';
import { plainDiff } from './independent-expectations.ts';

const DIST = 'dist';
const app = useApp(DIST);
const demo = readBundle(join(DIST, 'data/demo'));
const demoPrev = readBundle(join(DIST, 'data/demo-prev'));
const PT_PER_MM = 72 / 25.4;

/** Clicks 导出 ▸ 导出 Word until a download comes (the command waits for the names to have streamed in). */
async function downloadWord(page: Page): Promise<{ file: string; name: string; ms: number }> {
  for (let k = 0; k < 20; k++) {
    await page.click('[data-testid="export-menu"]');
    const t0 = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }).catch(() => null),
      page.click('[data-testid="export-word"]'),
    ]);
    if (download) return { file: (await download.path())!, name: download.suggestedFilename(), ms: Date.now() - t0 };
  }
  throw new Error('no Word document was downloaded');
}

/** The document as a PDF by LibreOffice (its first start on a cold machine takes a while). */
function toPdf(docx: string, dir: string): string {
  const src = join(dir, 'bulletin.docx');
  copyFileSync(docx, src);
  execFileSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${dir}/lo-profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      src,
    ],
    {
      timeout: 120_000,
      stdio: 'ignore',
    },
  );
  return join(dir, 'bulletin.pdf');
}

/** The word boxes of a page of a PDF (pdftotext -bbox), in points from the top left. */
function wordBoxes(pdf: string, page: number): { x: number; y: number; text: string }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    text: m[3],
  }));
}

describe('the bulletin in Word', () => {
  it('downloads a .docx in the official layout whose text holds the demo figures', async () => {
    const w = await openMap(app.browser, app.server.url, { width: 1366, height: 768 });
    const { page } = w;
    // The monthly bulletin (月通报), picked in the bulletin's own toolbar (the Word export follows it).
    await page.click('[data-testid="export-menu"]');
    await page.click('[data-testid="print-bulletin"]');
    await page.click('[data-testid="bulletin-step-month"]');
    await page.click('[data-testid="bulletin-close"]');
    const { file, name, ms } = await downloadWord(page);
    const measured = await page.evaluate(() =>
      ['bulletin-word', 'bulletin-word-document'].map((m) =>
        Math.round(performance.getEntriesByName(m)[0]?.duration ?? NaN),
      ),
    );
    console.log(
      `Word bulletin of the demo: ${ms} ms from click to download (chunk, map image, trend, document); made in ${measured[0]} ms, of which the document model and the .docx ${measured[1]} ms`,
    );
    expect(name).toBe(`${demo.manifest.name}_月通报_${demo.manifest.asOf}.docx`);

    const dir = mkdtempSync(join(tmpdir(), 'bulletin-docx-'));
    try {
      const pdf = toPdf(file, dir);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
      expect(Number(size[1])).toBeCloseTo(595.3, 0);
      expect(Number(size[2])).toBeCloseTo(841.9, 0);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
      expect(pages).toBeGreaterThan(1);

      // The pages as pictures to look at.
      for (const f of readdirSync(SCREENSHOTS).filter((f) => f.startsWith('bulletin-docx-page')))
        rmSync(join(SCREENSHOTS, f));
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SCREENSHOTS, 'bulletin-docx-page')]);
      copyFileSync(pdf, join(SCREENSHOTS, 'bulletin-docx.pdf'));

      // The text, spaces left out (LibreOffice sets each character in a cell of the document grid).
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).toContain(`${demo.manifest.name}安全生产风险月通报`);
      const c = demo.columns;
      const levels = [0, 0, 0, 0];
      let open = 0,
        openMajor = 0,
        overdue = 0,
        listed = 0;
      for (let i = 0; i < c.length; i++) {
        levels[c.level[i]]++;
        open += c.hazardsOpen[i];
        openMajor += c.hazardsOpenMajor[i];
        overdue += c.hazardsOverdue[i];
        listed += c.hazardsListed[i];
      }
      const n = (v: number) => v.toLocaleString('en-US');
      const [y, mo, d] = demo.manifest.asOf.split('-').map(Number);
      expect(text).toContain(
        `截至${y}年${mo}月${d}日，全区共有企业${n(c.length)}家，其中重大风险${n(levels[0])}家、较大风险${n(levels[1])}家、一般风险${n(levels[2])}家、低风险${n(levels[3])}家`,
      );
      expect(text).toContain(
        `未销号隐患${n(open)}项，其中重大事故隐患${n(openMajor)}项；逾期未整改隐患${n(overdue)}项；挂牌督办重大事故隐患${n(listed)}项`,
      );
      for (const t of demo.manifest.towns) expect(text).toContain(t.name);
      expect(text).toContain('风险分布图');
      expect(text).not.toContain('地图图像不可用');
      expect(text).toContain('—1—');

      // The text block: its left edge 28 mm (79.4 pt) from the page's; its first line (the title) starts
      // 37 mm (104.9 pt) down, so its characters' tops are within that line, one line pitch (579 twips, 28.95 pt).
      const words = wordBoxes(pdf, 1);
      const left = Math.min(...words.map((b) => b.x));
      const top = Math.min(...words.map((b) => b.y));
      console.log(`page 1: leftmost text at ${left.toFixed(1)} pt, topmost at ${top.toFixed(1)} pt`);
      expect(left).toBeGreaterThan(28 * PT_PER_MM - 2);
      expect(left).toBeLessThan(28 * PT_PER_MM + 4);
      expect(top).toBeGreaterThan(37 * PT_PER_MM - 2);
      expect(top).toBeLessThan(37 * PT_PER_MM + 28.95);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assertClean(w);
    await page.context().close();
  });
  it('has the changes since the earlier data date after the overview when a comparison is open', async () => {
    const w = await openMap(app.browser, `${app.server.url}?dataset=demo&compare=demo-prev`, {
      width: 1366,
      height: 768,
    });
    const { page } = w;
    await page.waitForSelector('[data-testid="compare-banner"][data-state="ready"]', { timeout: 60_000 });
    const { file } = await downloadWord(page);
    const dir = mkdtempSync(join(tmpdir(), 'bulletin-docx-changes-'));
    try {
      const pdf = toPdf(file, dir);
      for (const f of readdirSync(SCREENSHOTS).filter((f) => f.startsWith('bulletin-docx-changes-page')))
        rmSync(join(SCREENSHOTS, f));
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SCREENSHOTS, 'bulletin-docx-changes-page')]);
      copyFileSync(pdf, join(SCREENSHOTS, 'bulletin-docx-changes.pdf'));
      const whole = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      const [py, pm, pd] = demoPrev.manifest.asOf.split('-').map(Number);
      const [y, mo, d] = demo.manifest.asOf.split('-').map(Number);
      const heading = `较上期变化（上期数据日期${py}年${pm}月${pd}日）`;
      // After the overview (一、), before the towns (三、).
      const at = whole.indexOf(`二、${heading}`);
      expect(at, 'the section, numbered second').toBeGreaterThan(whole.indexOf('一、总体情况'));
      const end = whole.indexOf('三、各镇街风险分布');
      expect(end).toBeGreaterThan(at);
      const text = whole.slice(at, end);
      expect(text).toContain(`上期数据日期${py}年${pm}月${pd}日，本期数据日期${y}年${mo}月${d}日`);

      // The figures, as the test's own diff of the two bundles by credit code has them.
      const plain = plainDiff(demo, demoPrev);
      const n = (v: number) => v.toLocaleString('en-US');
      expect(text).toContain(
        `新增企业${n(plain.added.length)}家，移出${n(plain.gone)}家；风险等级上升${n(plain.up.length)}家`,
      );
      expect(text).toContain(`下降${n(plain.down.length)}家`);
      expect(text).toContain(`风险等级上升的企业（${n(plain.up.length)}家）`);

      // The table by town: every town of the demo has its row, with its moved up, new and gone.
      const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const table = layout.slice(layout.indexOf('各镇街较上期变化'), layout.indexOf('各镇街风险分布'));
      const rowOf = (name: string) =>
        table.split('\n').find((l) => l.replace(/\s+/g, '').includes(name.replace(/\s+/g, '')));
      for (const t of demo.manifest.towns) {
        const row = rowOf(t.name);
        expect(row, `the row of ${t.name}`).toBeDefined();
        // Rank, name, 重大 then→now, 较大 then→now, up, down, new, gone, major found, closed.
        const figures = row!
          .slice(row!.indexOf(t.name.slice(-1)) + 1)
          .match(/\d[\d,]*/g)!
          .map((v) => Number(v.replace(/,/g, '')));
        const p = plain.byTown.get(t.name) ?? { up: 0, added: 0, gone: 0 };
        expect(figures.length, row).toBe(10);
        expect([figures[4], figures[6], figures[7]], `${t.name}: up, new, gone`).toEqual([p.up, p.added, p.gone]);
      }
      const total = rowOf('合计')!;
      const totals = total.match(/\d[\d,]*/g)!.map((v) => Number(v.replace(/,/g, '')));
      expect([totals[4], totals[6], totals[7]]).toEqual([plain.up.length, plain.added.length, plain.gone]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assertClean(w);
    await page.context().close();
  });
});
