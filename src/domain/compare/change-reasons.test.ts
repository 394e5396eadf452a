import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MODEL, type RiskInputs } from '../risk-model.ts';
import { changeReasons } from './change-reasons.ts';

const base: RiskInputs = {
  sector: 0,
  flags: 0,
  scale: 3,
  employees: 50,
  stdGrade: 2,
  hazardsOpen: 0,
  hazardsOverdue: 0,
  hazardsOpenMajor: 0,
  accidents3y: 0,
  majorAccident3y: 0,
  penalties1y: 0,
};

describe('changeReasons', () => {
  it('names the one input that changed, with its points then and now', () => {
    const r = changeReasons(DEFAULT_RISK_MODEL, base, { ...base, accidents3y: 1 });
    expect(r.lines).toHaveLength(1);
    const l = r.lines[0];
    expect(l).toMatchObject({ key: 'accident3y', then: 0, now: 1, pointsThen: 0 });
    // One accident is worth the model's per-accident points (below its cap).
    const { each, max } = DEFAULT_RISK_MODEL.dynamic.accident3y;
    expect(l.pointsNow).toBeCloseTo(Math.min(each, max), 6);
    expect(r.now.score - r.then.score).toBeCloseTo(l.pointsNow, 6);
  });

  it('finds a flag gained, which had no contribution then', () => {
    const r = changeReasons(DEFAULT_RISK_MODEL, base, { ...base, flags: 1 });
    expect(r.lines.map((l) => [l.key, l.then, l.now])).toContainEqual([expect.stringMatching(/^flag:/), 0, 1]);
  });

  it('has no line when nothing changed, and carries the assessments', () => {
    const r = changeReasons(DEFAULT_RISK_MODEL, base, base, { then: 2, now: 1 });
    expect(r.lines).toEqual([]);
    expect([r.assessedThen, r.assessedNow]).toEqual([2, 1]);
  });

  it('orders the lines by the size of the change', () => {
    const r = changeReasons(DEFAULT_RISK_MODEL, base, { ...base, accidents3y: 2, penalties1y: 1 });
    const size = r.lines.map((l) => Math.abs(l.pointsNow - l.pointsThen));
    expect(size).toEqual([...size].sort((a, b) => b - a));
    expect(r.lines.map((l) => l.key).sort()).toEqual(['accident3y', 'penalty1y']);
  });
});
