/**
 * npm run bench: the speed targets, measured on 1,000,000 enterprises, printed one line per figure,
 * each beside a peer library timed in the same run where there is one. Prints figures; asserts nothing
 * (these machines are shared and noisy).
 *
 *   npm run bench                 generate + build the 1M district, then every benchmark
 *   npm run bench -- --reuse      reuse data/bench-bundles/bench-1m if it is there
 *   npm run bench -- --no-soak    leave out the tour soak (about a quarter of an hour)
 *
 * browser-1m and tour-soak need the built app (npm run demo-data && npx vite build, as npm test leaves it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { benchBuild1m, BENCH_BUNDLE, BENCH_SOURCE } from './build-1m.ts';
import { benchLoad1m } from './load-1m.ts';
import { benchFilter } from './filter.ts';
import { runSpatialJoinBench } from './spatial-join.ts';
import { benchAreas } from './areas.ts';
import { benchRescore } from './rescore.ts';
import { benchImport1m } from './import-1m.ts';
import { benchExport100k } from './export-100k.ts';
import { benchTourSoak } from './tour-soak.ts';
import { benchBrowser1m } from './browser-1m.ts';
import { decodeEnterpriseCore } from '../../src/data/bundle.ts';

const reuse = process.argv.includes('--reuse') && existsSync(`${BENCH_BUNDLE}/enterprises.arrow`);
const lines: string[] = [];
const say = (line: string) => { lines.push(line); console.log(line); };

if (!reuse) say(benchBuild1m());
say(benchLoad1m(BENCH_BUNDLE, BENCH_SOURCE));
const columns = decodeEnterpriseCore(new Uint8Array(readFileSync(`${BENCH_BUNDLE}/enterprises.arrow`)));
const manifest = JSON.parse(readFileSync(`${BENCH_BUNDLE}/manifest.json`, 'utf8'));
say(await benchFilter(columns));
say(benchAreas(columns, manifest));
say(benchRescore(columns));
say(benchImport1m(BENCH_SOURCE));
say(benchExport100k(BENCH_BUNDLE));
const sj = runSpatialJoinBench();
say(`spatial-join-1m: ours_ms=${sj.oursMs.toFixed(0)} turf_ms=${sj.turfMs.toFixed(0)} rows=${sj.rows}`);
// The 1M bundle in headless Chromium, served compressed, on the built app (dist/).
say(await benchBrowser1m(BENCH_BUNDLE));
// The briefing room's tour in headless Chromium, on the built demo app (dist/).
if (!process.argv.includes('--no-soak')) say(await benchTourSoak(500));
console.log('\nsummary:');
for (const l of lines) console.log(`  ${l}`);
