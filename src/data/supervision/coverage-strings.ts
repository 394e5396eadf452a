/**
 * The text of the inspection coverage table (检查覆盖): its headers, shared by the supervision tab's
 * table and its CSV and Excel export, and the names of the groups that hold the enterprises in none.
 * The status words are the inspection status's own (INSPECTION_BITS), "no unit" the yearly plan's.
 */
import { INSPECTION_BITS } from '../../domain/supervision/index.ts';
import { defineStrings } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';
import { COLUMN_HEADERS } from '../common/columns/column-strings.ts';
import { EXPORT_PLAN_TEXT } from '../export-plan-strings.ts';

const bit = (key: (typeof INSPECTION_BITS)[number]['key']) => INSPECTION_BITS.find((b) => b.key === key)!;

export const COVERAGE_TEXT = defineStrings({
  town: WORDS.town,
  grid: WORDS.grid,
  unit: COLUMN_HEADERS.inspectingUnit,
  gridWorker: WORDS.gridWorker,
  enterprises: WORDS.enterpriseCount,
  /** A class's column: its key. */
  classColumn: { zh: '{0}类', en: 'Class {0}' },
  thisYear: bit('thisYear'),
  overdue: bit('overdue'),
  never: bit('never'),
  atCap: { zh: '已达/超过上限', en: 'At or over the cap' },
  overCap: { zh: '其中超过上限', en: 'Of which over the cap' },
  rate: { zh: '本年检查覆盖率', en: 'Coverage this year' },
  ratePercent: { zh: '本年检查覆盖率（%）', en: 'Coverage this year (%)' },
  noTown: { zh: '不在任何镇街', en: 'In no town' },
  noGrid: { zh: '不在任何网格', en: 'In no grid cell' },
  noUnit: EXPORT_PLAN_TEXT.noUnit,
  /** The list in the download's file name and its About sheet (export-meta.ts). */
  fileName: { zh: '检查覆盖', en: 'inspection-coverage' },
  /** The sheet's name in the .xlsx. */
  sheetName: { zh: '检查覆盖统计', en: 'Inspection coverage' },
});
