/**
 * The text of the yearly inspection plan's export (export-plan-xlsx.ts): its sheets, headers and
 * summary. The kinds of planned inspection are the domain's (PLAN_KINDS).
 */
import { PLAN_KINDS } from '../domain/supervision/index.ts';
import { defineStrings } from '../domain/text.ts';
import { WORDS } from '../domain/words-strings.ts';
import { COLUMN_HEADERS } from './common/columns/column-strings.ts';

export const EXPORT_PLAN_TEXT = defineStrings({
  /** The list in the download's file name and its About sheet (export-meta.ts); {0} the plan's year. */
  fileName: { zh: '{0}年度监督检查计划', en: 'inspection-plan-{0}' },
  /** Sheets. */
  summarySheet: { zh: '汇总', en: 'Summary' },
  unitSummarySheet: { zh: '单位汇总', en: 'By unit' },
  noUnit: { zh: '未指定单位', en: 'No unit' },
  /** A unit's sheet when its name holds nothing a sheet name may hold; the unit column of the summary. */
  unit: COLUMN_HEADERS.inspectingUnit,
  /** A unit's sheet: one row per planned inspection. */
  plannedMonth: { zh: '计划月份', en: 'Planned month' },
  plannedDate: { zh: '计划日期', en: 'Planned date' },
  enterprise: COLUMN_HEADERS.enterpriseName,
  creditCode: COLUMN_HEADERS.creditCode,
  supervisionClass: { zh: '监管类别', en: 'Supervision class' },
  level: WORDS.riskLevel,
  town: WORDS.town,
  lastInspected: { zh: '上次检查日期', en: 'Last inspected' },
  method: { zh: '检查方式', en: 'How chosen' },
  byInterval: PLAN_KINDS[0],
  random: PLAN_KINDS[1],
  /** The summary: the header rows, then by class (or unit) and month. */
  planYear: { zh: '计划年度', en: 'Plan year' },
  dataDate: WORDS.dataDateLabel,
  planStart: { zh: '计划起始日期', en: 'Plan starts' },
  seed: { zh: '随机种子', en: 'Random seed' },
  share: { zh: '双随机抽查比例', en: 'Random inspection share' },
  month: { zh: '{0}月', en: 'Month {0}' },
  total: WORDS.total,
  capacity: { zh: '每月检查能力', en: 'Monthly capacity' },
  overCapacity: { zh: '超出能力', en: 'Over capacity' },
});
