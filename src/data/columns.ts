/**
 * The in-memory, columnar form of a dataset's enterprises: one typed array per attribute, row i of
 * every array is enterprise i. This is what the bundle loader yields, what the filter engine and
 * aggregations scan, and what deck.gl layers read as binary attributes. Pure data: no React or map
 * imports, so it runs in workers, scripts and tests alike.
 *
 * Sentinels: -1 means "none" in the Int16 area columns (town, grid, park) and in `assessedLevel`;
 * NaN means "none" in `assessedScore`.
 */
export interface EnterpriseColumns {
  /** Number of enterprises (rows). */
  length: number;
  /** WGS84 longitude and latitude, degrees. */
  lon: Float64Array;
  lat: Float64Array;
  /** Leaf sector code: index into SECTORS (src/domain/sectors.ts). */
  sector: Uint8Array;
  /** 0 unknown, 1 large, 2 medium, 3 small, 4 micro (SCALES). */
  scale: Uint8Array;
  employees: Int32Array;
  /** Bitmask over FLAGS (src/domain/flags.ts). */
  flags: Uint16Array;
  /** Safety standardisation grade, 0 none, 1 (best) to 3. */
  stdGrade: Uint8Array;
  accidents3y: Uint8Array;
  /** 1 when a major accident happened within three years. */
  majorAccident3y: Uint8Array;
  penalties1y: Uint8Array;
  /** Assessed score 0-100 from an external assessment, NaN when absent. */
  assessedScore: Float32Array;
  /** Assessed level code 0-3, -1 when absent. */
  assessedLevel: Int8Array;
  /** Score and level from the risk model (src/domain/risk-model.ts). */
  modelScore: Float32Array;
  modelLevel: Uint8Array;
  /** The score and level shown on the map: assessed when present, else modelled. */
  score: Float32Array;
  level: Uint8Array;
  /** Index into the dataset's towns, grid cells, parks; -1 when outside all of them. */
  town: Int16Array;
  grid: Int16Array;
  park: Int16Array;
  /** Park type code of the enterprise's park (PARK_TYPES), -1 when not in any park. */
  parkType: Int8Array;
  /** Hazard ledger summaries per enterprise, as of the data date. */
  hazardsTotal: Uint16Array;
  hazardsOpen: Uint16Array;
  hazardsOpenMajor: Uint16Array;
  hazardsOverdue: Uint16Array;
  /** Number of open hazards under listed supervision (挂牌督办). */
  hazardsListed: Uint16Array;
}

export const SCALES = [
  { key: '', zh: '未知', en: 'Unknown' },
  { key: 'large', zh: '大型', en: 'Large' },
  { key: 'medium', zh: '中型', en: 'Medium' },
  { key: 'small', zh: '小型', en: 'Small' },
  { key: 'micro', zh: '微型', en: 'Micro' },
] as const;

/** Scale code for a CSV value; -1 when unknown (0 is "not given"). */
export function scaleCode(value: string): number {
  const v = value.trim().toLowerCase();
  if (v === '') return 0;
  const i = SCALES.findIndex((s) => s.key === v || s.zh === v);
  return i > 0 ? i : -1;
}

/** A copy of every column with its own buffer (columns may be views into one large Arrow buffer: only their own bytes are copied). */
export function copyColumns(c: EnterpriseColumns): EnterpriseColumns {
  return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, ArrayBuffer.isView(v) ? (v as Uint8Array).slice() : v])) as unknown as EnterpriseColumns;
}
