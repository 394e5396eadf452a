/**
 * The main thread's side of the dataset worker. Large datasets (WORKER_MIN_ROWS and up, or any
 * dataset with `?worker=always` in the page address, which the tests use) get their filter index
 * built, and their what-if rescoring done, in the worker; small ones stay on the main thread, where
 * the same work takes milliseconds.
 */
import { copyColumns, type EnterpriseColumns } from '../data/columns.ts';
import { attachIndex, withScoredIndexParts, type FilterDims, type FilterIndex } from '../data/filter-engine.ts';
import type { ScoredColumns } from '../data/rescore.ts';
import type { RiskModel } from '../domain/risk-model.ts';
import type { DatasetManifest } from '../data/dataset.ts';
import type { LoadSteps, WorkerReply, WorkerRequest } from './dataset-worker.ts';
import { buffers } from './transfer.ts';
import type { InspectionDates, SupervisionSettings, SupervisionStatus } from '../domain/supervision/index.ts';

export const WORKER_MIN_ROWS = 200_000;

export function wantsWorker(rows: number): boolean {
  if (typeof Worker === 'undefined') return false;
  const forced = typeof location !== 'undefined' && new URLSearchParams(location.search).get('worker') === 'always';
  return forced || rows >= WORKER_MIN_ROWS;
}

/** A rescore's answer: the new score columns and the filter index under them (and the inspection status, when the worker has a ledger). */
export interface Rescored {
  scored: ScoredColumns;
  index: FilterIndex;
  status: SupervisionStatus | null;
}

/** A supervision request's answer: every enterprise's status, the index under it, and the status's own time in the worker. */
export interface Supervised {
  status: SupervisionStatus;
  index: FilterIndex;
  ms: number;
}
type RescoreReply = Extract<WorkerReply, { type: 'rescore' }>;

/** How long the worker's script may take to start before the page gives up on it. */
export const WORKER_START_TIMEOUT_MS = 20_000;

/**
 * The worker's script did not load or start (blocked by a proxy, a stale cache after a redeploy, a
 * missing file). The page then does the work itself; this says so, and whom to ask.
 */
export class WorkerStartError extends Error {
  readonly zh =
    '后台计算线程无法启动，已改由页面自身计算（大数据量时筛选会慢一些）。请刷新页面；若仍出现，请管理员检查 /assets/ 下的 .js 文件能否正常访问（代理拦截或缓存过期）';
  readonly en =
    'the background worker could not start, so the page does its work itself (filters may be slower on large data). Reload the page; if this persists, ask the administrator to check that the .js files under /assets/ are served (a proxy or a stale cache)';
  constructor(readonly reason: string) {
    super(`dataset worker: ${reason}`);
  }
}

/**
 * The worker's load steps as measures on the page's timeline (`worker-fetch`, `worker-decode`,
 * `worker-index`, and `worker-reply`: from the index done to the page's turn to take the answer),
 * for the browser benchmark's step log and anyone reading a trace.
 */
function markLoadSteps(s: LoadSteps): void {
  const at = (wall: number) => Math.max(0, wall - performance.timeOrigin);
  const received = performance.now();
  const spans: [string, number, number][] = [
    ['worker-fetch', s.start, s.fetched],
    ['worker-decode', s.fetched, s.decoded],
    ['worker-index', s.decoded, s.indexed],
    ['worker-reply', s.indexed, performance.timeOrigin + received],
  ];
  for (const [name, from, to] of spans) performance.measure(name, { start: at(from), end: Math.max(at(from), at(to)) });
}

export class DatasetWorker {
  private readonly worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
  private started = false;
  private failed: WorkerStartError | null = null;
  private readonly startTimer: ReturnType<typeof setTimeout>;
  /** The page's columns, which the worker's indexes are put back on (attachIndex); null until `load` brings them. */
  private columns: EnterpriseColumns | null;
  private dims: FilterDims;
  /** Whether the worker holds columns of its own (after a load it has none until the first what-if sends them). */
  private workerHasColumns = false;
  /**
   * The last index handed out: a rescore then asks only for the parts that depend on score and level
   * and puts them beside this one's other parts, which no rescore changes.
   */
  private last: FilterIndex | null = null;
  /** The inspection ledger the worker holds (sent with the first supervision request). */
  private sentInspections: InspectionDates | null = null;

