/** Text of the choropleths' settings and legend that only they show (the change between two data dates). */
import { defineStrings } from '../../domain/text.ts';

export const CHORO_TEXT = defineStrings({
  sinceEarlier: { zh: '较上期 {0}', en: 'since {0}' },
  changeNeedsComparison: {
    zh: '“区域风险变化”需先打开两期对比（地址加 ?compare=）',
    en: '“Change in area risk” needs a comparison of two data dates (?compare= in the address)',
  },
  changeNoComparison: { zh: '未打开两期对比，无法显示变化', en: 'No comparison open: no change to show' },
  changeSame: { zh: '基本持平', en: 'About the same' },
  changeWorse: { zh: '红色：风险上升', en: 'Red: risk rose' },
  changeBetter: { zh: '蓝绿色：风险下降', en: 'Blue-green: risk fell' },
  changeNoData: { zh: '某一期无企业', en: 'No enterprise at one of the dates' },
});
