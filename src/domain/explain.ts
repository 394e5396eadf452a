/**
 * "Why this level", in words: one short sentence per language from a risk breakdown, naming the
 * veto or the threshold band and the three largest contributions.
 */
import { FLAGS } from './flags.ts';
import { LEVELS } from './levels.ts';
import type { RiskBreakdown, RiskModel } from './risk-model.ts';

const PART_NAMES: Record<string, { zh: string; en: string }> = {
  sector: { zh: '行业基础分', en: 'sector base' },
  scale: { zh: '企业规模', en: 'scale' },
  employees: { zh: '从业人数', en: 'employees' },
  inherentCap: { zh: '固有风险封顶', en: 'inherent-risk cap' },
  management: { zh: '管控水平（标准化等级）', en: 'management (standardisation grade)' },
  openHazard: { zh: '未销号隐患', en: 'open hazards' },
  overdueHazard: { zh: '逾期隐患', en: 'overdue hazards' },
  openMajorHazard: { zh: '重大事故隐患未销号', en: 'open major hazard' },
  accident3y: { zh: '近三年事故', en: 'accidents in 3 years' },
  penalty1y: { zh: '近一年行政处罚', en: 'penalties in the last year' },
  scoreCap: { zh: '总分封顶', en: 'score cap' },
};

/** Display name of a contribution key (`flag:<key>` for flags). */
export function partName(key: string, lang: 'zh' | 'en'): string {
  if (key.startsWith('flag:')) {
    const f = FLAGS.find((x) => x.key === key.slice(5));
    return f ? f[lang] : key;
  }
  return PART_NAMES[key]?.[lang] ?? key;
}

export const VETO_NAMES = {
  openMajorHazard: { zh: '存在未销号的重大事故隐患', en: 'an open major accident hazard' },
  majorAccident3y: { zh: '近三年发生过重大事故', en: 'a major accident within three years' },
} as const;

export function explainSentence(b: RiskBreakdown, model: RiskModel, lang: 'zh' | 'en'): string {
  const level = LEVELS[b.level];
  const top = [...b.contributions].filter((p) => p.value > 0).sort((x, y) => y.value - x.value).slice(0, 3);
  const score = b.score.toFixed(1);
  const t = model.thresholds;
  if (lang === 'zh') {
    const parts = top.map((p) => `${partName(p.key, 'zh')}（${p.value.toFixed(1)}分）`).join('、');
    if (b.veto) return `因${VETO_NAMES[b.veto].zh}，一票否决判定为${level.zh}；模型分值 ${score} 分，主要来自${parts}。`;
    const band = b.level === 0 ? `达到重大风险线 ${t.major} 分` : b.level === 1 ? `在较大风险线 ${t.significant} 分与重大风险线 ${t.major} 分之间`
      : b.level === 2 ? `在一般风险线 ${t.general} 分与较大风险线 ${t.significant} 分之间` : `低于一般风险线 ${t.general} 分`;
    return `分值 ${score} 分，${band}，判定为${level.zh}；主要来自${parts}。`;
  }
  const parts = top.map((p) => `${partName(p.key, 'en')} (${p.value.toFixed(1)})`).join(', ');
  if (b.veto) return `${level.en} by veto: ${VETO_NAMES[b.veto].en}. The model score is ${score}, mostly from ${parts}.`;
  const band = b.level === 0 ? `at or above the major line of ${t.major}` : b.level === 1 ? `between the significant line ${t.significant} and the major line ${t.major}`
    : b.level === 2 ? `between the general line ${t.general} and the significant line ${t.significant}` : `below the general line of ${t.general}`;
  return `Score ${score}, ${band}: ${level.en}. Mostly from ${parts}.`;
}
