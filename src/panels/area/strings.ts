/** Text of the area panel and the area ranking, Chinese first; use with `tr(lang, AREA_TEXT.key)`. */
import type { AreaKind } from '../../data/area/area-metrics.ts';
import { defineStrings, type Text } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';
import { APP_TEXT } from '../../i18n/strings.ts';
import { AREA_EXPORT_TEXT } from '../../data/area/area-export-strings.ts';

export const AREA_TEXT = defineStrings({
  kindTown: WORDS.town,
  kindGrid: WORDS.grid,
  kindPark: WORDS.park,
  close: APP_TEXT.close,
  code: AREA_EXPORT_TEXT.code,
  town: { zh: '所属镇街', en: 'Town' },
  gridWorker: WORDS.gridWorker,
  responsiblePerson: WORDS.responsiblePerson,
  parkType: { zh: '园区类型', en: 'Park type' },
  managingBody: { zh: '管理机构', en: 'Managing body' },
  none: APP_TEXT.none,
  basis: { zh: '按当前筛选条件统计', en: 'Figures for the current filter selection' },
  figures: { zh: '主要指标', en: 'Key figures' },
  openMajorHazards: APP_TEXT.kpiOpenMajor,
  areaKm2: { zh: '面积', en: 'Area' },
  km2: { zh: 'km²', en: 'km²' },
  // The units of the per-level counts and of the open major hazards, as AREA_METRICS has them for
  // the enterprise and hazard counts.
  enterprisesUnit: { zh: '家', en: 'enterprises' },
  itemsUnit: { zh: '项', en: 'hazards' },
  levelComposition: { zh: '风险等级构成', en: 'By risk level' },
  sectorComposition: { zh: '行业领域构成', en: 'By sector' },
  other: { zh: '其他', en: 'Other' },
  enterpriseList: { zh: '区域内企业', en: 'Enterprises in this area' },
  enterpriseListTop: { zh: '按风险分值排序，最多显示 50 家', en: 'By risk score, at most 50 shown' },
  noEnterprises: { zh: '当前筛选下此区域无企业', en: 'No enterprise of the current selection in this area' },
  openHint: { zh: '打开企业详情并定位', en: 'Open the enterprise and fly to it' },
  filterHere: { zh: '筛选到此区域', en: 'Filter to this area' },
  filterActive: { zh: '已筛选到此区域', en: 'Filtered to this area' },
  compare: { zh: '对比…', en: 'Compare…' },
  comparePick: { zh: '选择对比区域', en: 'Pick an area to compare' },
  compareFilteredOut: {
    zh: '不在当前区域筛选内，无企业计入',
    en: 'outside the current area filter, no enterprise counted',
  },
  clearCompare: { zh: '取消对比', en: 'Clear comparison' },
  higherHint: { zh: '加粗：两者中风险较高的一方', en: 'Bold: the higher-risk side' },
  ranking: APP_TEXT.areaRanking,
  rankingKind: { zh: '区域类型', en: 'Area kind' },
  rankingMetric: { zh: '排名指标', en: 'Rank by' },
  rankingTop: { zh: '前 {0} 名', en: 'Top {0}' },
  rankingHint: { zh: '点击查看区域详情', en: 'Open the area' },
  noData: WORDS.noData,
  kindGridWorker: WORDS.gridWorker,
  sortBy: WORDS.clickToSort,
  gridWorkerFilter: { zh: '点击筛选到该网格员负责的网格', en: "Click to filter to this worker's grid cells" },
  gridWorkerUnfilter: { zh: '点击取消该筛选', en: 'Click to clear this filter' },
  gridWorkerBasis: {
    zh: '按当前筛选条件统计；本周：{0} 至 {1}',
    en: 'Figures for the current filter selection; this week: {0} to {1}',
  },
  rankOrder: { zh: '排序', en: 'Order' },
  rankOrderRank: { zh: '按本期排名', en: 'By rank now' },
  rankOrderRise: { zh: '排名上升最多', en: 'Largest rise first' },
  rankOrderFall: { zh: '排名下降最多', en: 'Largest fall first' },
  rankMoveTitle: { zh: '排名：上期第 {0}，本期第 {1}', en: 'Rank: {0} then, {1} now' },
  rankNewTitle: { zh: '上期无企业（未排名），本期第 {0}', en: 'No enterprise then (unranked), {0} now' },
  valueThenNow: { zh: '上期 {0} → 本期 {1}', en: '{0} then → {1} now' },
  rankSince: { zh: '排名变化较上期（{0}）', en: 'Rank changes since {0}' },
  rankNoEarlier: {
    zh: '上期数据没有当前筛选所需的数据，不显示排名变化',
    en: 'The earlier data lacks what the current filters need: no rank changes',
  },
  exportRankingTitle: {
    zh: '导出排名为 Excel（当前筛选下有企业的全部区域，含各项指标）',
    en: 'Download the ranking as Excel (every area with an enterprise of the current selection, all figures)',
  },
  exportGridWorkersTitle: {
    zh: '导出网格员排名为 Excel（按当前排序）',
    en: 'Download the grid-worker ranking as Excel (in the current order)',
  },
  exportCompareTitle: {
    zh: '导出两个区域的对比为 Excel',
    en: 'Download the comparison of the two areas as Excel',
  },
});

export const KIND_LABEL: Readonly<Record<AreaKind, Text>> = {
  town: AREA_TEXT.kindTown,
  grid: AREA_TEXT.kindGrid,
  park: AREA_TEXT.kindPark,
};

export const AREA_KINDS: readonly AreaKind[] = ['town', 'grid', 'park'];
