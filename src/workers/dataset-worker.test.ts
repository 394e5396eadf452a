/**
 * The dataset worker and its client in one thread: messages are structured-cloned with their transfer
 * lists as a real worker's are (a transferred buffer is detached on the sending side), so a reply that
 * gave away something the worker still needs, or an index rebuilt from the wrong parts, fails here.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EnterpriseColumns } from '../data/columns.ts';
import { encodeBundle } from '../data/bundle.ts';
import { diffSnapshots, type Snapshot } from '../data/compare/index.ts';
import { packUtf8 } from '../data/utf8-column.ts';
import {
  buildFilterIndex,
  createFilterEngine,
  EMPTY_FILTERS,
  type FilterIndex,
  type FilterState,
} from '../data/filter-engine.ts';
import { bundleFilesOf, decodeBundleFiles } from '../data/load-bundle.ts';
import { mulberry32, randomColumns } from '../data/random-columns.ts';
import { DEFAULT_SUPERVISION, INSPECTION_KINDS, inspectionStatus } from '../domain/supervision/index.ts';
import { rescoreColumns } from '../data/rescore.ts';
import { DEFAULT_RISK_MODEL, type RiskModel } from '../domain/risk-model.ts';
import { builtDemo } from '../data/test-support/built-demo.ts';
import { validateManifest } from '../data/validate-bundle.ts';
import type { WorkerReply, WorkerRequest } from './dataset-worker.ts';

type Handler = (e: { data: unknown }) => void;
const requests: WorkerRequest[] = [];
let toPage: Handler | null = null;
let toWorker: Handler | null = null;
const deliver = (to: () => Handler | null, msg: unknown, transfer: Transferable[] = []) => {
  const data = structuredClone(msg, { transfer });
  setTimeout(() => to()?.({ data }), 0);
};

class FakeWorker {
  onmessage: Handler | null = null;
  onerror: ((e: unknown) => void) | null = null;
  constructor() {
    toPage = (e) => this.onmessage?.(e);
    deliver(() => toPage, { type: 'ready', id: 0 } satisfies WorkerReply);
  }
  postMessage(msg: WorkerRequest, transfer?: Transferable[]): void {
    requests.push(msg);
    deliver(() => toWorker, msg, transfer);
  }
  terminate(): void {
    toPage = null;
  }
}

vi.stubGlobal('Worker', FakeWorker);
vi.stubGlobal('self', {
  set onmessage(f: Handler) {
    toWorker = f;
  },
  postMessage: (msg: WorkerReply, transfer?: Transferable[]) => deliver(() => toPage, msg, transfer),
});
await import('./dataset-worker.ts');
const { DatasetWorker } = await import('./dataset-worker-client.ts');
afterAll(() => vi.unstubAllGlobals());

const dims = { towns: 5, grids: 30, parks: 7 };
const FILTERS: FilterState[] = [
  EMPTY_FILTERS,
  { ...EMPTY_FILTERS, levels: [0] },
  { ...EMPTY_FILTERS, towns: [1, 2], levels: [1, 2] },
  { ...EMPTY_FILTERS, scoreRange: [30, 61.5], sectors: [3, 4] },
  { ...EMPTY_FILTERS, flags: 2, hazard: 8, parks: [-1] },
  { ...EMPTY_FILTERS, inspection: 1 },
  { ...EMPTY_FILTERS, inspection: 2 | 32, levels: [0, 1] },
  { ...EMPTY_FILTERS, change: 2 },
  { ...EMPTY_FILTERS, change: 8 | 32, towns: [0, 3] },
];

/** The engine over `index` gives what an engine indexing `c` itself gives. */
function expectSameResults(c: EnterpriseColumns, index: FilterIndex): void {
  const got = createFilterEngine(c, dims, index),
    want = createFilterEngine(c, dims);
  for (const f of FILTERS) {
    const a = got.run(f),
      b = want.run(f);
    expect(a.selected).toBe(b.selected);
    expect(a.counts).toEqual(b.counts);
    expect(a.totals).toEqual(b.totals);
    expect(a.mask).toEqual(b.mask);
  }
}

