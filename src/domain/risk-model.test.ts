import { describe, expect, it } from 'vitest';
import {
  compileModel,
  DEFAULT_RISK_MODEL,
  explainRisk,
  levelForScore,
  scoreAll,
  type CompiledModel,
  type RiskColumns,
  type RiskInputs,
} from './risk-model.ts';
import { parseRiskModel } from './risk-model-json.ts';
import { sectorCode } from './sectors.ts';
import { flagBit } from './flags.ts';

const base: RiskInputs = {
  sector: sectorCode('machinery'),
  flags: 0,
  scale: 4,
  employees: 0,
  stdGrade: 3,
  hazardsOpen: 0,
  hazardsOverdue: 0,
  hazardsOpenMajor: 0,
  accidents3y: 0,
  majorAccident3y: 0,
  penalties1y: 0,
};
const c = compileModel(DEFAULT_RISK_MODEL);

function riskColumns(n: number): RiskColumns {
  return {
    length: n,
    sector: new Uint8Array(n),
    flags: new Uint16Array(n),
    scale: new Uint8Array(n),
    employees: new Int32Array(n),
    stdGrade: new Uint8Array(n),
    hazardsOpen: new Uint16Array(n),
    hazardsOverdue: new Uint16Array(n),
    hazardsOpenMajor: new Uint16Array(n),
    accidents3y: new Uint8Array(n),
    majorAccident3y: new Uint8Array(n),
    penalties1y: new Uint8Array(n),
  };
}

/** scoreAll over every row against explainRisk of the same row. */
function expectBulkMatches(cm: CompiledModel, cols: RiskColumns): void {
  const score = new Float32Array(cols.length),
    level = new Uint8Array(cols.length);
  scoreAll(cm, cols, score, level);
  for (let i = 0; i < cols.length; i++) {
    const r = explainRisk(cm, {
      sector: cols.sector[i],
      flags: cols.flags[i],
      scale: cols.scale[i],
      employees: cols.employees[i],
      stdGrade: cols.stdGrade[i],
      hazardsOpen: cols.hazardsOpen[i],
      hazardsOverdue: cols.hazardsOverdue[i],
      hazardsOpenMajor: cols.hazardsOpenMajor[i],
      accidents3y: cols.accidents3y[i],
      majorAccident3y: cols.majorAccident3y[i],
      penalties1y: cols.penalties1y[i],
    });
    expect(score[i]).toBeCloseTo(r.score, 4);
    expect(level[i]).toBe(r.level);
  }
}

