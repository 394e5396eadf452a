/**
 * The heavy work of a large dataset, off the main thread: fetching and decoding its first-picture
 * file (so the page's main thread is free to start the map meanwhile), indexing the columns for the filter engine
 * (~0.3 s at 1,000,000 enterprises) and rescoring every enterprise under a what-if model followed by
 * re-indexing. The columns it loads go to the page, not a copy (the worker keeps none); the first
 * what-if sends it a copy of the page's, which it keeps. It keeps nothing of the indexes it builds:
 * each reply transfers its typed arrays instead of copying them.
 *
 * A rescore changes only the index's parts that depend on the score and level columns; when the page
 * already has an index of this dataset it asks for those parts alone, and puts them beside the rest of
 * the index it has (dataset-worker-client.ts), which halves the bytes moved and keeps the lazy parts the page built.
 */
import type { EnterpriseColumns } from '../data/columns.ts';
import {
  buildFilterIndex,
  buildScoredIndexParts,
  detachIndex,
  type FilterDims,
  type FilterIndex,
  type ScoredIndexParts,
} from '../data/filter-engine.ts';
import { rescoreColumns, type ScoredColumns } from '../data/rescore.ts';
import type { RiskModel } from '../domain/risk-model.ts';
import type { DatasetManifest } from '../data/dataset.ts';
import { decodeCoreColumns, fetchBundleBytes } from '../data/load-bundle.ts';
import { buffers } from './transfer.ts';
import type { Text } from '../domain/text.ts';

export type WorkerRequest =
  | { type: 'init'; columns: EnterpriseColumns; dims: FilterDims }
  /** Fetch, check and decode enterprises.arrow here, index it, and hand the page the columns (the worker keeps none). */
  | { type: 'load'; id: number; url: string; manifest: DatasetManifest; dims: FilterDims }
  | { type: 'index'; id: number }
  /** `parts`: answer with the index's scored parts only (the page has the rest), else a whole index. */
  | { type: 'rescore'; id: number; model: RiskModel; parts: boolean };

export type WorkerReply =
  /** Sent once, as soon as the worker's script runs: the page then knows the worker started. */
  | { type: 'ready'; id: 0 }
  /** Indexes come detached from the hazard columns (detachIndex): the page attaches its own. */
  | { type: 'index'; id: number; index: FilterIndex }
  /** `steps`: when the load's steps began and ended, as wall-clock times (ms since 1970; the page and the worker have clocks of their own). */
  | { type: 'loaded'; id: number; columns: EnterpriseColumns; index: FilterIndex; steps: LoadSteps }
  | { type: 'rescore'; id: number; index: FilterIndex | null; parts: ScoredIndexParts | null; scored: ScoredColumns }
  /** `zh`/`en`: a bundle file's problem in both languages (BundleError). */
  | ({ type: 'error'; id: number; message: string } & Partial<Text>);

/** When a load began and each of its steps ended, as wall-clock times (the page marks them on its own timeline). */
export interface LoadSteps {
  start: number;
  fetched: number;
  decoded: number;
  indexed: number;
}

const wallClock = () => performance.timeOrigin + performance.now();

let columns: EnterpriseColumns | null = null;
let dims: FilterDims | null = null;

const post = (reply: WorkerReply, transfer: ArrayBuffer[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

const failed = (id: number, err: unknown) => {
  const b = err as { zh?: unknown; en?: unknown };
  post({
    type: 'error',
    id,
    message: err instanceof Error ? err.message : String(err),
    ...(typeof b.zh === 'string' && typeof b.en === 'string' ? { zh: b.zh, en: b.en } : {}),
  });
};

/** The first picture's file read here, so the page's main thread stays free to start the map meanwhile. */
async function load(msg: Extract<WorkerRequest, { type: 'load' }>): Promise<void> {
  try {
    const start = wallClock();
    const bytes = await fetchBundleBytes(msg.url, 'enterprises.arrow');
    const fetched = wallClock();
    const loaded = decodeCoreColumns(msg.manifest, bytes).columns;
    const decoded = wallClock();
    dims = msg.dims;
    const index = detachIndex(buildFilterIndex(loaded, dims));
    const indexed = wallClock();
    // The page takes the columns themselves, not a copy: the worker needs them again only for a
    // what-if, and the page sends its own then (dataset-worker-client.ts). A copy here cost the first
    // picture 40-60 ms at 1,000,000 enterprises, and the worker 60 MB it might never use; the first
    // what-if pays that copy instead.
    columns = null;
    const steps = { start, fetched, decoded, indexed };
    post({ type: 'loaded', id: msg.id, columns: loaded, index, steps }, buffers([loaded, index]));
  } catch (err) {
    failed(msg.id, err);
  }
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  if (msg.type === 'init') {
    columns = msg.columns;
    dims = msg.dims;
    return;
  }
  if (msg.type === 'load') {
    void load(msg);
    return;
  }
  try {
    if (!columns || !dims) throw new Error('dataset worker: no dataset');
    if (msg.type === 'index') {
      const index = detachIndex(buildFilterIndex(columns, dims));
      post({ type: 'index', id: msg.id, index }, buffers(index));
      return;
    }
    const scored = rescoreColumns(columns, msg.model);
    columns = { ...columns, ...scored };
    const index = msg.parts ? null : detachIndex(buildFilterIndex(columns, dims));
    const parts = msg.parts ? buildScoredIndexParts(columns, dims) : null;
    // The worker keeps the new score columns for the next rescore: the page gets copies.
    const sent: ScoredColumns = {
      modelScore: scored.modelScore.slice(),
      modelLevel: scored.modelLevel.slice(),
      score: scored.score.slice(),
      level: scored.level.slice(),
    };
    post({ type: 'rescore', id: msg.id, index, parts, scored: sent }, buffers([index, parts, sent]));
  } catch (err) {
    failed(msg.id, err);
  }
};

post({ type: 'ready', id: 0 });
