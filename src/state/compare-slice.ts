/**
 * The comparison with an earlier snapshot of the district (`?compare=` in the address): the earlier
 * dataset, both snapshots as the diff reads them, and what changed (src/data/compare). Like the
 * inspection status, the change is a column of the dataset (`changeState`) that the filter engine,
 * the map and the tables read; it is computed in the dataset worker for a large dataset, and again
 * after a what-if rescore (up and down follow the levels).
 */
import type { StateCreator } from 'zustand';
import type { Snapshot, SnapshotDiff } from '../data/compare/index.ts';
import type { EnterpriseColumns } from '../data/columns.ts';
import type { CoreDataset, Dataset } from '../data/dataset.ts';
import { parseDay } from '../data/dates.ts';
import type { DatasetSource } from './dataset-source.ts';
import { CHANGES_LAYER } from './layers-slice.ts';
import { startTiming } from './timings.ts';
import { createFilterEngine, type FilterEngine, type FilterIndex, type FilterResult } from '../data/filter-engine.ts';
import { DatasetWorker, wantsWorker } from '../workers/dataset-worker-client.ts';
import { TextSearch } from '../data/text-search.ts';
import type { UiFilters } from '../data/filter-state.ts';
import type { AllAreaMetrics } from '../data/area/area-metrics.ts';
import { selectionAreaMetrics } from '../data/area/area-change.ts';
import type { AppState } from './store.ts';

export interface Comparison {
  source: DatasetSource;
  /** The earlier snapshot: its first picture, names and ledgers. */
  earlier: Dataset;
  prev: Snapshot;
  cur: Snapshot;
  diff: SnapshotDiff;
}

export interface CompareSlice {
  comparison: Comparison | null;
  /**
   * The earlier snapshot's figures under the filters in use (the KPI tiles' "较上期"), or null: no
   * comparison, or a filter the earlier snapshot has no data for (the inspection status, the change).
   */
  earlierResult: FilterResult | null;
  /**
   * The earlier snapshot's area metrics under the filters in use, beside `areaMetrics` (the same towns,
   * grid cells and parks in the same order): null with `earlierResult` null. Follows every filter run.
   */
  earlierAreaMetrics: AllAreaMetrics | null;
  /** `off`: no comparison asked for; `waiting`: for the current names and ledger or the earlier snapshot. */
  compareState: 'off' | 'waiting' | 'computing' | 'ready' | 'error';
  compareError: string | null;
  /** The address asks for a comparison with `source`: the earlier dataset is on its way. */
  startCompare(source: DatasetSource, earlier: Promise<Dataset>): void;
  /** Internal: the comparison's error (the earlier snapshot could not be read, or is another district's). */
  setCompareError(message: string): void;
}

/** A snapshot's data date as a day number. */
const dayOf = (d: CoreDataset) => parseDay(d.manifest.asOf) ?? 0;

/** Columns with the change codes of `diff`, for the filter engine and the map. */
export const withChange = (c: EnterpriseColumns, diff: SnapshotDiff | null): EnterpriseColumns =>
  diff ? { ...c, changeState: diff.changeState } : c;

/**
 * The diff's code, loaded with the first comparison (most views never compare: the first map's
 * JavaScript stays as it was).
 */
let lib: typeof import('../data/compare/index.ts') | null = null;
const loadLib = async () => (lib ??= await import('../data/compare/index.ts'));

/** The change under the current levels (after a rescore on the page's own thread; a comparison has loaded the code). */
export const rediff = (cmp: Comparison, c: EnterpriseColumns): SnapshotDiff =>
  lib!.diffSnapshots(cmp.prev, { ...cmp.cur, level: c.level, score: c.score });

/** Whether the earlier snapshot has the data of every filter in use (it has no inspection status or change of its own). */
export const earlierApplies = (f: UiFilters): boolean => f.inspection === 0 && f.change === 0;

/** The earlier snapshot's own filter engine and text search (built on first use). */
interface EarlierEngine {
  of: Dataset;
  engine: FilterEngine;
  search: TextSearch | null;
  mask: Uint8Array;
}

