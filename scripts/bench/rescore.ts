/**
 * rescore-1m: recomputing every enterprise's score and level with the default risk model (what the
 * what-if panel does after an edit). Peer: the same model applied through explainRisk, one object
 * per row, the way a straightforward implementation would (timed on 100k rows and scaled).
 */
import type { EnterpriseColumns } from '../../src/data/columns.ts';
import { compileModel, DEFAULT_RISK_MODEL, explainRisk, scoreAll } from '../../src/domain/risk-model.ts';
import { fmt, median, timeRuns } from './stats.ts';

export function benchRescore(c: EnterpriseColumns): string {
  const compiled = compileModel(DEFAULT_RISK_MODEL);
  const score = new Float32Array(c.length);
  const level = new Uint8Array(c.length);
  const ours = median(timeRuns(() => scoreAll(compileModel(DEFAULT_RISK_MODEL), c, score, level), 9));
  const sample = Math.min(100_000, c.length);
  const t0 = performance.now();
  for (let i = 0; i < sample; i++) {
    explainRisk(compiled, {
      sector: c.sector[i],
      flags: c.flags[i],
      scale: c.scale[i],
      employees: c.employees[i],
      stdGrade: c.stdGrade[i],
      hazardsOpen: c.hazardsOpen[i],
      hazardsOverdue: c.hazardsOverdue[i],
      hazardsOpenMajor: c.hazardsOpenMajor[i],
      accidents3y: c.accidents3y[i],
      majorAccident3y: c.majorAccident3y[i],
      penalties1y: c.penalties1y[i],
    });
  }
  const perRow = ((performance.now() - t0) * c.length) / sample;
  return `rescore-1m: ours_ms=${fmt(ours)} rows=${c.length} per_row_objects_ms=${fmt(perRow)}`;
}