describe('risk model', () => {
  it('scores a small machinery workshop by hand', () => {
    // sector 12 + scale micro 1 + employees 0 = 13; grade 3 factor 1.0; no dynamic factors.
    const r = explainRisk(c, base);
    expect(r.score).toBeCloseTo(13);
    expect(r.level).toBe(3);
    expect(r.veto).toBeNull();
  });

  it('adds flags, employees, management and dynamic factors, with caps', () => {
    const x = {
      ...base,
      flags: flagBit('three_in_one') | flagBit('dust_explosion'),
      employees: 250,
      stdGrade: 0,
      hazardsOpen: 7,
      hazardsOverdue: 1,
      penalties1y: 5,
    };
    // inherent 12 + 10 + 8 + 1 + 2.5 = 33.5; x1.15 = 38.525; open min(10, 14) = 10; overdue 4; penalties min(9, 15) = 9
    const r = explainRisk(c, x);
    expect(r.score).toBeCloseTo(33.5 * 1.15 + 10 + 4 + 9);
    expect(r.level).toBe(0);
    expect(r.contributions.reduce((s, p) => s + p.value, 0)).toBeCloseTo(r.score);
  });

  it('matches the worked example of docs/risk-model.md', () => {
    const x = {
      ...base,
      sector: sectorCode('textile'),
      flags: flagBit('leased') | flagBit('three_in_one'),
      employees: 12,
      stdGrade: 0,
      hazardsOpen: 2,
      hazardsOverdue: 1,
      penalties1y: 1,
    };
    expect(explainRisk(c, x).score).toBeCloseTo(38.738, 3);
    expect(explainRisk(c, x).level).toBe(1);
    expect(explainRisk(c, { ...x, hazardsOpen: 1, hazardsOverdue: 0 }).level).toBe(2);
  });

  it('applies each veto', () => {
    expect(explainRisk(c, { ...base, hazardsOpen: 1, hazardsOpenMajor: 1 })).toMatchObject({
      level: 0,
      veto: 'openMajorHazard',
    });
    expect(explainRisk(c, { ...base, majorAccident3y: 1 })).toMatchObject({ level: 0, veto: 'majorAccident3y' });
  });

  it('maps threshold edges to the higher level', () => {
    const t = DEFAULT_RISK_MODEL.thresholds;
    expect(levelForScore(t, t.major)).toBe(0);
    expect(levelForScore(t, t.major - 0.001)).toBe(1);
    expect(levelForScore(t, t.significant)).toBe(1);
    expect(levelForScore(t, t.general)).toBe(2);
    expect(levelForScore(t, t.general - 0.001)).toBe(3);
  });

  it('bulk scoring agrees with the explanation', () => {
    const n = 500;
    let seed = 7;
    const rnd = (k: number) => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % k;
    };
    const cols = riskColumns(n);
    for (let i = 0; i < n; i++) {
      cols.sector[i] = rnd(17);
      cols.flags[i] = rnd(1024);
      cols.scale[i] = rnd(5);
      cols.employees[i] = rnd(2000);
      cols.stdGrade[i] = rnd(4);
      cols.hazardsOpen[i] = rnd(6);
      cols.hazardsOverdue[i] = rnd(3);
      cols.hazardsOpenMajor[i] = rnd(30) === 0 ? 1 : 0;
      cols.accidents3y[i] = rnd(3);
      cols.majorAccident3y[i] = rnd(100) === 0 ? 1 : 0;
      cols.penalties1y[i] = rnd(4);
    }
    expectBulkMatches(c, cols);
  });
});

describe('bulk scoring with other weights', () => {
  it('agrees with the explanation for fractional flag weights, and ignores bits outside FLAGS', () => {
    const model = structuredClone(DEFAULT_RISK_MODEL);
    model.inherent.flags = {
      hazchem_user: 0.1,
      dust_explosion: 0.7,
      three_in_one: 3.3,
      leased: 1.9,
      crowded_place: 0.05,
    };
    model.inherent.max = 23.7;
    const cm = compileModel(model);
    const n = 1024;
    const cols = riskColumns(n);
    for (let i = 0; i < n; i++) {
      // Every mask of the ten flags, with a bit above them on every other row.
      cols.flags[i] = i | (i & 1 ? 1 << 13 : 0);
      cols.sector[i] = i % 17;
      cols.scale[i] = i % 5;
      cols.employees[i] = (i * 37) % 900;
      cols.stdGrade[i] = i % 4;
      cols.hazardsOpen[i] = i % 3;
    }
    expectBulkMatches(cm, cols);
  });
});

describe('risk model JSON', () => {
  it('completes a partial model from the default', () => {
    const r = parseRiskModel('{"thresholds": {"major": 70}}');
    expect(r.ok && r.model.thresholds).toEqual({ ...DEFAULT_RISK_MODEL.thresholds, major: 70 });
  });
  it.each([
    ['{not json', /not valid JSON/],
    ['{"thresholds": {"major": "high"}}', /thresholds.major must be a number/],
    ['{"thresholds": {"major": 10}}', /major > significant > general/],
    ['{"veto": {"openMajorHazard": 1}}', /true or false/],
    ['[1,2]', /must be an object/],
  ])('rejects %s with a clear message', (text, message) => {
    const r = parseRiskModel(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
