/** Text of the changes layer: its settings and its legend. The marks' names are the change filter's (CHANGE_BITS, GONE). */
import { defineStrings } from '../../domain/text.ts';

export const CHANGE_MARK_TEXT = defineStrings({
  alsoShow: { zh: '同时标注', en: 'Also mark' },
  showDown: { zh: '显示等级下降的企业', en: 'Show enterprises whose level went down' },
  showGone: { zh: '显示移出的企业', en: 'Show enterprises gone since' },
  atEarlierPlace: { zh: '（上期位置，全部显示）', en: '(all, where they were)' },
  noComparison: {
    zh: '打开“与上期比较”后显示（数据集菜单，或地址中的 compare=）',
    en: 'Shows once a comparison with an earlier data date is open (the dataset menu, or compare= in the address)',
  },
  waiting: { zh: '两期数据比较完成后显示标注', en: 'The marks show once the two data dates are compared' },
  note: {
    zh: '{0} → {1}；只标注通过筛选的企业，点击企业点位查看详情',
    en: '{0} → {1}; for the enterprises passing the filters; click a point for its details',
  },
  noteGone: {
    zh: '{0} → {1}；只标注通过筛选的企业，移出的企业不受筛选、全部显示在上期位置',
    en: '{0} → {1}; for the enterprises passing the filters; gone ones are not filtered: all show where they were',
  },
});
