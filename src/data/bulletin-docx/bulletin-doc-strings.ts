/** Text of the bulletin in Word (bulletin-doc-model.ts); use with `tr(lang, BULLETIN_DOC_TEXT.key)`. */
import { defineStrings } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';
import { COLUMN_HEADERS } from '../common/columns/column-strings.ts';

export const BULLETIN_DOC_TEXT = defineStrings({
  /** Dataset name, then the meeting. */
  title: { zh: '{0}安全生产风险{1}', en: '{0}: work-safety risk {1}' },
  /** The meeting a step belongs to, in the title and the file name. */
  monthly: { zh: '月通报', en: 'monthly bulletin' },
  weekly: { zh: '周调度', en: 'weekly dispatch' },
  /** Year and ISO week number. */
  weekLabel: { zh: '{0}年第{1}周', en: 'week {1} of {0}' },
  /** The period's first and last day; then the data date. */
  periodLine: { zh: '统计周期：{0}至{1}', en: 'Period: {0} to {1}' },
  dataDateLine: { zh: '数据截至{0}', en: 'Data as of {0}' },
  /** The filters the figures are restricted to. */
  scope: { zh: '统计范围：{0}（全区共有企业 {1} 家）', en: 'Scope: {0} (of {1} enterprises in the district)' },

  overview: { zh: '总体情况', en: 'Overview' },
  /** Data date, enterprises, then per level (重大 … 低), then the share of 重大 and 较大. */
  summaryAll: {
    zh: '截至{0}，全区共有企业 {1} 家，其中重大风险 {2} 家、较大风险 {3} 家、一般风险 {4} 家、低风险 {5} 家，重大和较大风险企业占 {6}。',
    en: 'As of {0}, the district has {1} enterprises: {2} of major risk, {3} significant, {4} general and {5} low; major and significant together are {6}.',
  },
  summaryScoped: {
    zh: '截至{0}，统计范围内共有企业 {1} 家，其中重大风险 {2} 家、较大风险 {3} 家、一般风险 {4} 家、低风险 {5} 家，重大和较大风险企业占 {6}。',
    en: 'As of {0}, the scope holds {1} enterprises: {2} of major risk, {3} significant, {4} general and {5} low; major and significant together are {6}.',
  },
  /** Open, open major, overdue and listed hazards at the data date. */
  summaryHazards: {
    zh: '未销号隐患 {0} 项，其中重大事故隐患 {1} 项；逾期未整改隐患 {2} 项；挂牌督办重大事故隐患 {3} 项。',
    en: 'Open hazards: {0}, of which {1} major; {2} overdue for rectification; {3} major hazards under listed supervision.',
  },
  /** New and closed hazards in the period. */
  summaryPeriod: {
    zh: '本期新增隐患 {0} 项，销号 {1} 项。',
    en: 'In the period {0} hazards were found and {1} closed.',
  },
  kpiCaption: { zh: '主要统计指标', en: 'Key figures' },
  indicator: { zh: '指标', en: 'Figure' },
  count: { zh: '数量', en: 'Count' },
  share: { zh: '占比', en: 'Share' },
  enterprisesTotal: { zh: '企业总数', en: 'Enterprises' },
  openHazards: WORDS.openHazards,
  openMajorHazards: WORDS.openMajorHazards,
  overdueHazards: WORDS.overdueHazards,
  listed: { zh: '挂牌督办重大事故隐患', en: 'Major hazards under listed supervision' },

  towns: { zh: '各镇街风险分布', en: 'Risk by town' },
  townsLead: {
    zh: '全区 {0} 个镇街的情况见下表，没有企业或隐患的镇街记为 0（零报告）。',
    en: 'All {0} towns are listed below; a town with no enterprise or hazard shows 0 (a zero report).',
  },
  townsCaption: { zh: '各镇街风险企业和隐患情况', en: 'Enterprises and hazards by town' },
  sectors: { zh: '各行业领域风险分布', en: 'Risk by sector' },
  sectorsLead: {
    zh: '{0} 个行业领域的情况见下表，没有企业的行业领域记为 0。',
    en: 'All {0} sectors are listed below; a sector with no enterprise shows 0.',
  },
  sectorsCaption: { zh: '各行业领域风险企业和隐患情况', en: 'Enterprises and hazards by sector' },
  rank: { zh: '序号', en: 'No.' },
  town: WORDS.town,
  sector: WORDS.sector,
  enterprises: WORDS.enterpriseCount,
  total: WORDS.total,
  /** A hazard count in the tables' headers. */
  openShort: { zh: '未销号隐患', en: 'Open' },
  overdueShort: { zh: '逾期隐患', en: 'Overdue' },

  topEnterprises: { zh: '重点企业', en: 'Riskiest enterprises' },
  topCaption: { zh: '风险分值前 {0} 位企业', en: 'The {0} enterprises with the highest risk scores' },
  enterprise: COLUMN_HEADERS.enterpriseName,
  level: WORDS.riskLevel,
  score: WORDS.riskScore,

  hazards: { zh: '隐患排查治理', en: 'Hazards' },
  overdueCaption: { zh: '逾期未整改隐患（截至{0}）', en: 'Hazards overdue for rectification (as of {0})' },
  listedCaption: { zh: '挂牌督办重大事故隐患（截至{0}）', en: 'Major hazards under listed supervision (as of {0})' },
  found: WORDS.found,
  deadline: WORDS.deadline,
  daysOverdue: WORDS.daysOverdue,
  notOverdue: { zh: '未逾期', en: 'Not overdue' },
  none: { zh: '无', en: 'None listed' },
  /** Lines listed, and the whole count. */
  more: { zh: '表中列出前 {0} 项，共 {1} 项。', en: 'The first {0} of {1} are listed.' },

  inspections: { zh: '监督检查情况', en: 'Inspections' },
  inspectionsDone: {
    zh: '本期开展行政检查 {0} 次，覆盖企业 {1} 家，发现隐患 {2} 项，作出行政处罚 {3} 次；网格巡查和企业自查 {4} 次，不计入行政检查。',
    en: 'In the period {0} administrative inspections reached {1} enterprises, found {2} hazards and led to {3} penalties; {4} grid patrols and self-checks are not counted as inspections.',
  },
  inspectionsStatus: {
    zh: '截至{0}，逾期未检企业 {1} 家，从未检查 {2} 家，30 天内到期 {3} 家，已达年度检查上限 {4} 家（其中超过上限 {5} 家）。',
    en: 'As of {0}, {1} enterprises are overdue for inspection, {2} have never been inspected, {3} are due within 30 days and {4} have reached the yearly cap ({5} are over it).',
  },

  map: { zh: '风险分布图', en: 'Map' },
  mapCaption: { zh: '{0}安全生产风险分布图', en: '{0}: work-safety risk map' },
  mapAlt: {
    zh: '地图：各企业按风险等级着色的位置、镇街边界',
    en: 'Map: the enterprises by risk level, and the town boundaries',
  },
  legend: { zh: '图例：', en: 'Legend: ' },
  /** The map's scale as a ratio, `{0}` its denominator. */
  scale: {
    zh: '比例尺约 1:{0}（图中比例尺条按本图宽度印出）',
    en: 'Scale about 1:{0} (the bar on the map as printed at this width)',
  },
  noMap: {
    zh: '地图图像不可用：导出时地图尚未绘制。请在地图显示后重新导出。',
    en: 'No map image: the map had not been drawn when the document was made. Export again once the map shows.',
  },

  trend: { zh: '隐患变化趋势', en: 'Hazard trend' },
  /** Step, number of periods, first and last period. */
  trendCaption: {
    zh: '隐患新增、销号和未销号趋势（{0}，近 {1} 期：{2}至{3}）',
    en: 'Hazards found, closed and still open ({0}, last {1}: {2} to {3})',
  },
  trendAlt: {
    zh: '柱状图：每期新增和销号隐患；折线：期末仍未销号隐患',
    en: 'Bars: hazards found and closed per period; line: hazards still open at the end of each period',
  },
  byWeek: { zh: '按周统计', en: 'by week' },
  byMonth: { zh: '按月统计', en: 'by month' },
  noTrend: WORDS.noHazardLedger,

  /** Dataset name and the bundle's build day. */
  source: { zh: '数据来源：{0}（数据包生成于{1}）。', en: 'Source: {0}; bundle built on {1}.' },
  made: { zh: '本通报由安全生产风险一张图于 {0} 导出。', en: 'Made by the work-safety risk map on {0}.' },
  demo: {
    zh: '注：本通报使用脚本生成的示例数据，不涉及任何真实企业或地区。',
    en: 'Note: this bulletin uses demo data made by a script; it names no real enterprise or place.',
  },
  author: { zh: '安全生产风险一张图', en: 'Work-safety risk map' },
});