  /** `columns`: the page's, sent to the worker with its first request; null when the worker is to `load` them itself. */
  constructor(columns: EnterpriseColumns | null, dims: FilterDims, startTimeoutMs = WORKER_START_TIMEOUT_MS) {
    this.columns = columns;
    this.dims = dims;
    // A script that fails to load fires `error` on the Worker; one that never answers times out.
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.fail(this.started ? e.message || 'worker error' : 'its script did not load');
    };
    this.startTimer = setTimeout(() => {
      if (!this.started) this.fail(`no answer within ${startTimeoutMs / 1000} s`);
    }, startTimeoutMs);
    this.worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      if (e.data.type === 'ready') {
        this.started = true;
        clearTimeout(this.startTimer);
        return;
      }
      const p = this.pending.get(e.data.id);
      if (!p) return;
      this.pending.delete(e.data.id);
      if (e.data.type === 'error')
        p.reject(
          Object.assign(new Error(e.data.message), e.data.zh !== undefined ? { zh: e.data.zh, en: e.data.en } : {}),
        );
      else p.resolve(e.data);
    };
  }

  /**
   * The worker fetches, checks and decodes the first-picture file at `url` (absolute: a worker
   * resolves relative URLs against its own script) and indexes it; the page gets the columns and the
   * index, and the worker keeps nothing. A bundle file's problem comes back with its `zh` and `en` messages.
   */
  async load(
    url: string,
    manifest: DatasetManifest,
    dims: FilterDims,
  ): Promise<{ columns: EnterpriseColumns; index: FilterIndex }> {
    // From here the worker's columns are the ones it loads, which it hands over: none of its own.
    this.workerHasColumns = false;
    this.sentInspections = null;
    this.dims = dims;
    const r = await this.ask<Extract<WorkerReply, { type: 'loaded' }>>({
      type: 'load',
      id: this.nextId++,
      url,
      manifest,
      dims,
    });
    // A trace aid: it never decides whether a load succeeds.
    try {
      markLoadSteps(r.steps);
    } catch {
      // A browser without the measure options form: no marks.
    }
    this.columns = r.columns;
    this.last = attachIndex(r.index, r.columns);
    return { columns: r.columns, index: this.last };
  }

  private post(msg: WorkerRequest, transfer: Transferable[] = []): void {
    this.worker.postMessage(msg, transfer);
  }

  /**
   * Before a request that needs the worker's columns: a copy of the page's, sent the first time
   * (transferred, so copied once). The one way columns reach the worker, whether the page had them
   * from the start or the worker loaded them and handed them over.
   */
  private withColumns(): void {
    if (this.workerHasColumns || !this.columns || this.failed) return;
    const copy = copyColumns(this.columns);
    this.post({ type: 'init', columns: copy, dims: this.dims }, buffers(copy));
    this.workerHasColumns = true;
  }

  /** Every waiting request, and every later one, fails with the start-up error. */
  private fail(reason: string): void {
    this.failed = new WorkerStartError(reason);
    clearTimeout(this.startTimer);
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(this.failed);
    this.pending.clear();
  }

  private ask<T extends WorkerReply>(msg: WorkerRequest & { id: number }): Promise<T> {
    return this.askWith(msg, []);
  }

  private askWith<T extends WorkerReply>(msg: WorkerRequest & { id: number }, transfer: Transferable[]): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(msg.id, { resolve: resolve as (r: WorkerReply) => void, reject });
      this.post(msg, transfer);
    });
  }

  async index(): Promise<FilterIndex> {
    this.withColumns();
    const r = await this.ask<Extract<WorkerReply, { type: 'index' }>>({ type: 'index', id: this.nextId++ });
    this.last = attachIndex(r.index, this.columns!);
    return this.last;
  }

  async rescore(model: RiskModel): Promise<Rescored> {
    const base = this.last;
    this.withColumns();
    const r = await this.ask<RescoreReply>({ type: 'rescore', id: this.nextId++, model, parts: base !== null });
    // Parts were asked for only with a base; any index handed out since has the same unscored parts.
    const index = r.parts
      ? withScoredIndexParts(this.last ?? (base as FilterIndex), r.parts)
      : attachIndex(r.index as FilterIndex, this.columns!);
    this.last = index;
    return { scored: r.scored, index, status: r.status };
  }

  /** Every enterprise's inspection status under `settings` at the day `asOf`, computed in the worker with the index under it. */
  async supervise(settings: SupervisionSettings, asOf: number, inspections: InspectionDates): Promise<Supervised> {
    const base = this.last;
    this.withColumns();
    const send = this.sentInspections !== inspections;
    const msg: WorkerRequest = { type: 'supervise', id: this.nextId++, settings, asOf, parts: base !== null };
    if (send) {
      // A copy: the page keeps its ledger for the drawer and the tables.
      const copy = {
        length: inspections.length,
        enterprise: inspections.enterprise.slice(),
        day: inspections.day.slice(),
        kind: inspections.kind.slice(),
      };
      this.sentInspections = inspections;
      msg.inspections = copy;
    }
    const r = await this.askWith<Extract<WorkerReply, { type: 'supervise' }>>(
      msg,
      msg.inspections ? buffers(msg.inspections) : [],
    );
    const index = r.parts
      ? withScoredIndexParts(this.last ?? (base as FilterIndex), r.parts)
      : attachIndex(r.index as FilterIndex, this.columns!);
    this.last = index;
    return { status: r.status, index, ms: r.ms };
  }

  /**
   * Each enterprise's change code while a comparison of two data dates is open (null once it is
   * closed), sent to the worker (a copy: the page keeps its own), which keeps it for the indexes of
   * later rescores; answers with the index under it (only its scored parts travel when the page has
   * an index).
   */
  async compare(changeState: Uint8Array | null): Promise<FilterIndex> {
    const base = this.last;
    this.withColumns();
    const copy = changeState ? changeState.slice() : null;
    const r = await this.askWith<Extract<WorkerReply, { type: 'compare' }>>(
      { type: 'compare', id: this.nextId++, changeState: copy, parts: base !== null },
      copy ? [copy.buffer] : [],
    );
    const index = r.parts
      ? withScoredIndexParts(this.last ?? (base as FilterIndex), r.parts)
      : attachIndex(r.index as FilterIndex, this.columns!);
    this.last = index;
    return index;
  }

  terminate(): void {
    clearTimeout(this.startTimer);
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error('dataset worker stopped'));
    this.pending.clear();
  }
}
