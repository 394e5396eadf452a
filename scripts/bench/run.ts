/**
 * npm run bench: the speed targets, measured on 1,000,000 enterprises, printed one line per figure,
 * each beside a peer library timed in the same run where there is one. Prints figures; asserts nothing
 * (these machines are shared and noisy).
 *
 *   npm run bench                 generate + build the 1M district, then every benchmark
 *   npm run bench -- --reuse      reuse data/bench-bundles/bench-1m if it is there
 *   npm run bench -- --no-soak    leave out the tour soak (about a quarter of an hour)
 *   npm run bench -- --only filter-1m,areas-1m   only these benchmarks (build-1m runs too unless --reuse)
 *
 * browser-1m and tour-soak need the built app (npm run demo-data && npx vite build, as npm test leaves it).
 * When build-1m fails, the benchmarks of the 1M district print `<name>: skipped=...` instead of
 * measuring an older bundle. Exits 1 when a benchmark failed (a line with `error=` or `failed`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { benchBuild1m, BENCH_BUNDLE, BENCH_SOURCE } from './build-1m.ts';
import { benchLoad1m } from './load-1m.ts';
import { benchFilter } from './filter.ts';
import { runSpatialJoinBench } from './spatial-join.ts';
import { benchAreas } from './areas.ts';
import { benchRescore } from './rescore.ts';
import { benchInspections } from './inspections.ts';
import { BENCH_EARLIER, benchCompare, ensureEarlierBundle } from './compare.ts';
import { benchImport1m } from './import-1m.ts';
import { benchExport100k } from './export-100k.ts';
import { benchTourSoak } from './tour-soak.ts';
import { benchBrowser1m } from './browser-1m.ts';
import { decodeEnterpriseCore } from '../../src/data/bundle.ts';

/** `--only a,b`: just these benchmarks, for a before-and-after comparison of a few figures. */
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : null;
const reuse = process.argv.includes('--reuse') && existsSync(`${BENCH_BUNDLE}/enterprises.arrow`);
const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};

/**
 * True when a benchmark's line says it failed: `<name>: error=...` (it threw) or `<name>: failed (...)`
 * (browser-1m and tour-soak, when the page threw errors). A skip (`skipped`) is not a failure.
 */
const failed = (line: string): boolean => /^[\w-]+: (error=|failed\b)/.test(line);

/**
 * Runs one benchmark and prints its line; a benchmark that throws prints `<name>: error=...` instead,
 * and the run goes on to the next one (a busy machine can crash a browser mid-run, and the figures
 * of the others are still worth having).
 */
async function bench(name: string, run: () => string | Promise<string>): Promise<void> {
  if (only && name !== 'build-1m' && !only.includes(name)) return;
  try {
    say(await run());
  } catch (e) {
    say(`${name}: error=${JSON.stringify(String((e as Error)?.message ?? e).split('\n')[0])}`);
  }
}

if (!reuse) await bench('build-1m', benchBuild1m);
/** The 1M district is there to measure: reused, or built by this run (not an older one left by an earlier run). */
const have1m = reuse || !failed(lines[lines.length - 1]);
/** A benchmark of the 1M district: skipped when build-1m failed, rather than run on an older bundle. */
const bench1m = (name: string, run: () => string | Promise<string>) =>
  have1m ? bench(name, run) : only && !only.includes(name) ? undefined : say(`${name}: skipped="build-1m failed"`);

await bench1m('load-1m', () => benchLoad1m(BENCH_BUNDLE, BENCH_SOURCE));
// The column benchmarks share one decoded table; if the bundle cannot be read, each says so.
const columns = () => decodeEnterpriseCore(new Uint8Array(readFileSync(`${BENCH_BUNDLE}/enterprises.arrow`)));
let decoded: ReturnType<typeof columns> | undefined;
const table = () => (decoded ??= columns());
await bench1m('filter-1m', () => benchFilter(table()));
await bench1m('areas-1m', () => benchAreas(table(), JSON.parse(readFileSync(`${BENCH_BUNDLE}/manifest.json`, 'utf8'))));
await bench1m('rescore-1m', () => benchRescore(table()));
decoded = undefined;
await bench1m('inspections-1m', () => benchInspections(BENCH_BUNDLE));
await bench1m('compare-1m', () => benchCompare(BENCH_BUNDLE));
await bench1m('import-1m', () => benchImport1m(BENCH_SOURCE));
await bench1m('export-100k', () => benchExport100k(BENCH_BUNDLE));
await bench('spatial-join-1m', () => {
  const sj = runSpatialJoinBench();
  return `spatial-join-1m: ours_ms=${sj.oursMs.toFixed(0)} turf_ms=${sj.turfMs.toFixed(0)} rows=${sj.rows}`;
});
// The 1M bundle in headless Chromium, served compressed, on the built app (dist/).
await bench1m('browser-1m', () => {
  ensureEarlierBundle();
  return benchBrowser1m(BENCH_BUNDLE, 'dist', 5, BENCH_EARLIER);
});
// The briefing room's tour in headless Chromium, on the built demo app (dist/).
if (!process.argv.includes('--no-soak')) await bench('tour-soak', () => benchTourSoak(500));
console.log('\nsummary:');
for (const l of lines) console.log(`  ${l}`);
process.exitCode = lines.some(failed) ? 1 : 0;
