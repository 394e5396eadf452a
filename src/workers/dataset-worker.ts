/**
 * The heavy work of a large dataset, off the main thread: fetching and decoding its first-picture
 * file (so the page's main thread is free to start the map meanwhile), indexing the columns for the filter engine
 * (~0.3 s at 1,000,000 enterprises) and rescoring every enterprise under a what-if model followed by
 * re-indexing. The columns it loads go to the page, not a copy (the worker keeps none); the first
 * what-if sends it a copy of the page's, which it keeps. It keeps nothing of the indexes it builds:
 * each reply transfers its typed arrays instead of copying them.
 *
 * A rescore changes only the index's parts that depend on the score and level columns (a supervision
 * edit and a comparison's change state likewise); when the page already has an index of this dataset
 * it asks for those parts alone, and puts them beside the rest of the index it has
 * (dataset-worker-client.ts), which halves the bytes moved and keeps the lazy parts the page built.
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
import {
  inspectionStatus,
  type InspectionDates,
  type SupervisionSettings,
  type SupervisionStatus,
} from '../domain/supervision/index.ts';
import { diffSnapshots, type Snapshot, type SnapshotDiff } from '../data/compare/index.ts';

export type WorkerRequest =
  | { type: 'init'; columns: EnterpriseColumns; dims: FilterDims }
  /** Fetch, check and decode enterprises.arrow here, index it, and hand the page the columns (the worker keeps none). */
  | { type: 'load'; id: number; url: string; manifest: DatasetManifest; dims: FilterDims }
  | { type: 'index'; id: number }
  /** `parts`: answer with the index's scored parts only (the page has the rest), else a whole index. */
  | { type: 'rescore'; id: number; model: RiskModel; parts: boolean }
  /**
   * Every enterprise's inspection status under `settings` at `asOf` (a day number), and the index
   * under it. `inspections`: the ledger's dates, sent with the first request (the worker keeps them,
   * and recomputes the status after each rescore, as the classes follow the levels).
   */
  | {
      type: 'supervise';
      id: number;
      settings: SupervisionSettings;
      asOf: number;
      inspections?: InspectionDates;
      parts: boolean;
    }
  /**
   * What changed between an earlier snapshot and this dataset (src/data/compare), and the index with
   * each enterprise's change code. The worker keeps both snapshots: a rescore recomputes the change
   * with the new levels.
   */
  | { type: 'compare'; id: number; prev: Snapshot; cur: Snapshot; parts: boolean };

export type WorkerReply =
  /** Sent once, as soon as the worker's script runs: the page then knows the worker started. */
  | { type: 'ready'; id: 0 }
  /** Indexes come detached from the hazard columns (detachIndex): the page attaches its own. */
  | { type: 'index'; id: number; index: FilterIndex }
  /** `steps`: when the load's steps began and ended, as wall-clock times (ms since 1970; the page and the worker have clocks of their own). */
  | { type: 'loaded'; id: number; columns: EnterpriseColumns; index: FilterIndex; steps: LoadSteps }
  | {
      type: 'rescore';
      id: number;
      index: FilterIndex | null;
      parts: ScoredIndexParts | null;
      scored: ScoredColumns;
      status: SupervisionStatus | null;
      /** The change since the compared snapshot under the new levels, when a comparison is open. */
      diff: SnapshotDiff | null;
    }
  /** `ms`: the status's own time, for the benchmark. */
  | {
      type: 'supervise';
      id: number;
      index: FilterIndex | null;
      parts: ScoredIndexParts | null;
      status: SupervisionStatus;
      ms: number;
    }
  /** `ms`: the diff's own time, for the benchmark. */
  | {
      type: 'compare';
      id: number;
      index: FilterIndex | null;
      parts: ScoredIndexParts | null;
      diff: SnapshotDiff;
      ms: number;
    }
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
/** The ledger and settings of the last supervision request: a rescore recomputes the status with them. */
let supervision: { settings: SupervisionSettings; asOf: number; inspections: InspectionDates } | null = null;

/** The snapshots of the open comparison: a rescore recomputes the change under the new levels. */
let comparison: { prev: Snapshot; cur: Snapshot } | null = null;

