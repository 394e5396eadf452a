/**
 * The risk model in use and the what-if edits to it. Applying a model rescores every enterprise
 * (scoreAll: one pass over typed arrays), then rebinds the filter engine to the new levels so that
 * the map, KPIs, charts and area risk all follow. Levels under the dataset's own model are kept as
 * the baseline, so the panel can say how many enterprises moved up or down.
 */
import type { StateCreator } from 'zustand';
import { compileModel, DEFAULT_RISK_MODEL, scoreAll, type RiskModel } from '../domain/risk-model.ts';
import { modelFromJson } from '../domain/risk-model-json.ts';
import type { Dataset } from '../data/dataset.ts';
import type { AppState } from './store.ts';

export interface ModelSlice {
  /** The dataset's own model (default or its risk-model.json). */
  baseModel: RiskModel;
  model: RiskModel;
  /** Shown level of each enterprise under the base model. */
  baselineLevel: Uint8Array | null;
  modelError: string | null;
  /** Rescores with `model`; returns false (and keeps the model in use) when it is invalid. */
  applyModel(model: unknown): boolean;
  resetModel(): void;
  /** Internal: set the base model for a freshly loaded dataset. */
  initModel(d: Dataset): void;
}

/** A copy of the enterprise columns with scores and levels recomputed under `model`. */
export function rescore(d: Dataset, model: RiskModel): Dataset {
  const c = d.enterprises;
  const modelScore = new Float32Array(c.length);
  const modelLevel = new Uint8Array(c.length);
  scoreAll(compileModel(model), c, modelScore, modelLevel);
  const score = new Float32Array(c.length);
  const level = new Uint8Array(c.length);
  for (let i = 0; i < c.length; i++) {
    const assessed = c.assessedLevel[i] >= 0;
    level[i] = assessed ? c.assessedLevel[i] : modelLevel[i];
    score[i] = assessed && !Number.isNaN(c.assessedScore[i]) ? c.assessedScore[i] : modelScore[i];
  }
  return { ...d, enterprises: { ...c, modelScore, modelLevel, score, level } };
}

export const createModelSlice: StateCreator<AppState, [], [], ModelSlice> = (set, get) => ({
  baseModel: DEFAULT_RISK_MODEL,
  model: DEFAULT_RISK_MODEL,
  baselineLevel: null,
  modelError: null,
  initModel: (d) => {
    const parsed = d.manifest.riskModel ? modelFromJson(d.manifest.riskModel) : null;
    const base = parsed?.ok ? parsed.model : DEFAULT_RISK_MODEL;
    set({ baseModel: base, model: base, baselineLevel: d.enterprises.level, modelError: null });
  },
  applyModel: (json) => {
    const parsed = modelFromJson(json);
    if (!parsed.ok) {
      set({ modelError: parsed.error });
      return false;
    }
    const d = get().dataset;
    if (!d) return false;
    performance.mark('rescore-start');
    const next = rescore(d, parsed.model);
    performance.measure('rescore', 'rescore-start');
    get().bindDataset(next);
    set({ dataset: next, model: parsed.model, modelError: null });
    get().setFilters({});
    return true;
  },
  resetModel: () => { get().applyModel(get().baseModel); },
});
