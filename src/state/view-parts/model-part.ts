/** The what-if risk model's changes against the default model (src/domain/model-diff.ts), `m=<JSON>`. */
import { modelDiff } from '../../domain/model-diff.ts';
import { DEFAULT_RISK_MODEL } from '../../domain/risk-model.ts';
import type { ViewPart } from './view-part.ts';

export const modelPart: ViewPart<unknown> = {
  field: 'model',
  keys: ['m'],
  write: (model) => [`m=${encodeURIComponent(JSON.stringify(model))}`],
  read: (link) => {
    const m = link.get('m');
    if (m === null) return undefined;
    try {
      return JSON.parse(m);
    } catch {
      link.problems.push('m: not a model');
      return undefined;
    }
  },
  capture: (s) => (s.model === s.baseModel ? undefined : modelDiff(DEFAULT_RISK_MODEL, s.model)),
  apply: (model, x) => {
    const s = x.get();
    if (model !== undefined) {
      if (!s.applyModel(model)) x.problems.push(`m: ${x.get().modelError}`);
    } else if (s.model !== s.baseModel) s.resetModel();
  },
  watch: (s) => s.model,
  history: 'push',
  // First: the filters, the counts and the choropleths' breaks are taken from the scores it gives.
  applyOrder: -1,
};
