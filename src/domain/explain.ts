/**
 * "Why this level", in words: one short sentence per language from a risk breakdown, naming the
 * veto or the threshold band and the three largest contributions. A pure module: its text lives here
 * as `{zh, en}` entries (Chinese first, `{0}`… filled by `fill`), not in src/i18n.
 */
import type { Lang } from './lang.ts';
import { FLAGS } from './flags.ts';
import { LEVELS } from './levels.ts';
import type { RiskBreakdown, RiskModel } from './risk-model.ts';

type Entry = { readonly zh: string; readonly en: string };

export const PART_NAMES: Record<string, Entry> = {
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
export function partName(key: string, lang: Lang): string {
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

/** The sentence's pieces. `{0}`… as in src/i18n's tables (the catalogue test reads this one too). */
export const EXPLAIN_TEXT = {
  /** A contribution: name, points. */
  part: { zh: '{0}（{1}分）', en: '{0} ({1})' },
  partSep: { zh: '、', en: ', ' },
  /** Veto name, level, score, parts. */
  vetoed: { zh: '因{0}，一票否决判定为{1}；模型分值 {2} 分，主要来自{3}。', en: '{1} by veto: {0}. The model score is {2}, mostly from {3}.' },
  /** Score, band, level, parts. */
  banded: { zh: '分值 {0} 分，{1}，判定为{2}；主要来自{3}。', en: 'Score {0}, {1}: {2}. Mostly from {3}.' },
  /** The bands by level code, with the thresholds around it. */
  bandMajor: { zh: '达到重大风险线 {0} 分', en: 'at or above the major line of {0}' },
  bandSignificant: { zh: '在较大风险线 {0} 分与重大风险线 {1} 分之间', en: 'between the significant line {0} and the major line {1}' },
  bandGeneral: { zh: '在一般风险线 {0} 分与较大风险线 {1} 分之间', en: 'between the general line {0} and the significant line {1}' },
  bandLow: { zh: '低于一般风险线 {0} 分', en: 'below the general line of {0}' },
} as const satisfies Record<string, Entry>;

/** An entry in `lang` with `{n}` replaced by args[n]. */
function fill(lang: Lang, entry: Entry, ...args: readonly (string | number)[]): string {
  return entry[lang].replace(/\{(\d)\}/g, (whole, n: string) => String(args[Number(n)] ?? whole));
}

export function explainSentence(b: RiskBreakdown, model: RiskModel, lang: Lang): string {
  const level = LEVELS[b.level][lang];
  const top = [...b.contributions].filter((p) => p.value > 0).sort((x, y) => y.value - x.value).slice(0, 3);
  const parts = top.map((p) => fill(lang, EXPLAIN_TEXT.part, partName(p.key, lang), p.value.toFixed(1))).join(EXPLAIN_TEXT.partSep[lang]);
  const score = b.score.toFixed(1);
  if (b.veto) return fill(lang, EXPLAIN_TEXT.vetoed, VETO_NAMES[b.veto][lang], level, score, parts);
  const t = model.thresholds;
  const band = [
    fill(lang, EXPLAIN_TEXT.bandMajor, t.major),
    fill(lang, EXPLAIN_TEXT.bandSignificant, t.significant, t.major),
    fill(lang, EXPLAIN_TEXT.bandGeneral, t.general, t.significant),
    fill(lang, EXPLAIN_TEXT.bandLow, t.general),
  ][b.level];
  return fill(lang, EXPLAIN_TEXT.banded, score, band, level, parts);
}
