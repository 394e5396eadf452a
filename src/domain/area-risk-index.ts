/**
 * The composite area risk index (区域风险指数), 0-100, for a town, grid cell or park, computed over the
 * enterprises currently selected in it. Plain-words explanation and a worked example: docs/area-risk.md.
 *
 * In two sentences: the index is 50% how severe the area's enterprises are (their average level weight,
 * red 8, orange 4, yellow 2, blue 1, scaled so all-blue is 0 and all-red is 100), 30% how concentrated
 * that risk is on the ground (the sum of level weights per km², on a log scale that reaches 100 at 1,000
 * per km²) and 20% hazard pressure (open major hazards ×5 plus overdue hazards, per enterprise, reaching
 * 100 at 0.5 per enterprise). Every part has a fixed cap rather than being scaled to the other areas, so
 * an area's index changes only when its own enterprises change, and a number in this week's bulletin
 * means the same as last week's.
 *
 * Pure: no React, DOM or map imports.
 */

/** Parameters of the index. Every field is a documented, bureau-adjustable default. */
export interface AreaRiskParams {
  /** Weight of one enterprise per level code 0..3 (major/red, significant/orange, general/yellow, low/blue). */
  levelWeights: readonly [number, number, number, number];
  /** Weights of the three parts; they need not sum to 1 (they are normalised over the parts that apply). */
  weights: { readonly severity: number; readonly density: number; readonly hazards: number };
  /** Level weights per km² at which the density part reaches 100 (log scale below it). */
  densityCap: number;
  /** How many overdue hazards one open major hazard (重大事故隐患) counts as in the hazard part. */
  majorHazardWeight: number;
  /** Hazard pressure per enterprise at which the hazard part reaches 100 (linear below it). */
  hazardCap: number;
}

/**
 * The defaults. Why these numbers:
 * - level weights 8/4/2/1 double per level, the usual reading of the four-colour map (a red enterprise
 *   weighs as much as eight blue ones);
 * - 0.5/0.3/0.2: what the enterprises are dominates; density says where it piles up; hazards are the
 *   live signal but also the noisiest (they open and close weekly), so they get the smallest share;
 * - density cap 1,000 per km²: about 500 typical enterprises (mean weight ~1.8) per km², a dense small
 *   and micro enterprise park; a district average of ~30 enterprises per km² lands near 60 on the log scale;
 * - major hazard ×5 and cap 0.5: one open major hazard per 10 enterprises, or one overdue hazard per 2
 *   enterprises, saturates the hazard part.
 */
export const AREA_RISK_DEFAULTS: Readonly<AreaRiskParams> = Object.freeze({
  levelWeights: [8, 4, 2, 1] as const,
  weights: Object.freeze({ severity: 0.5, density: 0.3, hazards: 0.2 }),
  densityCap: 1000,
  majorHazardWeight: 5,
  hazardCap: 0.5,
});

/** What the index needs to know about one area (selected enterprises only). */
export interface AreaRiskInput {
  /** Selected enterprises per level code 0..3. */
  byLevel: ArrayLike<number>;
  /** Area in km²; 0, negative or NaN when unknown (the density part is then left out). */
  areaKm2: number;
  /** Sum of open major hazards (重大事故隐患 not closed) over the selected enterprises. */
  openMajorHazards: number;
  /** Sum of overdue hazards over the selected enterprises. */
  overdueHazards: number;
}

/** The index and its three parts, each 0-100; NaN everywhere when the area has no enterprise. */
export interface AreaRiskParts {
  /** Average level weight, scaled so all-lowest-weight = 0 and all-highest-weight = 100. */
  severity: number;
  /** log10(1 + weights per km²) / log10(1 + cap), capped at 100; NaN when the area size is unknown. */
  density: number;
  /** (majorHazardWeight × open major + overdue) / enterprises / hazardCap, capped at 100. */
  hazards: number;
  /** Weighted mean of the parts that apply. */
  index: number;
}

/**
 * The index with its parts, for tooltips and the bulletin's "why is this area red" line.
 * Empty areas (no selected enterprise) give NaN: "no data", not "no risk", so a choropleth can hatch
 * them instead of painting them the lowest class. When the area size is unknown the density part is
 * NaN and the index is the weighted mean of the other two (their weights renormalised).
 */
export function areaRiskParts(
  input: AreaRiskInput,
  params: Readonly<AreaRiskParams> = AREA_RISK_DEFAULTS,
): AreaRiskParts {
  const w = params.levelWeights;
  let n = 0,
    weighted = 0;
  for (let l = 0; l < 4; l++) {
    const c = input.byLevel[l] ?? 0;
    n += c;
    weighted += c * w[l];
  }
  if (n === 0) return { severity: NaN, density: NaN, hazards: NaN, index: NaN };

  const wMin = Math.min(w[0], w[1], w[2], w[3]);
  const wMax = Math.max(w[0], w[1], w[2], w[3]);
  // With all weights equal, severity carries no information: call it 0 rather than divide by zero.
  const severity = wMax > wMin ? (100 * (weighted / n - wMin)) / (wMax - wMin) : 0;

  const km2 = input.areaKm2;
  // Log scale: densities span three orders of magnitude between rural grid cells and parks; a linear
  // scale would leave every rural cell near 0 and saturate every park.
  const density =
    km2 > 0 && Number.isFinite(km2) && params.densityCap > 0
      ? Math.min(100, (100 * Math.log10(1 + weighted / km2)) / Math.log10(1 + params.densityCap))
      : NaN;

  const pressure = (params.majorHazardWeight * input.openMajorHazards + input.overdueHazards) / n;
  const hazards = params.hazardCap > 0 ? Math.min(100, (100 * pressure) / params.hazardCap) : 0;

  const { severity: ws, density: wd, hazards: wh } = params.weights;
  const hasDensity = density === density;
  const total = ws + wh + (hasDensity ? wd : 0);
  const index = total > 0 ? (ws * severity + wh * hazards + (hasDensity ? wd * density : 0)) / total : NaN;
  return { severity, density, hazards, index };
}

/** The composite area risk index, 0-100; NaN for an area with no selected enterprise. See {@link areaRiskParts}. */
export function areaRiskIndex(input: AreaRiskInput, params: Readonly<AreaRiskParams> = AREA_RISK_DEFAULTS): number {
  return areaRiskParts(input, params).index;
}
