/**
 * The in-memory, columnar form of a dataset's enterprises: one typed array per attribute, row i of
 * every array is enterprise i. This is what the bundle loader yields, what the filter engine and
 * aggregations scan, and what deck.gl layers read as binary attributes. Pure data: no React or map
 * imports, so it runs in workers, scripts and tests alike.
 *
 * Sentinels: -1 means "none" in the Int16 area columns (town, grid, park) and in `assessedLevel`;
 * NaN means "none" in `assessedScore`.
 *
 * The columns, their types and what each holds are declared once in columns/enterprise-columns.ts;
 * this is the record of the numeric ones' typed arrays (the text columns are `EnterpriseText`).
 */
import type { NumericColumnsOf } from './common/columns/column-types.ts';
import type { EnterpriseColumnTypes } from './common/columns/enterprise-columns.ts';

export type EnterpriseColumns = NumericColumnsOf<EnterpriseColumnTypes> & RuntimeColumns;

/**
 * Columns the app computes from other data rather than reads from the bundle; absent until then.
 * `inspectionState`: each enterprise's inspection status code (src/domain/supervision
 * inspection-status.ts STATE_BITS) under the supervision settings in use, once the inspection ledger is in.
 * `changeState`: each enterprise's change code against an earlier data date (src/domain/compare
 * change-codes.ts CHANGE_CODE_BITS), while a comparison is open.
 */
export interface RuntimeColumns {
  inspectionState?: Uint8Array;
  changeState?: Uint8Array;
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
  return Object.fromEntries(
    Object.entries(c).map(([k, v]) => [k, ArrayBuffer.isView(v) ? (v as Uint8Array).slice() : v]),
  ) as unknown as EnterpriseColumns;
}