describe('dataset worker', () => {
  // A generated district to load (about 2 s with its build on a busy machine: a timeout of its own).
  let built: ReturnType<typeof builtDemo>;
  beforeAll(() => {
    built = builtDemo('worker', 6, 900);
  }, 60_000);

  it('indexes, then rescores sending only the scored parts of the index, and can do it again', async () => {
    const c = randomColumns({ n: 6000, seed: 4, ...dims });
    const w = new DatasetWorker(c, dims);
    const index = await w.index();
    expect(index.rows.open).toBe(c.hazardsOpen);
    expectSameResults(c, index);

    const raised: RiskModel = structuredClone(DEFAULT_RISK_MODEL);
    raised.inherent.sector.machinery = 40;
    raised.thresholds.major = 50;
    let last = c;
    for (const model of [raised, DEFAULT_RISK_MODEL, raised]) {
      const r = await w.rescore(model);
      expect(requests.at(-1)).toMatchObject({ type: 'rescore', parts: true });
      const want = rescoreColumns(c, model);
      expect(r.scored).toEqual(want);
      const next = { ...c, ...r.scored };
      expectSameResults(next, r.index);
      // Parts no rescore changes are the page's own, not sent again (the town filters built these).
      expect(r.index.lazy.cats[2]).not.toBeNull();
      expect(r.index.lazy.cats[2]).toBe(index.lazy.cats[2]);
      expect(r.index.cols[1]).toBe(index.cols[1]);
      expect(r.index.rows.open).toBe(c.hazardsOpen);
      expect(r.index.cols[0]).toEqual(buildFilterIndex(next, dims).cols[0]);
      last = next;
    }
    // The worker kept its own score columns: a whole index now is one under the last model.
    expectSameResults(last, await w.index());
    w.terminate();
  }, 30_000); // 1 s alone, 2 s with both cores busy: a worker indexing and rescoring 6,000 rows, twice, each checked against a fresh engine

  it('loads a bundle file: the page gets the columns and an index of them, and rescoring works on both copies', async () => {
    const files = encodeBundle(built);
    const manifest = validateManifest(JSON.parse(files['manifest.json'] as string));
    const want = decodeBundleFiles(bundleFilesOf(files)).enterprises;
    const fetched: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string) => {
      fetched.push(url);
      return new Response((files['enterprises.arrow'] as Uint8Array).slice());
    }) as typeof fetch;
    const d = { towns: manifest.towns.length, grids: manifest.grids.length, parks: manifest.parks.length };
    const w = new DatasetWorker(null, d);
    try {
      const { columns, index } = await w.load('http://localhost/data/x/enterprises.arrow', manifest, d);
      expect(fetched).toEqual(['http://localhost/data/x/enterprises.arrow']);
      // The worker's steps are measures on the page's timeline, one after another.
      const steps = ['worker-fetch', 'worker-decode', 'worker-index', 'worker-reply'].map((n) =>
        performance.getEntriesByName(n, 'measure').at(-1),
      );
      expect(steps.every((m) => m !== undefined)).toBe(true);
      for (let k = 1; k < steps.length; k++)
        expect(steps[k]!.startTime).toBeCloseTo(steps[k - 1]!.startTime + steps[k - 1]!.duration, 3);
      expect(steps[0]!.startTime).toBeGreaterThan(0);
      expect(columns.score).toEqual(want.score);
      expect(columns.lon).toEqual(want.lon);
      const got = createFilterEngine(columns, d, index),
        ref = createFilterEngine(want, d);
      for (const f of [
        EMPTY_FILTERS,
        { ...EMPTY_FILTERS, levels: [0, 1] },
        { ...EMPTY_FILTERS, towns: [0], hazard: 2 },
      ]) {
        expect(got.run(f).selected).toBe(ref.run(f).selected);
        expect(got.run(f).mask).toEqual(ref.run(f).mask);
      }
      // The worker handed its columns over and kept none; the first what-if sends it a copy of the
      // page's (once), and its rescores match the page's columns.
      const inits = () => requests.filter((q) => q.type === 'init').length;
      const before = inits();
      const raised: RiskModel = structuredClone(DEFAULT_RISK_MODEL);
      raised.inherent.sector.machinery = 40;
      for (const model of [raised, DEFAULT_RISK_MODEL]) {
        const r = await w.rescore(model);
        expect(r.scored).toEqual(rescoreColumns(columns, model));
        expect(inits()).toBe(before + 1);
      }
      // The page's columns are still whole: the copy was the worker's to keep.
      expect(columns.score.length).toBe(want.score.length);
    } finally {
      globalThis.fetch = realFetch;
      w.terminate();
    }
  });

  it('computes the inspection status, sends it with the scored parts, and recomputes it after a rescore', async () => {
    const c = randomColumns({ n: 5000, seed: 8, ...dims });
    const rnd = mulberry32(3);
    // About two inspections per enterprise over two years up to the data date, of every kind.
    const asOf = 20_000,
      k = 10_000;
    const ins = {
      length: k,
      enterprise: Int32Array.from({ length: k }, () => Math.floor(rnd() * c.length)),
      day: Int32Array.from({ length: k }, () => asOf - Math.floor(rnd() * 730)),
      kind: Uint8Array.from({ length: k }, () => Math.floor(rnd() * INSPECTION_KINDS.length)),
    };
    const w = new DatasetWorker(c, dims);
    await w.index();
    const r = await w.supervise(DEFAULT_SUPERVISION, asOf, ins);
    expect(requests.at(-1)).toMatchObject({ type: 'supervise', parts: true });
    const want = inspectionStatus(c, ins, asOf, DEFAULT_SUPERVISION);
    expect(r.status).toEqual(want);
    expect(r.ms).toBeGreaterThanOrEqual(0);
    expectSameResults({ ...c, inspectionState: want.state }, r.index);
    // The ledger went with the first request only.
    const strict = { ...DEFAULT_SUPERVISION, administrativeKinds: ['enforcement'] };
    const r2 = await w.supervise(strict, asOf, ins);
    expect((requests.at(-1) as { inspections?: unknown }).inspections).toBeUndefined();
    expect(r2.status).toEqual(inspectionStatus(c, ins, asOf, strict));
    // A rescore moves levels, hence classes: the worker sends the status under the new levels.
    const raised: RiskModel = structuredClone(DEFAULT_RISK_MODEL);
    raised.thresholds.major = 30;
    const rs = await w.rescore(raised);
    const next = { ...c, ...rs.scored };
    expect(rs.status).toEqual(inspectionStatus(next, ins, asOf, strict));
    expectSameResults({ ...next, inspectionState: rs.status!.state }, rs.index);
    w.terminate();
  }, 30_000);

  it('computes a comparison in the worker, and the change again after a rescore (up and down follow the levels)', async () => {
    const c = randomColumns({ n: 4000, seed: 6, ...dims });
    // The same register a week before: the first 40 rows not yet in it, 20 rows' levels one step milder.
    const codes = Array.from({ length: c.length }, (_, i) => `C${i}`);
    const noHazards = {
      length: 0,
      ids: packUtf8([]),
      enterprise: new Int32Array(0),
      found: new Int32Array(0),
      deadline: new Int32Array(0),
      closed: new Int32Array(0),
      level: new Uint8Array(0),
      status: new Uint8Array(0),
      listed: new Uint8Array(0),
    };
    const thenLevel = c.level.slice(40);
    for (let k = 0; k < 20; k++) thenLevel[k * 7] = Math.min(3, thenLevel[k * 7] + 1);
    const prev: Snapshot = {
      asOf: 100,
      length: c.length - 40,
      keys: packUtf8(codes.slice(40)),
      level: thenLevel,
      score: c.score.slice(40),
      hazards: noHazards,
    };
    const cur: Snapshot = {
      asOf: 107,
      length: c.length,
      keys: packUtf8(codes),
      level: c.level,
      score: c.score,
      hazards: noHazards,
    };
    const w = new DatasetWorker(c, dims);
    await w.index();
    const opened = await w.compare(prev, cur);
    expect(requests.at(-1)).toMatchObject({ type: 'compare', parts: true });
    const want = diffSnapshots(prev, cur);
    expect(opened.diff.totals).toEqual(want.totals);
    expect(opened.diff.totals.new).toBe(40);
    expect(Array.from(opened.diff.changeState)).toEqual(Array.from(want.changeState));
    expectSameResults({ ...c, changeState: want.changeState }, opened.index);
    const raised: RiskModel = structuredClone(DEFAULT_RISK_MODEL);
    raised.thresholds.major = 30;
    const rs = await w.rescore(raised);
    const again = diffSnapshots(prev, { ...cur, level: rs.scored.level, score: rs.scored.score });
    expect(rs.diff!.totals).toEqual(again.totals);
    expectSameResults({ ...c, ...rs.scored, changeState: again.changeState }, rs.index);
    w.terminate();
  }, 30_000);

  it('sends a whole index when the page has none yet', async () => {
    const c = randomColumns({ n: 3000, seed: 5, ...dims });
    const w = new DatasetWorker(c, dims);
    const r = await w.rescore(DEFAULT_RISK_MODEL);
    expect(requests.at(-1)).toMatchObject({ type: 'rescore', parts: false });
    expectSameResults({ ...c, ...r.scored }, r.index);
    w.terminate();
  });
});
