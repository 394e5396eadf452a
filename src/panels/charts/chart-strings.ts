/** The charts' text, Chinese first; use with `tr(lang, CHART_TEXT.key)`. */
import { defineStrings } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';

export const CHART_TEXT = defineStrings({
  levelTitle: { zh: '风险等级分布', en: 'By risk level' },
  sectorTitle: { zh: '行业领域', en: 'By sector' },
  townTitle: { zh: '镇街', en: 'By town' },
  scoreTitle: { zh: '风险分值分布', en: 'Score distribution' },
  clear: { zh: '清除', en: 'Clear' },
  clearTitle: { zh: '清除此图的筛选', en: "Clear this chart's filter" },
  scoreHint: { zh: '拖动选择分值区间', en: 'Drag to pick a score range' },
  outsideBand: { zh: '{0} 家等级不在其分值段', en: '{0} outside their score band' },
  outsideBandTitle: {
    zh: '柱按地图上的等级着色；这些企业的等级来自外部评估或一票否决，与分值所在的分段不同',
    en: "Bars are coloured by each enterprise's level on the map; these have an assessed level or a veto that differs from their score's band",
  },
  noData: WORDS.noData,
  scoreAxis: WORDS.score,
});
