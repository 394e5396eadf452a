/**
 * compare-1m: what changed between two snapshots of the 1,000,000-enterprise district, the current one
 * and its earlier snapshot a week before (scripts/demo-earlier.ts over the same source, built the same
 * way: ~1% new, 0.4% gone, 3% with other model inputs, the week's hazards), computed by the app's
 * dataset worker (src/workers/dataset-worker.ts, in a Node worker thread as a browser runs it).
 * - ours_ms: the diff's own time in the worker (median of 7): enterprises matched by credit code
 *   (UTF-8 bytes hashed, no string made), hazards by id, every enterprise's change code;
 * - reply_ms: the whole request seen from the page: the snapshots' copy to the worker, the diff, the
 *   filter index's scored parts with the change codes, the transfer back;
 * - map_ms: the straightforward way, for comparison: decode the codes to strings, a Map from code to
 *   row, one lookup per enterprise (enterprises only: no hazards).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { decodeEnterpriseCore, decodeEnterpriseText, decodeHazards } from '../../src/data/bundle.ts';
import { snapshotOf } from '../../src/data/compare/index.ts';
import type { DatasetManifest } from '../../src/data/dataset.ts';
import { parseDay } from '../../src/data/dates.ts';
import type { WorkerReply, WorkerRequest } from '../../src/workers/dataset-worker.ts';
import { BENCH_BUNDLES, BENCH_SOURCE } from './build-1m.ts';
import { fmt, median } from './stats.ts';

export const BENCH_EARLIER_SOURCE = `${BENCH_SOURCE}-prev`;
export const BENCH_EARLIER = `${BENCH_BUNDLES}/bench-1m-prev`;

function run(args: string[]): void {
  const r = spawnSync('npx', ['tsx', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
}

/** The earlier snapshot's bundle, made from the 1M source when it is not there (or older than the source). */
export function ensureEarlierBundle(): void {
  const built = `${BENCH_EARLIER}/manifest.json`;
  // A 1M district generated since is another district: its earlier snapshot is made again.
  if (existsSync(built) && statSync(built).mtimeMs > statSync(`${BENCH_SOURCE}/enterprises.csv`).mtimeMs) return;
  if (!existsSync(`${BENCH_SOURCE}/enterprises.csv`)) throw new Error(`${BENCH_SOURCE} is missing: run npm run bench`);
  const t0 = performance.now();
  run(['scripts/demo-earlier.ts', BENCH_SOURCE, '--out', BENCH_EARLIER_SOURCE, '--seed', '7']);
  run(['scripts/build-data.ts', BENCH_EARLIER_SOURCE, '--out', BENCH_BUNDLES]);
  process.stderr.write(`  compare-1m: earlier snapshot built in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

function readSnapshot(dir: string) {
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as DatasetManifest;
  const columns = decodeEnterpriseCore(new Uint8Array(readFileSync(`${dir}/enterprises.arrow`)));
  const text = decodeEnterpriseText(new Uint8Array(readFileSync(`${dir}/enterprise-text.arrow`)));
  const hazards = decodeHazards(new Uint8Array(readFileSync(`${dir}/hazards.arrow`)));
  return { manifest, columns, text, snapshot: snapshotOf(parseDay(manifest.asOf)!, columns, text, hazards) };
}

function startWorker() {
  const w = new Worker(new URL('../ts-worker.mjs', import.meta.url), {
    workerData: {
      entry: pathToFileURL('scripts/bench/web-worker-shim.ts').href,
      module: pathToFileURL('src/workers/dataset-worker.ts').href,
    },
  });
  const waiting = new Map<number, (r: WorkerReply) => void>();
  w.on('message', (r: WorkerReply) => {
    if (r.type === 'error') throw new Error(r.message);
    waiting.get(r.id)?.(r);
    waiting.delete(r.id);
  });
  return {
    post: (msg: WorkerRequest) => w.postMessage(msg),
    ask: (msg: WorkerRequest) =>
      new Promise<WorkerReply>((resolve) => {
        waiting.set((msg as { id: number }).id, resolve);
        w.postMessage(msg);
      }),
    stop: () => w.terminate(),
  };
}

/** The straightforward diff of the enterprises: strings and a Map. */
function mapDiff(prev: ReturnType<typeof readSnapshot>, cur: ReturnType<typeof readSnapshot>): number {
  const t0 = performance.now();
  const byCode = new Map<string, number>();
  for (let i = 0; i < prev.columns.length; i++) byCode.set(prev.text.creditCode.get(i) ?? '', i);
  let changed = 0;
  const seen = new Uint8Array(prev.columns.length);
  for (let i = 0; i < cur.columns.length; i++) {
    const p = byCode.get(cur.text.creditCode.get(i) ?? '');
    if (p === undefined || prev.columns.level[p] !== cur.columns.level[i]) changed++;
    if (p !== undefined) seen[p] = 1;
  }
  for (let p = 0; p < seen.length; p++) if (!seen[p]) changed++;
  // Read, so that the count (and the loops) are not thrown away.
  if (changed < 0) throw new Error('impossible');
  return performance.now() - t0;
}

export async function benchCompare(bundle: string): Promise<string> {
  ensureEarlierBundle();
  const cur = readSnapshot(bundle),
    prev = readSnapshot(BENCH_EARLIER);
  const m = cur.manifest;
  const dims = { towns: m.towns.length, grids: m.grids.length, parks: m.parks.length };
  const worker = startWorker();
  let id = 1;
  try {
    worker.post({ type: 'init', columns: cur.columns, dims });
    const runs: { ms: number; reply: number; changed: number }[] = [];
    for (let r = 0; r < 8; r++) {
      const t0 = performance.now();
      const reply = (await worker.ask({
        type: 'compare',
        id: id++,
        prev: prev.snapshot,
        cur: cur.snapshot,
        parts: true,
      })) as Extract<WorkerReply, { type: 'compare' }>;
      const t = reply.diff.totals;
      runs.push({ ms: reply.ms, reply: performance.now() - t0, changed: t.new + t.gone + t.up + t.down });
    }
    // The first request pays the worker's warm-up: left out of the medians.
    const timed = runs.slice(1);
    const t = runs[runs.length - 1];
    const peer = median([mapDiff(prev, cur), mapDiff(prev, cur), mapDiff(prev, cur)]);
    return (
      `compare-1m: ours_ms=${fmt(median(timed.map((r) => r.ms)))} rows=${cur.columns.length} changed=${t.changed} ` +
      `earlier_rows=${prev.columns.length} reply_ms=${fmt(median(timed.map((r) => r.reply)))} map_ms=${fmt(peer)}`
    );
  } finally {
    await worker.stop();
  }
}
