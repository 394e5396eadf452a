/**
 * Scores and levels of every enterprise under a model: the model's own (modelScore, modelLevel) and
 * the ones shown (the assessed score and level where the data has them, the model's otherwise).
 */
import { compileModel, scoreAll, type RiskModel } from '../domain/risk-model.ts';
import type { EnterpriseColumns } from './columns.ts';

export type ScoredColumns = Pick<EnterpriseColumns, 'modelScore' | 'modelLevel' | 'score' | 'level'>;

export function rescoreColumns(c: EnterpriseColumns, model: RiskModel): ScoredColumns {
  const n = c.length;
  const modelScore = new Float32Array(n);
  const modelLevel = new Uint8Array(n);
  scoreAll(compileModel(model), c, modelScore, modelLevel);
  const score = new Float32Array(n);
  const level = new Uint8Array(n);
  const { assessedLevel, assessedScore } = c;
  for (let i = 0; i < n; i++) {
    const al = assessedLevel[i],
      as = assessedScore[i];
    const assessed = al >= 0;
    level[i] = assessed ? al : modelLevel[i];
    // as === as: not NaN.
    score[i] = assessed && as === as ? as : modelScore[i];
  }
  return { modelScore, modelLevel, score, level };
}
