/** UI text of the enterprise table and the top list, Chinese first; use with `tr(lang, TABLE_TEXT.key)`. */
import type { Lang } from '../../domain/lang.ts';
import { defineStrings, tr, type Text } from '../../domain/text.ts';
import type { SortKey } from '../../data/sort-rows.ts';
import { WORDS } from '../../domain/words-strings.ts';

export const TABLE_TEXT = defineStrings({
  exportTitle: {
    zh: '按当前筛选和排序导出企业清单（Excel 可直接打开）',
    en: 'Download the filtered list in the current order (opens in Excel)',
  },
  exportXlsxTitle: {
    zh: '按当前筛选和排序导出企业清单为 Excel 工作簿（.xlsx）',
    en: 'Download the filtered list in the current order as an Excel workbook (.xlsx)',
  },
  noRows: { zh: '没有符合筛选条件的企业', en: 'No enterprise matches the filters' },
  noData: WORDS.noData,
  tableLabel: WORDS.enterpriseList,
  topLabel: { zh: '风险分值最高的企业', en: 'Highest-scoring enterprises' },
  topCount: { zh: '显示条数', en: 'Show' },
  sortAsc: { zh: '升序', en: 'ascending' },
  sortDesc: { zh: '降序', en: 'descending' },
  sortBy: WORDS.clickToSort,
  openHint: { zh: '点击定位到地图并查看详情', en: 'Click to show on the map and open the details' },
  /** The top list's size buttons. */
  topN: { zh: '前 {0}', en: 'Top {0}' },
  /** The table's count, "共 N 家" / "N enterprises" (and "1 enterprise"). */
  count: { zh: '共 {0} 家', en: '{0} enterprises' },
  countOne: { zh: '共 {0} 家', en: '{0} enterprise' },
  /** Added to the exported file's name when the list is scored by an edited model. */
  whatIfFileMark: { zh: '假设模型', en: 'what-if' },
});

/** Table column headers. */
export const COLUMN_NAMES: Readonly<Record<SortKey, Text>> = {
  name: { zh: '名称', en: 'Name' },
  level: { zh: '等级', en: 'Level' },
  score: WORDS.score,
  sector: { zh: '行业', en: 'Sector' },
  town: WORDS.town,
  grid: WORDS.grid,
  park: WORDS.park,
  open: WORDS.openHazards,
  overdue: WORDS.overdue,
};

/** "共 N 家" / "N enterprises". */
export function countLabel(lang: Lang, n: number): string {
  return tr(lang, n === 1 ? TABLE_TEXT.countOne : TABLE_TEXT.count, n);
}
