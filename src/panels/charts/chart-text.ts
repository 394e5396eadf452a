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
    enterprisesUnit: '',
    noData: 'No data',
    scoreAxis: 'Score',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type ChartTextKey = keyof (typeof TEXT)['zh'];

export function chartText(lang: Lang, key: ChartTextKey): string {
  return TEXT[lang][key];
}
