/**
 * import-1m: a 1,000,000-row enterprise CSV (with the district's boundaries) through the browser's
 * import path, each run in a fresh child process (as each import gets a fresh worker) so that its
 * time and peak memory are its own: bytes -> decoded text
 * -> rows -> header found and columns mapped -> coordinates checked and converted -> joined to
 * towns, grid cells and parks -> scored. Peer, in the same run: papaparse with `dynamicTyping` into
 * row objects (the usual way a JavaScript app reads such a CSV), from the same bytes.
 *
 *   npx tsx scripts/bench/import-1m.ts [source folder]     run it alone
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { buildDataset } from '../../src/data/import/build/build-dataset.ts';
import { ImportSession } from '../../src/data/import/prepare.ts';
import { fmt, median } from './stats.ts';
import { isMain } from '../is-main.ts';

const RUNS = 3;
const BOUNDARIES = ['towns.geojson', 'grid.geojson', 'parks.geojson', 'district.geojson', 'meta.json'];

function child(sourceDir: string, which: 'ours' | 'peer'): { ms: number; peakMb: number; rows: number } {
  const r = spawnSync(
    'npx',
    ['tsx', '--import', './scripts/bench/report-peak.ts', 'scripts/bench/import-1m.ts', '--child', which, sourceDir],
    { encoding: 'utf8', maxBuffer: 16 << 20 },
  );
  if (r.status !== 0) throw new Error(`import-1m ${which} failed:\n${r.stderr.slice(-2000)}`);
  return {
    ms: Number(/MS=([\d.]+)/.exec(r.stdout)![1]),
    peakMb: Number(/PEAK_RSS_MB=(\d+)/.exec(r.stderr)?.[1] ?? NaN),
    rows: Number(/ROWS=(\d+)/.exec(r.stdout)?.[1] ?? 0),
  };
}

function runs(sourceDir: string, which: 'ours' | 'peer') {
  const all = Array.from({ length: RUNS }, () => child(sourceDir, which));
  return { ms: median(all.map((r) => r.ms)), peakMb: Math.max(...all.map((r) => r.peakMb)), rows: all[0].rows };
}

export function benchImport1m(sourceDir: string): string {
  const ours = runs(sourceDir, 'ours');
  const peer = runs(sourceDir, 'peer');
  return `import-1m: ours_ms=${fmt(ours.ms)} rows=${ours.rows} peak_mb=${ours.peakMb} papaparse_objects_ms=${fmt(peer.ms)} papaparse_peak_mb=${peer.peakMb}`;
}

/** One run, from the file's bytes in memory (as the worker gets them) to the scored dataset. */
function runChild(which: string, sourceDir: string): void {
  const csv = new Uint8Array(readFileSync(join(sourceDir, 'enterprises.csv')));
  const others = BOUNDARIES.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(sourceDir, name))) }));
  let rows = 0;
  const t0 = performance.now();
  if (which === 'ours') {
    const session = new ImportSession([{ name: 'enterprises.csv', bytes: csv }, ...others]);
    const built = buildDataset('bench', session.sources(session.defaultChoices()));
    rows = built.manifest.enterprises;
  } else {
    const text = new TextDecoder().decode(csv);
    rows = Papa.parse(text, { header: true, dynamicTyping: true, skipEmptyLines: true }).data.length;
  }
  console.log(`MS=${(performance.now() - t0).toFixed(1)} ROWS=${rows}`);
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') runChild(argv[1], argv[2]);
else if (isMain(import.meta.url)) console.log(benchImport1m(argv[0] ?? 'data/bench-1m'));
