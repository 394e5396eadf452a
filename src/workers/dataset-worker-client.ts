/**
 * The main thread's side of the dataset worker. Large datasets (WORKER_MIN_ROWS and up, or any
 * dataset with `?worker=always` in the page address, which the tests use) get their filter index
 * built, and their what-if rescoring done, in the worker; small ones stay on the main thread, where
 * the same work takes milliseconds.
 */
import type { EnterpriseColumns } from '../data/columns.ts';
import type { FilterDims, FilterIndex } from '../data/filter-engine.ts';
import type { RiskModel } from '../domain/risk-model.ts';
import type { WorkerReply, WorkerRequest } from './dataset-worker.ts';

export const WORKER_MIN_ROWS = 200_000;

export function wantsWorker(rows: number): boolean {
  if (typeof Worker === 'undefined') return false;
  const forced = typeof location !== 'undefined' && new URLSearchParams(location.search).get('worker') === 'always';
  return forced || rows >= WORKER_MIN_ROWS;
}

type Scored = Extract<WorkerReply, { type: 'rescore' }>;

export class DatasetWorker {
  private readonly worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();

  constructor(columns: EnterpriseColumns, dims: FilterDims) {
    this.worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      this.pending.delete(e.data.id);
      if (e.data.type === 'error') p.reject(new Error(e.data.message));
      else p.resolve(e.data);
    };
    // Columns are views into one large Arrow buffer; slice each so only its own bytes are copied.
    const own = Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, ArrayBuffer.isView(v) ? (v as Uint8Array).slice() : v])) as unknown as EnterpriseColumns;
    this.post({ type: 'init', columns: own, dims });
  }

  private post(msg: WorkerRequest): void {
    this.worker.postMessage(msg);
  }

  private ask<T extends WorkerReply>(msg: WorkerRequest & { id: number }): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.set(msg.id, { resolve: resolve as (r: WorkerReply) => void, reject });
      this.post(msg);
    });
  }

  async index(): Promise<FilterIndex> {
    const r = await this.ask<Extract<WorkerReply, { type: 'index' }>>({ type: 'index', id: this.nextId++ });
    return r.index;
  }

  rescore(model: RiskModel): Promise<Scored> {
    return this.ask<Scored>({ type: 'rescore', id: this.nextId++, model });
  }

  terminate(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error('dataset worker stopped'));
    this.pending.clear();
  }
}
