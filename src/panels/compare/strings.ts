import { defineStrings } from '../../domain/text.ts';

export const COMPARE_TEXT = defineStrings({
  loading: { zh: '正在载入上期数据（{0}）以便比较…', en: 'Loading the earlier data ({0}) to compare…' },
  computing: { zh: '正在比较两期数据…', en: 'Comparing the two data dates…' },
  banner: { zh: '与上期比较：{0} → {1}', en: 'Compared with the earlier data date: {0} → {1}' },
  end: { zh: '结束比较', en: 'End comparison' },
  endTitle: {
    zh: '只看本期数据（地址中去掉 compare=）',
    en: 'Show this data date alone (drops compare= from the address)',
  },
  majorFound: { zh: '新发现重大隐患', en: 'Major hazards found' },
  closed: { zh: '期间销号', en: 'Hazards closed' },
  newlyOverdue: { zh: '新增逾期', en: 'Newly overdue' },
});
