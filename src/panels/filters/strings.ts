/** The filter panel's own text, Chinese first (the dimensions' names and values are in src/data/filter-dimensions.ts). */
import { defineStrings } from '../../domain/text.ts';

export const FILTER_PANEL_TEXT = defineStrings({
  /** Under the change section while no comparison of two data dates is open. */
  noComparison: {
    zh: '打开两个数据日期的对比后，可按变化筛选',
    en: 'Open a comparison of two data dates to filter by change',
  },
});
