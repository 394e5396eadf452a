/** The export buttons' own words, shared by the enterprise table, the hazard ledger and the coverage table; and the ledger's filters as an export's header block states them. */
import { defineStrings } from '../../domain/text.ts';

export const EXPORT_BUTTON_TEXT = defineStrings({
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  exporting: { zh: '正在导出…', en: 'Exporting…' },
  exportXlsx: { zh: '导出 Excel', en: 'Export Excel' },
  exportFailed: { zh: '导出失败，请重试', en: 'The export failed; please try again' },
});

/** The hazard ledger's own filters in words, for the exported ledger's 筛选条件 (export-context.ts). */
export const LEDGER_FILTER_WORDS = defineStrings({
  overdueOnly: { zh: '仅逾期隐患', en: 'Overdue hazards only' },
  listedOnly: { zh: '仅挂牌督办隐患', en: 'Listed-supervision hazards only' },
  sourceNone: { zh: '未注明来源', en: 'No source given' },
  /** The found-date range: both ends, only a start, only an end. */
  foundBetween: { zh: '发现日期：{0} 至 {1}', en: 'Found {0} to {1}' },
  foundFrom: { zh: '发现日期：{0} 起', en: 'Found from {0}' },
  foundUntil: { zh: '发现日期：至 {0}', en: 'Found until {0}' },
  closedBetween: { zh: '销号日期：{0} 至 {1}', en: 'Closed {0} to {1}' },
  closedFrom: { zh: '销号日期：{0} 起', en: 'Closed from {0}' },
  closedUntil: { zh: '销号日期：至 {0}', en: 'Closed until {0}' },
  /** Only the enterprise open in the drawer, {0} its name. */
  onlyEnterprise: { zh: '仅企业：{0}', en: 'Enterprise: {0}' },
});
