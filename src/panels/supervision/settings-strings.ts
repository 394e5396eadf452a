/** Text of the supervision class settings, Chinese first. */
import { defineStrings } from '../../domain/text.ts';
import { APP_TEXT } from '../../i18n/strings.ts';

export const SETTINGS_TEXT = defineStrings({
  reset: { zh: '恢复数据集设置', en: "Reset to the dataset's settings" },
  download: { zh: '下载 supervision.json', en: 'Download supervision.json' },
  load: { zh: '载入设置文件', en: 'Load a settings file' },
  computing: { zh: '正在重新计算检查状态…', en: 'Recomputing the inspection status…' },
  exampleNote: {
    zh: '默认频次和上限只是示例：请按本省公布的分级分类检查标准填写（例如按标准化等级一/二/三级/未达标，危化企业每年不超过 2/4/8/12 次，其他企业 1/2/4/6 次）。',
    en: 'The default intervals and caps are an example: use those your province publishes (for example, by standardisation grade 1/2/3/none, at most 2/4/8/12 a year for hazardous-chemicals enterprises and 1/2/4/6 for the rest).',
  },
  class: { zh: '监管类别', en: 'Class' },
  interval: { zh: '检查间隔', en: 'Interval' },
  cap: { zh: '年度上限', en: 'Yearly cap' },
  enterprises: APP_TEXT.kpiEnterprises,
  months: { zh: '个月', en: 'months' },
  perYear: { zh: '次/年', en: 'a year' },
  randomOnly: { zh: '不定期（双随机抽查）', en: 'none (random sampling)' },
  noCap: { zh: '不设上限', en: 'no cap' },
  rules: {
    zh: '分类规则（自上而下，第一条符合的规则决定类别）',
    en: 'Class rules (top down: the first that holds decides)',
  },
  otherwise: { zh: '其余企业 → {0}', en: 'Any other enterprise → {0}' },
  rulesHint: {
    zh: '规则可在下载的 supervision.json 中按风险等级、行业、重点标签和标准化等级修改后载入。',
    en: 'Edit the rules (by level, sector, flags and standardisation grade) in the downloaded supervision.json and load it back.',
  },
  kinds: { zh: '计为行政检查的检查类型', en: 'Inspection kinds counted as administrative inspections' },
  kindsHint: {
    zh: '网格员等非执法人员的巡查和企业自查不属于涉企行政检查（国办发〔2024〕54号），默认不计入检查频次和年度上限。',
    en: 'Patrols by grid workers and other uncertified staff, and self-checks, are not administrative inspections (State Council General Office 2024 No. 54): by default they count toward no due date or cap.',
  },
  or: { zh: '或', en: ' or ' },
  grades: { zh: '标准化等级 {0}', en: 'standardisation grade {0}' },
  gradeNone: { zh: '未达标', en: 'not graded' },
  anyEnterprise: { zh: '所有企业', en: 'Any enterprise' },
});
