/** Text of the yearly plan part of the supervision tab and its print page, Chinese first. */
import { defineStrings } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';

export const PLAN_TEXT = defineStrings({
  year: { zh: '计划年度', en: 'Year' },
  share: { zh: '双随机抽查比例 %', en: 'Random sampling share %' },
  seed: { zh: '随机种子', en: 'Seed' },
  newSeed: { zh: '换一个种子', en: 'New seed' },
  capacities: {
    zh: '各单位每月检查能力（执法人员 × 每人每月检查次数；留空为不限）',
    en: 'Monthly capacity per unit (inspectors × inspections each a month; empty: unlimited)',
  },
  inspectors: { zh: '执法人员', en: 'Inspectors' },
  perMonth: { zh: '每人每月', en: 'Each a month' },
  planned: { zh: '计划检查 {0} 次，涉及企业 {1} 家', en: '{0} planned inspections of {1} enterprises' },
  drawn: { zh: '{0}抽取 {1} / {2} 家（比例 {3}%，种子 {4}）', en: '{0}: {1} of {2} drawn (share {3}%, seed {4})' },
  capped: { zh: '{0} 家企业的计划次数受年度上限限制', en: '{0} enterprises limited by the yearly cap' },
  overflow: { zh: '{0} {1}月计划 {2} 次，超过能力 {3} 次', en: '{0}, month {1}: {2} planned, capacity {3}' },
  byClassMonth: { zh: '按监管类别和月份', en: 'By class and month' },
  total: WORDS.total,
  month: { zh: '{0}月', en: 'M{0}' },
  exportXlsx: { zh: '导出计划 Excel', en: 'Export the plan (Excel)' },
  print: { zh: '打印计划', en: 'Print the plan' },
  printTitle: { zh: '{0}年度安全生产监督检查计划', en: 'Safety supervision and inspection plan {0}' },
  printFacts: {
    zh: '{0} · 数据日期 {1} · 计划起始 {2} · 随机种子 {3} · 抽查比例 {4}%',
    en: '{0} · data date {1} · plan from {2} · seed {3} · share {4}%',
  },
  printCut: {
    zh: '（以下省略 {0} 行，完整清单见导出的 Excel）',
    en: '({0} more rows: the full list is in the Excel export)',
  },
  printBlocked: {
    zh: '浏览器阻止了打印窗口：请允许本页面打开新窗口',
    en: 'The browser blocked the print window: allow this page to open windows',
  },
  rules: {
    zh: '按各类别检查间隔从下次到期日起排期，不超过年度上限（扣除本年已检查次数）；无间隔类别按比例随机抽取；每家企业归属其最近一次行政检查的单位。',
    en: "Scheduled from each enterprise's next due date at its class interval, never over the yearly cap (less this year's inspections); the class without an interval is sampled at random; each enterprise goes to the unit of its latest administrative inspection.",
  },
});
