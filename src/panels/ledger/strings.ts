/** UI text of the hazard ledger panel and the trend chart, Chinese first; use with `tr(lang, LEDGER_TEXT.key)`. */
import type { Lang } from '../../domain/lang.ts';
import type { TrendStep } from '../../data/ledger/hazard-ledger.ts';
import { defineStrings, tr } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';
import { APP_TEXT } from '../../i18n/strings.ts';
import { COLUMN_HEADERS } from '../../data/common/columns/column-strings.ts';

export const LEDGER_TEXT = defineStrings({
  ledgerLabel: APP_TEXT.hazardLedger,
  filters: { zh: '台账筛选', en: 'Ledger filters' },
  level: WORDS.hazardLevel,
  status: WORDS.status,
  source: WORDS.source,
  sourceNone: { zh: '未注明', en: 'Not given' },
  overdueOnly: { zh: '仅逾期', en: 'Overdue only' },
  listedOnly: { zh: '仅挂牌督办', en: 'Listed supervision only' },
  inMapFilter: { zh: '仅地图筛选范围内企业', en: 'Only enterprises in the map filter' },
  followSlider: { zh: '发现日期跟随时间轴', en: 'Found date follows the time slider' },
  onlySelected: { zh: '仅当前企业', en: 'Only the open enterprise' },
  onlySelectedNone: { zh: '（在地图或清单中选择企业）', en: ' (pick an enterprise on the map or in a list)' },
  foundRange: { zh: '发现日期', en: 'Found between' },
  closedRange: { zh: '销号日期', en: 'Closed between' },
  from: { zh: '起', en: 'From' },
  to: { zh: '止', en: 'To' },
  clear: { zh: '清除筛选', en: 'Clear filters' },
  asOfNote: { zh: '逾期天数按数据日期计算：', en: 'Days overdue as of the data date: ' },
  noRows: { zh: '没有符合条件的隐患', en: 'No hazard matches the filters' },
  noData: WORDS.noHazardLedger,
  sortBy: WORDS.clickToSort,
  listedTag: { zh: '挂牌督办', en: 'Listed' },
  openHint: { zh: '点击定位到企业并查看详情', en: 'Click to show the enterprise on the map' },
  exportCsvTitle: {
    zh: '按当前筛选和排序导出隐患台账（Excel 可直接打开）',
    en: 'Download the listed hazards in the current order (opens in Excel)',
  },
  exportXlsxTitle: {
    zh: '按当前筛选和排序导出隐患台账为 Excel 工作簿（.xlsx）',
    en: 'Download the listed hazards in the current order as an Excel workbook (.xlsx)',
  },
  // trend chart
  trendTitle: { zh: '隐患趋势', en: 'Hazard trend' },
  week: { zh: '周', en: 'Week' },
  month: { zh: '月', en: 'Month' },
  opened: WORDS.opened,
  closed: WORDS.closed,
  stillOpen: WORDS.stillOpen,
  play: { zh: '播放', en: 'Play' },
  pause: { zh: '暂停', en: 'Pause' },
  slider: { zh: '时间轴', en: 'Time slider' },
  mapDay: { zh: '地图：截至', en: 'Map: open on' },
  mapDayTitle: {
    zh: '地图上的隐患圈显示这一天仍未销号的隐患',
    en: 'The hazard rings on the map show the hazards open on this day',
  },
  trendBasis: { zh: '按当前台账筛选（不含发现日期范围）', en: 'Current ledger filters (found-date range left out)' },
  /** The table's count, "共 N 条" / "N hazards" (and "1 hazard"). */
  count: { zh: '共 {0} 条', en: '{0} hazards' },
  countOne: { zh: '共 {0} 条', en: '{0} hazard' },
  /** A period's figures: which period, its label, new, closed, still open. */
  periodSummary: {
    zh: '{0}（{1}）新增 {2}，销号 {3}，仍未销号 {4}',
    en: '{0} ({1}): {2} new, {3} closed, {4} still open',
  },
  /** The period holding the data date, and any other. */
  thisWeek: WORDS.thisWeek,
  thisMonth: WORDS.thisMonth,
  pickedWeek: { zh: '所选周', en: 'Week' },
  pickedMonth: { zh: '所选月', en: 'Month' },
});

/** Column headers of the ledger table. */
export const LEDGER_COLUMNS = {
  id: { zh: '编号', en: 'ID' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  level: LEDGER_TEXT.level,
  status: LEDGER_TEXT.status,
  source: LEDGER_TEXT.source,
  found: WORDS.found,
  deadline: WORDS.deadline,
  closed: COLUMN_HEADERS.closureDate,
  town: WORDS.town,
  grid: WORDS.grid,
  gridWorker: WORDS.gridWorker,
  overdue: WORDS.daysOverdue,
  listed: LEDGER_TEXT.listedTag,
  description: COLUMN_HEADERS.description,
} as const;

/** "共 N 条" / "N hazards". */
export function ledgerCountLabel(lang: Lang, n: number): string {
  return tr(lang, n === 1 ? LEDGER_TEXT.countOne : LEDGER_TEXT.count, n);
}

/**
 * The figures of one period: "本周（2026-W43）新增 N，销号 M，仍未销号 K" / "This week (2026-W43): N new, M closed, K still open".
 * `current`: the period holding the data date ("本周/本月", "This week/month"); otherwise "所选周/所选月", "Week/Month".
 */
export function periodSummary(
  lang: Lang,
  step: TrendStep,
  current: boolean,
  label: string,
  opened: number,
  closed: number,
  open: number,
): string {
  const which =
    step === 'week'
      ? current
        ? LEDGER_TEXT.thisWeek
        : LEDGER_TEXT.pickedWeek
      : current
        ? LEDGER_TEXT.thisMonth
        : LEDGER_TEXT.pickedMonth;
  return tr(lang, LEDGER_TEXT.periodSummary, tr(lang, which), label, opened, closed, open);
}
