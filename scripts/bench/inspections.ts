/**
 * inspections-1m: every enterprise's inspection status after a settings edit, computed by the app's
 * dataset worker (src/workers/dataset-worker.ts, run in a Node worker thread as a browser runs it) on
 * the 1,000,000-enterprise district and its inspection ledger, and the yearly plan on top of it.
 * - ours_ms: the status's own time in the worker after a class interval edit (median of 7; the usual
 *   edit: the pass over the ledger is kept, since only the kinds that count or the data date change it);
 * - kinds_ms: the same after an edit of which kinds count (the ledger read again);
 * - reply_ms: the whole request seen from the page: status, the filter index's scored parts, the transfer;
 * - per_row_objects_ms: the status the straightforward way (an array of inspections per enterprise,
 *   Date arithmetic), timed on 100,000 enterprises and scaled;
 * - plan_ms: the yearly plan for the year after the data date (median of 5, on the main thread).
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { decodeEnterpriseCore, decodeInspections } from '../../src/data/bundle.ts';
import type { DatasetManifest } from '../../src/data/dataset.ts';
import { parseDay } from '../../src/data/dates.ts';
import { planInspections } from '../../src/data/plan-inspections.ts';
import {
  administrativeTable,
  civil,
  DEFAULT_SUPERVISION,
  yearlyPlan,
  type SupervisionSettings,
  type SupervisionStatus,
} from '../../src/domain/supervision/index.ts';
import type { WorkerReply, WorkerRequest } from '../../src/workers/dataset-worker.ts';
import { fmt, median } from './stats.ts';

type Supervised = Extract<WorkerReply, { type: 'supervise' }>;

function startWorker(): {
  post(msg: WorkerRequest): void;
  ask(msg: WorkerRequest, transfer?: ArrayBuffer[]): Promise<WorkerReply>;
  stop(): Promise<number>;
} {
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
    post: (msg) => w.postMessage(msg),
    ask: (msg, transfer = []) =>
      new Promise((resolve) => {
        waiting.set((msg as { id: number }).id, resolve);
        w.postMessage(msg, transfer);
      }),
    stop: () => w.terminate(),
  };
}

/** The status the straightforward way, for `n` enterprises: objects, arrays and Date arithmetic. */
function perRowObjects(
  n: number,
  level: Uint8Array,
  ins: { length: number; enterprise: Int32Array; day: Int32Array; kind: Uint8Array },
  asOf: number,
): number {
  const t0 = performance.now();
  const admin = administrativeTable(DEFAULT_SUPERVISION);
  const byEnterprise = new Map<number, { day: Date; admin: boolean }[]>();
  for (let k = 0; k < ins.length; k++) {
    const e = ins.enterprise[k];
    if (e >= n) continue;
    let list = byEnterprise.get(e);
    if (!list) byEnterprise.set(e, (list = []));
    list.push({ day: new Date(ins.day[k] * 86_400_000), admin: admin[ins.kind[k]] === 1 });
  }
  const asOfDate = new Date(asOf * 86_400_000);
  const out: { cls: string; last: Date | null; next: Date | null; overdue: boolean; yearCount: number }[] = [];
  for (let i = 0; i < n; i++) {
    const cls = DEFAULT_SUPERVISION.classes[level[i]];
    const done = (byEnterprise.get(i) ?? []).filter((x) => x.admin && x.day <= asOfDate);
    const last = done.reduce<Date | null>((a, x) => (!a || x.day > a ? x.day : a), null);
    let next: Date | null = null;
    if (last && cls.intervalMonths) {
      next = new Date(last);
      const d = next.getUTCDate();
      next.setUTCDate(1);
      next.setUTCMonth(next.getUTCMonth() + cls.intervalMonths);
      const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
      next.setUTCDate(Math.min(d, lastDay));
    }
    const yearCount = done.filter((x) => x.day.getUTCFullYear() === asOfDate.getUTCFullYear()).length;
    out.push({ cls: cls.key, last, next, overdue: next !== null && next < asOfDate, yearCount });
  }
  return performance.now() - t0;
}

export async function benchInspections(bundle: string): Promise<string> {
  const manifest = JSON.parse(readFileSync(`${bundle}/manifest.json`, 'utf8')) as DatasetManifest;
  if (!manifest.inspections)
    throw new Error(`${bundle} has no inspection ledger: rebuild it (npm run bench without --reuse)`);
  const c = decodeEnterpriseCore(new Uint8Array(readFileSync(`${bundle}/enterprises.arrow`)));
  const ledger = decodeInspections(new Uint8Array(readFileSync(`${bundle}/inspections.arrow`)));
  const asOf = parseDay(manifest.asOf)!;
  const dims = { towns: manifest.towns.length, grids: manifest.grids.length, parks: manifest.parks.length };
  const worker = startWorker();
  let id = 1;
  try {
    worker.post({ type: 'init', columns: c, dims });
    const dates = {
      length: ledger.length,
      enterprise: ledger.enterprise.slice(),
      day: ledger.day.slice(),
      kind: ledger.kind.slice(),
    };
    const supervise = async (settings: SupervisionSettings, inspections?: typeof dates) => {
      const t0 = performance.now();
      const r = (await worker.ask(
        { type: 'supervise', id: id++, settings, asOf, parts: true, ...(inspections ? { inspections } : {}) },
        [],
      )) as Supervised;
      return { ms: r.ms, reply: performance.now() - t0, status: r.status };
    };
    const first = await supervise(DEFAULT_SUPERVISION, dates);
    const withInterval = (months: number): SupervisionSettings => ({
      ...DEFAULT_SUPERVISION,
      classes: DEFAULT_SUPERVISION.classes.map((k) => (k.key === 'B' ? { ...k, intervalMonths: months } : k)),
    });
    const edits = [];
    for (let r = 0; r < 7; r++) edits.push(await supervise(withInterval(r % 2 ? 6 : 4)));
    const kinds = [];
    for (let r = 0; r < 3; r++)
      kinds.push(
        await supervise({
          ...DEFAULT_SUPERVISION,
          administrativeKinds: r % 2 ? DEFAULT_SUPERVISION.administrativeKinds : ['enforcement', 'random'],
        }),
      );
    const status: SupervisionStatus = (await supervise(DEFAULT_SUPERVISION)).status;
    const { inspections, unitNames } = planInspections(ledger);
    const year = civil(asOf)[0] + 1;
    const plans = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      yearlyPlan({
        year,
        asOf,
        settings: DEFAULT_SUPERVISION,
        length: c.length,
        status,
        town: c.town,
        inspections,
        unitNames,
        seed: year,
      });
      plans.push(performance.now() - t0);
    }
    const sample = Math.min(100_000, c.length);
    const perRow = (perRowObjects(sample, c.level, ledger, asOf) * c.length) / sample;
    process.stderr.write(
      `  inspections-1m: first request ${fmt(first.ms)} ms in the worker (${fmt(first.reply)} ms with the ledger's transfer and the index parts)\n`,
    );
    return (
      `inspections-1m: ours_ms=${fmt(median(edits.map((e) => e.ms)))} rows=${c.length} inspections=${ledger.length} ` +
      `kinds_ms=${fmt(median(kinds.map((e) => e.ms)))} reply_ms=${fmt(median(edits.map((e) => e.reply)))} ` +
      `per_row_objects_ms=${fmt(perRow)} plan_ms=${fmt(median(plans))}`
    );
  } finally {
    await worker.stop();
  }
}
