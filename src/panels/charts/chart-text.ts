/**
 * Chart strings, Chinese first. Kept here (not in src/i18n/strings.ts) because this folder is owned
 * separately; they can move into STRINGS later without changing the components' output.
 */
import type { Lang } from '../../i18n/strings.ts';

const TEXT = {
  zh: {
    levelTitle: '风险等级分布',
    sectorTitle: '行业领域',
    townTitle: '镇街',
    scoreTitle: '风险分值分布',
    clear: '清除',
    clearTitle: '清除此图的筛选',
    scoreHint: '拖动选择分值区间',
    outsideBand: '{0} 家等级不在其分值段',
    outsideBandTitle: '柱按地图上的等级着色；这些企业的等级来自外部评估或一票否决，与分值所在的分段不同',
    enterprisesUnit: '家',
    noData: '暂无数据',
    scoreAxis: '分值',
  },
  en: {
    levelTitle: 'By risk level',
    sectorTitle: 'By sector',
    townTitle: 'By town',
    scoreTitle: 'Score distribution',
    clear: 'Clear',
    clearTitle: "Clear this chart's filter",
    scoreHint: 'Drag to pick a score range',
    outsideBand: '{0} outside their score band',
    outsideBandTitle: "Bars are coloured by each enterprise's level on the map; these have an assessed level or a veto that differs from their score's band",
    enterprisesUnit: '',
    noData: 'No data',
    scoreAxis: 'Score',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type ChartTextKey = keyof (typeof TEXT)['zh'];

export function chartText(lang: Lang, key: ChartTextKey): string {
  return TEXT[lang][key];
}
