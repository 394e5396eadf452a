import { defineStrings } from '../../domain/text.ts';
import { PERIOD_CHANGES_TEXT } from '../../data/compare/period-changes-strings.ts';

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
  sinceTitle: { zh: '较上期（{0}）变化', en: 'Since the earlier data date ({0})' },
  newHere: { zh: '上期数据中没有此企业：本期新增。', en: 'Not in the earlier data: new since.' },
  thenNow: { zh: '上期 {0}，本期 {1}', en: 'Then {0}, now {1}' },
  points: { zh: '{0} 分', en: '{0} pts' },
  noInputChange: {
    zh: '模型的各项输入未变；等级变化来自外部评估或模型设置。',
    en: "None of the model's inputs changed: the move comes from an external assessment or the model's settings.",
  },
  reasonsUnder: {
    zh: '按当前模型逐项比较两期：',
    en: 'Both data dates under the model in use, indicator by indicator:',
  },
  hazardsSince: {
    zh: '期间发现隐患 {0} 处（重大 {1} 处），销号 {2} 处',
    en: '{0} hazards found since ({1} major), {2} closed',
  },
  noComparison: {
    zh: '尚未与上期比较。在“数据集”菜单中选择同一区县另一数据日期的数据，或在地址中加上 &compare=<数据集>。',
    en: 'No comparison open. Pick another data date of this district in the Datasets menu, or add &compare=<dataset> to the address.',
  },
  kindCol: { zh: '变化', en: 'Change' },
  levelCol: PERIOD_CHANGES_TEXT.thenNow,
  scoreCol: { zh: '分值变化', en: 'Score change' },
  reasonCol: PERIOD_CHANGES_TEXT.reason,
  goneList: { zh: '移出的企业（上期有、本期无）', en: 'Gone since (in the earlier data only)' },
  moversOf: { zh: '筛选范围内的变动企业 {0} 家', en: '{0} enterprises changed within the filters' },
  transitions: { zh: '等级迁移（行：上期，列：本期）', en: 'Level moves (rows: then, columns: now)' },
  compareWith: { zh: '与 {0} 的数据比较', en: 'Compare with {0}' },
  assessedMoved: { zh: '外部评估变化', en: 'External assessment changed' },
});
