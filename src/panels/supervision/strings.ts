/** UI text of the supervision tab (coverage, plan, settings) and of the drawer's inspections, Chinese first. */
import { defineStrings } from '../../domain/text.ts';
import { APP_TEXT } from '../../i18n/strings.ts';

export const SUPERVISION_TEXT = defineStrings({
  tab: APP_TEXT.supervision,
  coverage: { zh: '检查覆盖', en: 'Coverage' },
  plan: { zh: '年度检查计划', en: 'Yearly plan' },
  settings: { zh: '监管分类设置', en: 'Class settings' },
});

/** The coverage table (检查覆盖); its headers are the export's (COVERAGE_TEXT, src/data/supervision). */
export const COVERAGE_UI_TEXT = defineStrings({
  groupBy: { zh: '统计口径', en: 'Group by' },
  onlyFiltered: { zh: '仅统计通过地图筛选的企业', en: 'Only enterprises passing the map filters' },
  onlyFilteredHint: {
    zh: '取消勾选则统计全部企业，不受地图筛选影响',
    en: 'Untick to count every enterprise, whatever the map filters',
  },
  filterTo: {
    zh: '在地图上只显示此区域的企业（再次点击取消）',
    en: 'Show only the enterprises of this area on the map (click again to undo)',
  },
  overCap: { zh: '超过 {0}', en: '{0} over' },
  needsLedger: {
    zh: '导入检查台账后，可按镇街、网格和检查单位统计检查覆盖。',
    en: 'Import an inspection ledger to see the coverage by town, grid cell and inspecting unit.',
  },
  rateRule: {
    zh: '本年检查覆盖率 = {0}中本年已检查的企业数 ÷ 这些类别的企业数。',
    en: 'Coverage this year = enterprises of {0} inspected this year ÷ all enterprises of those classes.',
  },
  rateLeftOut: {
    zh: '{0}没有固定检查周期，不计入覆盖率。',
    en: '{0}: no fixed interval, left out of the coverage.',
  },
  statusRule: {
    zh: '逾期未检、从未检查按各类的检查周期判断；已达/超过上限指本年行政检查次数达到或超过本类年度上限。',
    en: "Overdue and never inspected follow each class's interval; at or over the cap: this year's administrative inspections reach or pass the class's yearly cap.",
  },
  unitRule: {
    zh: '检查单位：企业在数据日期前最近一次行政检查的检查单位；从未检查的企业计入“未指定单位”。',
    en: 'Inspecting unit: the unit of the enterprise\'s latest administrative inspection up to the data date; enterprises never inspected are under "No unit".',
  },
  exportCsvTitle: {
    zh: '按当前分组和排序导出检查覆盖统计（CSV，含合计行）',
    en: 'Download the coverage table as shown, with its total row (CSV)',
  },
  exportXlsxTitle: {
    zh: '按当前分组和排序导出检查覆盖统计（Excel，含合计行）',
    en: 'Download the coverage table as shown, with its total row (Excel)',
  },
});

/** The drawer's inspection section (inspection-history.tsx); its title is INSPECTION_TEXT.history. */
export const HISTORY_TEXT = defineStrings({
  last: { zh: '上次行政检查', en: 'Last administrative inspection' },
  next: { zh: '下次应检', en: 'Next due' },
  thisYear: { zh: '本年行政检查', en: 'Administrative inspections this year' },
  ofCap: { zh: '{0} / {1} 次', en: '{0} of {1}' },
  noCap: { zh: '{0} 次（不设上限）', en: '{0} (no cap)' },
  noneYet: { zh: '数据日期前无行政检查', en: 'None up to the data date' },
  overdueBy: { zh: '逾期未检 {0} 天', en: 'Overdue by {0} days' },
  daysLeft: { zh: '还有 {0} 天', en: '{0} days left' },
  dueToday: { zh: '今天到期', en: 'Due today' },
  notCounted: { zh: '不计入', en: 'not counted' },
  notCountedHint: {
    zh: '按当前监管分类设置不属于行政检查，不计入检查频次和年度上限',
    en: 'Not an administrative inspection under the class settings: counts toward no due date or cap',
  },
  kindUnknown: { zh: '类型未注明', en: 'Kind not given' },
  afterAsOf: { zh: '数据日期之后', en: 'After the data date' },
  afterAsOfHint: {
    zh: '晚于数据日期 {0}，不计入上面的检查状态',
    en: 'Later than the data date {0}: not in the status above',
  },
  fine: { zh: '罚款 {0} 元', en: 'fine of {0} yuan' },
  noRecords: { zh: '检查台账中没有此企业的记录', en: 'The inspection ledger has no record of this enterprise' },
});
