/**
 * Words the users see in more than one feature (the area kinds, the hazard ledger's trend, empty
 * states), as one entry each: a feature's table refers to the entry here (`town: WORDS.town`) rather
 * than writing the text again. At the bottom of the layers, so every layer can use them.
 */
import { defineStrings } from './text.ts';

export const WORDS = defineStrings({
  town: { zh: '镇街', en: 'Town' },
  grid: { zh: '网格', en: 'Grid cell' },
  park: { zh: '园区', en: 'Park' },
  found: { zh: '发现日期', en: 'Found' },
  /** The period holding the data date: the ledger's trend and its date presets. */
  thisWeek: { zh: '本周', en: 'This week' },
  thisMonth: { zh: '本月', en: 'This month' },
  opened: { zh: '新增', en: 'New' },
  closed: { zh: '销号', en: 'Closed' },
  stillOpen: { zh: '仍未销号', en: 'Still open' },
  noHazardLedger: { zh: '暂无隐患台账数据', en: 'No hazard ledger in this dataset' },
  noData: { zh: '暂无数据', en: 'No data' },
  delete: { zh: '删除', en: 'Delete' },
  /** An empty list or choice, in a sentence or a select. */
  noneInParens: { zh: '（无）', en: '(none)' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  /** The enterprises' risk: the map's legend, the drawer, the table and the exports' headers. */
  riskLevel: { zh: '风险等级', en: 'Risk level' },
  parkTypes: { zh: '园区类型', en: 'Park types' },
  /** Where a level or a score comes from: the dataset's own assessment, or the risk model. */
  assessed: { zh: '评估', en: 'Assessed' },
  modelled: { zh: '模型', en: 'Model' },
  enterpriseList: { zh: '企业清单', en: 'Enterprise list' },
  riskScore: { zh: '风险分值', en: 'Risk score' },
  score: { zh: '分值', en: 'Score' },
  veto: { zh: '一票否决', en: 'Veto' },
  sector: { zh: '行业领域', en: 'Sector' },
  notInPark: { zh: '不在园区', en: 'Not in a park' },
  /** Who looks after a grid cell: the area panel and the drawer. */
  gridWorker: { zh: '网格员', en: 'Grid worker' },
  /** The dock's tab and the ranking's export. */
  areaRanking: { zh: '区域排名', en: 'Area ranking' },
  responsiblePerson: { zh: '安全监管责任人', en: 'Responsible person' },
  /** The hazard ledger's words, in its panel, the KPI tiles, the import and its export. */
  hazardLedger: { zh: '隐患台账', en: 'Hazard ledger' },
  /** The inspection ledger (检查台账): the import's role, and the features that show the inspections. */
  inspectionLedger: { zh: '检查台账', en: 'Inspection ledger' },
  hazardLevel: { zh: '隐患等级', en: 'Hazard level' },
  deadline: { zh: '整改期限', en: 'Deadline' },
  status: { zh: '状态', en: 'Status' },
  source: { zh: '来源', en: 'Source' },
  listed: { zh: '挂牌督办', en: 'Listed supervision' },
  openHazards: { zh: '未销号隐患', en: 'Open hazards' },
  openMajorHazards: { zh: '重大隐患未销号', en: 'Open major hazards' },
  overdueHazards: { zh: '逾期隐患', en: 'Overdue hazards' },
  overdue: { zh: '逾期', en: 'Overdue' },
  daysOverdue: { zh: '逾期天数', en: 'Days overdue' },
  /** A sum over a row or a column: the legend, the risk explanation and the exported plan's summary. */
  total: { zh: '合计', en: 'Total' },
  /** A sortable column's hint, in the enterprise table and the ledger. */
  clickToSort: { zh: '点击排序', en: 'Click to sort' },
  /** The data date under a bulletin and on a map image. */
  dataDate: { zh: '数据日期：{0}', en: 'Data date: {0}' },
  /** The data date as a label: the header, the import dialog and the exported plan's summary. */
  dataDateLabel: { zh: '数据日期', en: 'Data date' },
  /** A distance on a scale bar (the map's and a bulletin's). */
  kilometres: { zh: '{0} 公里', en: '{0} km' },
  metres: { zh: '{0} 米', en: '{0} m' },
  /** How many enterprises: the KPI tile, the supervision class settings and the coverage table (a column's header). */
  enterpriseCount: { zh: '企业数', en: 'Enterprises' },
  /** A dataset, as a label: the header's dataset switcher and the exported lists' header block. */
  dataset: { zh: '数据集', en: 'Dataset' },
});