function runEarlier(e: EarlierEngine, f: UiFilters): FilterResult {
  let text: Uint8Array | null = null;
  if (f.query.trim() !== '') {
    e.search ??= new TextSearch(e.of.text, e.of.enterprises.length);
    text = e.search.match(f.query, e.mask) === null ? null : e.mask;
  }
  return e.engine.run({ ...f, text });
}

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set, get, api) => {
  // Numbers the requests: a late answer for a dataset since replaced is dropped.
  let seq = 0;
  let earlierEngine: EarlierEngine | null = null;
  /** The earlier snapshot whose filter index a dataset worker is building (a large one), if any. */
  let indexing: Dataset | null = null;
  const earlierFigures = (s: AppState): FilterResult | null => {
    const cmp = s.comparison;
    if (!cmp || !earlierApplies(s.filters)) return null;
    if (earlierEngine?.of !== cmp.earlier) {
      const e = cmp.earlier,
        m = e.manifest;
      const dims = { towns: m.towns.length, grids: m.grids.length, parks: m.parks.length };
      const engineOf = (index?: FilterIndex): EarlierEngine => ({
        of: e,
        engine: createFilterEngine(e.enterprises, dims, index),
        search: null,
        mask: new Uint8Array(e.enterprises.length),
      });
      // A large snapshot's index is built in a worker of its own (a quarter of a second at a million
      // rows on the page would freeze it): the tiles say "–" until it is here.
      if (wantsWorker(e.enterprises.length)) {
        if (indexing !== e) {
          indexing = e;
          const worker = new DatasetWorker(e.enterprises, dims);
          worker.index().then(
            (index) => {
              worker.terminate();
              if (get().comparison?.earlier !== e) return;
              earlierEngine = engineOf(index);
              set({ earlierResult: earlierFigures(get()) });
            },
            () => {
              worker.terminate();
              // Without the worker the page builds it, slower but still right.
              if (get().comparison?.earlier !== e) return;
              earlierEngine = engineOf();
              set({ earlierResult: earlierFigures(get()) });
            },
          );
        }
        return null;
      }
      earlierEngine = engineOf();
    }
    return runEarlier(earlierEngine, s.filters);
  };
  // Every filter run, the earlier snapshot's figures follow.
  api.subscribe((s, before) => {
    if (s.resultVersion !== before.resultVersion || s.comparison !== before.comparison)
      if (s.comparison || before.comparison) {
        const earlierResult = earlierFigures(s);
        const e = s.comparison?.earlier;
        set({
          earlierResult,
          earlierAreaMetrics:
            e && earlierResult ? selectionAreaMetrics(e.enterprises, earlierResult, e.manifest) : null,
        });
      }
  });
  let pending: { source: DatasetSource; earlier: Dataset; id: number } | null = null;

  /** Both snapshots are here: compare them (in the worker for a large dataset). */
  const compute = async () => {
    const d = get().dataset,
      text = get().text,
      hazards = get().hazards;
    if (!pending || !d || !text || !hazards) return;
    const { source, earlier, id } = pending;
    pending = null;
    const { diffSnapshots, snapshotOf } = await loadLib();
    performance.mark('compare-both-in');
    const prev = snapshotOf(dayOf(earlier), earlier.enterprises, earlier.text, earlier.hazards);
    const cur = snapshotOf(dayOf(d), d.enterprises, text, hazards);
    const show = (diff: SnapshotDiff, index?: Parameters<AppState['bindDataset']>[1]) => {
      const now = get().dataset;
      if (id !== seq || !now) return;
      const next = { ...now, enterprises: withChange(now.enterprises, diff) };
      get().bindDataset(next, index);
      set({
        dataset: next,
        comparison: { source, earlier, prev, cur, diff },
        compareState: 'ready',
        compareError: null,
      });
      performance.mark('compare-ready');
      // A choropleth of the change since the earlier data date (from a link) can be classed now.
      get().freezeMissing();
      // The change filter's values mean something from now on.
      get().setComparing(true);
      // Whoever opens a comparison wants to see the movers: the changes layer comes on, once per
      // comparison (here, not in the layer or its panel, so a what-if's new diff or the user turning
      // it off afterwards is left alone). setLayer ignores an id no kind defines.
      get().setLayer(CHANGES_LAYER, { visible: true });
      get().setFilters({});
    };
    set({ compareState: 'computing' });
    const done = startTiming('compare');
    const worker = get().worker;
    if (worker) {
      worker.compare(prev, cur).then(
        (r) => {
          show(r.diff, r.index);
          done();
        },
        (e: Error) => set({ compareState: 'error', compareError: e.message }),
      );
      return;
    }
    show(diffSnapshots(prev, cur));
    done();
  };

  return {
    comparison: null,
    earlierResult: null,
    earlierAreaMetrics: null,
    compareState: 'off',
    compareError: null,
    startCompare: (source, earlier) => {
      const id = ++seq;
      set({ comparison: null, compareState: 'waiting', compareError: null });
      earlier.then(
        (e) => {
          if (id !== seq) return;
          // Steps of the opening, for the browser benchmark and anyone reading a trace.
          performance.mark('compare-earlier-loaded');
          pending = { source, earlier: e, id };
          void compute();
        },
        (e: unknown) => {
          if (id === seq) get().setCompareError(e instanceof Error ? e.message : String(e));
        },
      );
      // The current names and ledger may still be on their way: compare once they are in.
      const stop = api.subscribe((s) => {
        if (id !== seq) stop();
        else if (s.text && s.hazards && pending) {
          stop();
          void compute();
        }
      });
    },
    setCompareError: (compareError) => set({ compareState: 'error', compareError }),
  };
};