/** The change under the worker's levels, put in the columns as their change state. */
function compare(): SnapshotDiff | null {
  if (!columns || !comparison) return null;
  const diff = diffSnapshots(comparison.prev, { ...comparison.cur, level: columns.level, score: columns.score });
  columns = { ...columns, changeState: diff.changeState };
  return diff;
}

/** A diff to send: its arrays copied where the worker keeps them (the change state is in its columns). */
const copyDiff = (d: SnapshotDiff): SnapshotDiff => ({ ...d, changeState: d.changeState.slice() });

/** The status under the kept supervision, put in the columns as their inspection state. */
function supervise(): SupervisionStatus | null {
  if (!columns || !supervision) return null;
  const status = inspectionStatus(columns, supervision.inspections, supervision.asOf, supervision.settings);
  columns = { ...columns, inspectionState: status.state };
  return status;
}

/** The index under the worker's columns: only the scored parts when the page has the rest. */
function indexOf(parts: boolean) {
  const c = columns!,
    d = dims!;
  return {
    index: parts ? null : detachIndex(buildFilterIndex(c, d)),
    parts: parts ? buildScoredIndexParts(c, d) : null,
  };
}

/** Copies of a status's arrays: the worker keeps its state column in its columns. */
const copyStatus = (s: SupervisionStatus): SupervisionStatus => ({
  cls: s.cls,
  last: s.last,
  next: s.next,
  yearCount: s.yearCount,
  state: s.state.slice(),
});

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
    // The page's columns come first, before any supervision request of theirs: no ledger yet.
    supervision = null;
    comparison = null;
    return;
  }
  if (msg.type === 'load') {
    void load(msg);
    // A new dataset: the ledger and the comparison of the last one no longer apply.
    supervision = null;
    comparison = null;
    return;
  }
  try {
    if (!columns || !dims) throw new Error('dataset worker: no dataset');
    if (msg.type === 'index') {
      const index = detachIndex(buildFilterIndex(columns, dims));
      post({ type: 'index', id: msg.id, index }, buffers(index));
      return;
    }
    if (msg.type === 'supervise') {
      const inspections = msg.inspections ?? supervision?.inspections;
      if (!inspections) throw new Error('dataset worker: no inspection ledger');
      supervision = { settings: msg.settings, asOf: msg.asOf, inspections };
      const t0 = performance.now();
      const status = supervise()!;
      const ms = performance.now() - t0;
      const { index, parts } = indexOf(msg.parts);
      const sent = copyStatus(status);
      post({ type: 'supervise', id: msg.id, index, parts, status: sent, ms }, buffers([index, parts, sent]));
      return;
    }
    if (msg.type === 'compare') {
      comparison = { prev: msg.prev, cur: msg.cur };
      const t0 = performance.now();
      const diff = compare()!;
      const ms = performance.now() - t0;
      const { index, parts } = indexOf(msg.parts);
      const sent = copyDiff(diff);
      post({ type: 'compare', id: msg.id, index, parts, diff: sent, ms }, buffers([index, parts, sent]));
      return;
    }
    const scored = rescoreColumns(columns, msg.model);
    columns = { ...columns, ...scored };
    // The classes follow the levels: the status is recomputed before the index is.
    const status = supervise();
    // Up and down follow the levels too.
    const diff = compare();
    const { index, parts } = indexOf(msg.parts);
    // The worker keeps the new score columns for the next rescore: the page gets copies.
    const sent: ScoredColumns = {
      modelScore: scored.modelScore.slice(),
      modelLevel: scored.modelLevel.slice(),
      score: scored.score.slice(),
      level: scored.level.slice(),
    };
    const sentStatus = status && copyStatus(status);
    const sentDiff = diff && copyDiff(diff);
    post(
      { type: 'rescore', id: msg.id, index, parts, scored: sent, status: sentStatus, diff: sentDiff },
      buffers([index, parts, sent, sentStatus, sentDiff]),
    );
  } catch (err) {
    failed(msg.id, err);
  }
};

post({ type: 'ready', id: 0 });
