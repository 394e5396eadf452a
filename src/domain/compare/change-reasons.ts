/**
 * Why an enterprise's level moved between two data dates: the risk model's breakdown of both
 * snapshots side by side, one line per indicator whose input or points changed ("近三年事故 0 → 1,
 * +12.0"), the veto then and now, and an external assessment then and now (an assessed level is shown
 * instead of the model's, so a move of the assessment is a reason of its own).
 */
import { FLAGS } from '../flags.ts';
import { compileModel, explainRisk, type RiskBreakdown, type RiskInputs, type RiskModel } from '../risk-model.ts';

/** One indicator that changed: its contribution key (as in the breakdown), its input then and now, its points then and now. */
export interface ReasonLine {
  key: string;
  /** The input's value (a flag: 1 has it, 0 not; sector and scale: their codes). */
  then: number;
  now: number;
  pointsThen: number;
  pointsNow: number;
}

export interface ChangeReasons {
  then: RiskBreakdown;
  now: RiskBreakdown;
  /** Indicators that changed, the largest change of points first. */
  lines: ReasonLine[];
  /** External assessments (level codes, -1 none) then and now. */
  assessedThen: number;
  assessedNow: number;
}

/** The input behind each contribution key of the breakdown. */
function inputOf(key: string, x: RiskInputs): number {
  if (key.startsWith('flag:')) {
    const b = FLAGS.findIndex((f) => f.key === key.slice(5));
    return b >= 0 && x.flags & (1 << b) ? 1 : 0;
  }
  switch (key) {
    case 'sector':
      return x.sector;
    case 'scale':
      return x.scale;
    case 'employees':
      return x.employees;
    case 'management':
      return x.stdGrade;
    case 'openHazard':
      return x.hazardsOpen;
    case 'overdueHazard':
      return x.hazardsOverdue;
    case 'openMajorHazard':
      return x.hazardsOpenMajor;
    case 'accident3y':
      return x.accidents3y;
    case 'penalty1y':
      return x.penalties1y;
    default:
      // Caps (inherentCap, scoreCap) have no input of their own.
      return NaN;
  }
}

const CHANGED = 0.05;

export function changeReasons(
  model: RiskModel,
  then: RiskInputs,
  now: RiskInputs,
  assessed: { then: number; now: number } = { then: -1, now: -1 },
): ChangeReasons {
  const c = compileModel(model);
  const bThen = explainRisk(c, then),
    bNow = explainRisk(c, now);
  const points = (b: RiskBreakdown) => new Map(b.contributions.map((p) => [p.key, p.value]));
  const pThen = points(bThen),
    pNow = points(bNow);
  // Every flag is a possible key, so a flag gained (no contribution then) is found too.
  const keys = new Set([...pThen.keys(), ...pNow.keys(), ...FLAGS.map((f) => `flag:${f.key}`)]);
  const lines: ReasonLine[] = [];
  for (const key of keys) {
    const a = pThen.get(key) ?? 0,
      b = pNow.get(key) ?? 0;
    const inThen = inputOf(key, then),
      inNow = inputOf(key, now);
    const inputChanged = inThen === inThen && inThen !== inNow;
    if (Math.abs(b - a) < CHANGED && !inputChanged) continue;
    lines.push({ key, then: inThen, now: inNow, pointsThen: a, pointsNow: b });
  }
  lines.sort((x, y) => Math.abs(y.pointsNow - y.pointsThen) - Math.abs(x.pointsNow - x.pointsThen));
  return { then: bThen, now: bNow, lines, assessedThen: assessed.then, assessedNow: assessed.now };
}
