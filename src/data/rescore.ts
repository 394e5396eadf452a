/**
 * Scores and levels of every enterprise under a model: the model's own (modelScore, modelLevel) and
 * the ones shown (the assessed score and level where the data has them, the model's otherwise).
 */
import { compileModel, scoreAll, type RiskModel } from '../domain/risk-model.ts';
import type { EnterpriseColumns } from './columns.ts';

export function rescoreColumns(c: EnterpriseColumns, model: RiskModel): Pick<EnterpriseColumns, 'modelScore' | 'modelLevel' | 'score' | 'level'> {
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
  return { modelScore, modelLevel, score, level };
}
