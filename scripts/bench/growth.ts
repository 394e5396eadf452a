/**
 * growth: how time to ready, bytes, memory and click time grow with the number of enterprises, in
 * headless Chromium on the built app (the browser-1m measurement at 10 k, 30 k, 100 k, 300 k and
 * 1 M rows), and where one browser stops by extrapolation. Prints a Markdown table and the limits,
 * and writes the plot docs/scaling-growth.svg (docs/scaling.md shows both).
 *
 *   npx tsx scripts/bench/growth.ts [loads per size]
 * Needs the built app (npm run demo-data && npx vite build); the 1 M bundle is the bench's
 * (npm run bench builds it); the smaller ones are generated here once (seed 7, kept in data/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { BENCH_BUNDLE, BENCH_BUNDLES } from './build-1m.ts';
import { measureBrowser, type BrowserFigures } from './browser-1m.ts';

const SIZES = [10_000, 30_000, 100_000, 300_000, 1_000_000];
const LIMITS = { readyMs: 3000, browserMb: 2048 };

function bundleOf(rows: number): string {
  if (rows === 1_000_000) return BENCH_BUNDLE;
  const name = `growth-${rows / 1000}k`;
  const dir = `${BENCH_BUNDLES}/${name}`;
  if (existsSync(`${dir}/enterprise-text.arrow`)) return dir;
  const run = (args: string[]) => {
    const r = spawnSync('npx', ['tsx', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
  };
  run(['scripts/generate-demo.ts', '--enterprises', String(rows), '--seed', '7', '--out', `data/bench-growth/${name}`]);
  run(['scripts/build-data.ts', `data/bench-growth/${name}`, '--out', BENCH_BUNDLES]);
  return dir;
}

/** Least-squares line y = a + b x through the points. */
function fit(xs: number[], ys: number[]): { a: number; b: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}

/** Rows at which a line through the large sizes (100 k up, where growth is linear) reaches `limit`. */
function rowsAt(figs: BrowserFigures[], pick: (f: BrowserFigures) => number, limit: number): number {
  const big = figs.filter((f) => f.rows >= 100_000);
  const { a, b } = fit(
    big.map((f) => f.rows),
    big.map(pick),
  );
  return b > 0 ? (limit - a) / b : Infinity;
}

/** Three small panels against rows on a log scale: time to ready, memory, click to KPI. */
function plot(figs: BrowserFigures[]): string {
  const W = 720,
    H = 240,
    pad = { l: 56, r: 12, t: 28, b: 40 },
    gap = 24;
  const panels: { title: string; unit: string; pick: (f: BrowserFigures) => number; limit?: number }[] = [
    { title: '就绪时间 Time to ready', unit: 'ms', pick: (f) => f.readyMs, limit: LIMITS.readyMs },
    { title: '浏览器内存 Browser memory', unit: 'MB', pick: (f) => f.browserMb, limit: LIMITS.browserMb },
    { title: '点击到指标 Click to KPI', unit: 'ms', pick: (f) => f.clickToKpiMs },
  ];
  const pw = (W - gap * (panels.length - 1)) / panels.length;
  const lx = (rows: number) => Math.log10(rows);
  const x0 = lx(SIZES[0]),
    x1 = lx(SIZES[SIZES.length - 1]);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
  ];
  panels.forEach((p, k) => {
    const ox = k * (pw + gap);
    const ys = figs.map(p.pick);
    const ymax = Math.max(...ys, p.limit ?? 0) * 1.1;
    const sx = (rows: number) => ox + pad.l + ((lx(rows) - x0) / (x1 - x0)) * (pw - pad.l - pad.r);
    const sy = (v: number) => H - pad.b - (v / ymax) * (H - pad.t - pad.b);
    out.push(`<text x="${ox + pad.l}" y="16" font-weight="bold">${p.title}</text>`);
    out.push(
      `<line x1="${ox + pad.l}" y1="${H - pad.b}" x2="${ox + pw - pad.r}" y2="${H - pad.b}" stroke="#333"/><line x1="${ox + pad.l}" y1="${pad.t}" x2="${ox + pad.l}" y2="${H - pad.b}" stroke="#333"/>`,
    );
    for (const r of SIZES)
      out.push(
        `<text x="${sx(r)}" y="${H - pad.b + 14}" text-anchor="middle">${r >= 1e6 ? `${r / 1e6}M` : `${r / 1e3}k`}</text>`,
      );
    out.push(`<text x="${ox + (pw + pad.l) / 2}" y="${H - 6}" text-anchor="middle">企业数 enterprises (log)</text>`);
    for (const t of [0, 0.5, 1])
      out.push(
        `<text x="${ox + pad.l - 4}" y="${sy((ymax * t) / 1.1) + 4}" text-anchor="end">${((ymax * t) / 1.1).toFixed(0)}</text>`,
      );
    out.push(`<text x="${ox + 4}" y="${pad.t - 6}">${p.unit}</text>`);
    if (p.limit)
      out.push(
        `<line x1="${ox + pad.l}" y1="${sy(p.limit)}" x2="${ox + pw - pad.r}" y2="${sy(p.limit)}" stroke="#d7191c" stroke-dasharray="4 3"/><text x="${ox + pw - pad.r}" y="${sy(p.limit) - 4}" text-anchor="end" fill="#d7191c">${p.limit} ${p.unit}</text>`,
      );
    out.push(
      `<polyline fill="none" stroke="#2563eb" stroke-width="2" points="${figs.map((f) => `${sx(f.rows).toFixed(1)},${sy(p.pick(f)).toFixed(1)}`).join(' ')}"/>`,
    );
    for (const f of figs)
      out.push(`<circle cx="${sx(f.rows).toFixed(1)}" cy="${sy(p.pick(f)).toFixed(1)}" r="3" fill="#2563eb"/>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

const loads = Number(process.argv[2] ?? 3);
const figs: BrowserFigures[] = [];
for (const rows of SIZES) {
  const f = await measureBrowser(bundleOf(rows), 'dist', loads);
  if (typeof f === 'string') throw new Error(`${rows} rows: ${f}`);
  process.stderr.write(`  ${rows}: ready ${f.readyMs.toFixed(0)} ms, browser ${f.browserMb.toFixed(0)} MB\n`);
  figs.push(f);
}
console.log(
  '| enterprises | first MB | total MB | ready ms | details ms | click to KPI ms | what-if ms | rescore ms | page heap MB | browser MB |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const f of figs) {
  console.log(
    `| ${f.rows.toLocaleString('en')} | ${f.firstMb.toFixed(1)} | ${f.totalMb.toFixed(1)} | ${f.readyMs.toFixed(0)} | ${f.detailsMs.toFixed(0)} | ${f.clickToKpiMs.toFixed(1)} | ${f.whatIfMs.toFixed(0)} | ${f.rescoreMs.toFixed(0)} | ${f.heapMb.toFixed(0)} | ${f.browserMb.toFixed(0)} |`,
  );
}
const readyAt = rowsAt(figs, (f) => f.readyMs, LIMITS.readyMs);
const memAt = rowsAt(figs, (f) => f.browserMb, LIMITS.browserMb);
console.log(
  `\ngrowth: ready passes ${LIMITS.readyMs} ms at about ${(readyAt / 1e6).toFixed(1)} M rows; browser memory passes ${LIMITS.browserMb} MB at about ${(memAt / 1e6).toFixed(1)} M rows (lines through 100 k-1 M)`,
);
writeFileSync('docs/scaling-growth.svg', plot(figs) + '\n');
