/**
 * The risk model in use and the what-if edits to it. Applying a model rescores every enterprise
 * (scoreAll: one pass over typed arrays), then rebinds the filter engine to the new levels so that
 * the map, KPIs, charts and area risk all follow. Levels under the dataset's own model are kept as
 * the baseline, so the panel can say how many enterprises moved up or down.
 */
import type { SnapshotDiff } from '../data/compare/index.ts';
import { rediff, withChange } from './compare-slice.ts';
import { startTiming } from './timings.ts';
import type { StateCreator } from 'zustand';
import { DEFAULT_RISK_MODEL, type RiskModel } from '../domain/risk-model.ts';
import { rescoreColumns } from '../data/rescore.ts';
import type { FilterIndex } from '../data/filter-engine.ts';
import type { DatasetWorker } from '../workers/dataset-worker-client.ts';
import { modelFromJson } from '../domain/risk-model-json.ts';
import type { CoreDataset } from '../data/dataset.ts';
import type { AppState } from './store.ts';
import type { SupervisionStatus } from '../domain/supervision/index.ts';
import { statusOf, withStatus } from './supervision-slice.ts';

export interface ModelSlice {
  /** The dataset's own model (default or its risk-model.json). */
  baseModel: RiskModel;
  model: RiskModel;
  /** True while the model in use differs from the dataset's own: the levels shown are hypothetical. */
  whatIf: boolean;
  /** Shown level of each enterprise under the base model. */
  baselineLevel: Uint8Array | null;
  modelError: string | null;
  /** True while a worker rescores a large dataset. */
  rescoring: boolean;
  /** The dataset worker of a large dataset (it indexes and rescores it), or null. */
  worker: DatasetWorker | null;
  setWorker(w: DatasetWorker | null): void;
  /** Rescores with `model`; returns false (and keeps the model in use) when it is invalid. */
  applyModel(model: unknown): boolean;
  resetModel(): void;
  /** Internal: set the base model for a freshly loaded dataset. */
  initModel(d: CoreDataset): void;
}

export const createModelSlice: StateCreator<AppState, [], [], ModelSlice> = (set, get) => {
  // Numbers the rescores, so a late answer from the worker for a model since replaced is dropped.
  let rescoreSeq = 0;
  return {
    baseModel: DEFAULT_RISK_MODEL,
    model: DEFAULT_RISK_MODEL,
    whatIf: false,
    baselineLevel: null,
    modelError: null,
    rescoring: false,
    worker: null,
    setWorker: (worker) => {
      get().worker?.terminate();
      set({ worker });
    },
    initModel: (d) => {
      const parsed = d.manifest.riskModel ? modelFromJson(d.manifest.riskModel) : null;
      const base = parsed?.ok ? parsed.model : DEFAULT_RISK_MODEL;
      set({ baseModel: base, model: base, whatIf: false, baselineLevel: d.enterprises.level, modelError: null });
    },
    applyModel: (json) => {
      const parsed = modelFromJson(json);
      if (!parsed.ok) {
        set({ modelError: parsed.error });
        return false;
      }
      const d = get().dataset;
      if (!d) return false;
      const id = ++rescoreSeq;
      const show = (
        scored: ReturnType<typeof rescoreColumns>,
        index?: FilterIndex,
        workerStatus?: SupervisionStatus | null,
        workerDiff?: SnapshotDiff | null,
      ) => {
        const now = get().dataset;
        // A newer edit, or another dataset, has overtaken this one.
        if (id !== rescoreSeq || !now) return;
        const rescored = { ...now, enterprises: { ...now.enterprises, ...scored } };
        // The supervision classes follow the levels: the worker recomputed the status, the page does it here.
        const status =
          workerStatus !== undefined ? workerStatus : statusOf(rescored, get().inspections, get().supervision);
        // Up and down since a compared snapshot follow the levels too.
        const cmp = get().comparison;
        const diff = workerDiff ?? (cmp ? rediff(cmp, rescored.enterprises) : null);
        const next = {
          ...rescored,
          enterprises: withChange(withStatus(rescored.enterprises, status), diff),
        };
        if (status) set({ supervisionStatus: status });
        if (cmp && diff) set({ comparison: { ...cmp, diff } });
        get().bindDataset(next, index);
        // Models are small: comparing their JSON is exact and cheap.
        const whatIf = JSON.stringify(parsed.model) !== JSON.stringify(get().baseModel);
        set({ dataset: next, model: parsed.model, whatIf, modelError: null, rescoring: false });
        get().setFilters({});
      };
      const worker = get().worker;
      if (worker) {
        set({ rescoring: true, modelError: null });
        const doneWorker = startTiming('rescore-worker');
        const done = startTiming('rescore');
        worker.rescore(parsed.model).then(
          (r) => {
            doneWorker();
            show(r.scored, r.index, r.status, r.diff);
            done();
          },
          (e: Error) => set({ modelError: e.message, rescoring: false }),
        );
      } else {
        const done = startTiming('rescore');
        show(rescoreColumns(d.enterprises, parsed.model));
        done();
      }
      return true;
    },
    resetModel: () => {
      get().applyModel(get().baseModel);
    },
  };
};
