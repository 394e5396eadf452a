/** The text of "why this level": the contributions' names, the vetoes and the sentence's pieces. */
import { defineStrings } from './text.ts';

export const PART_NAMES = defineStrings({
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
});

export const VETO_NAMES = defineStrings({
  openMajorHazard: { zh: '存在未销号的重大事故隐患', en: 'an open major accident hazard' },
  majorAccident3y: { zh: '近三年发生过重大事故', en: 'a major accident within three years' },
});

/** The sentence's pieces. */
export const EXPLAIN_TEXT = defineStrings({
  /** A contribution: name, points. */
  part: { zh: '{0}（{1}分）', en: '{0} ({1})' },
  /** Veto name, level, score, parts. */
  vetoed: {
    zh: '因{0}，一票否决判定为{1}；模型分值 {2} 分，主要来自{3}。',
    en: '{1} by veto: {0}. The model score is {2}, mostly from {3}.',
  },
  /** Score, band, level, parts. */
  banded: { zh: '分值 {0} 分，{1}，判定为{2}；主要来自{3}。', en: 'Score {0}, {1}: {2}. Mostly from {3}.' },
  /** The bands by level code, with the thresholds around it. */
  bandMajor: { zh: '达到重大风险线 {0} 分', en: 'at or above the major line of {0}' },
  bandSignificant: {
    zh: '在较大风险线 {0} 分与重大风险线 {1} 分之间',
    en: 'between the significant line {0} and the major line {1}',
  },
  bandGeneral: {
    zh: '在一般风险线 {0} 分与较大风险线 {1} 分之间',
    en: 'between the general line {0} and the significant line {1}',
  },
  bandLow: { zh: '低于一般风险线 {0} 分', en: 'below the general line of {0}' },
});
