/**
 * The text of the enterprise list and hazard ledger exports (export-csv.ts, export-xlsx.ts) besides
 * the enterprise columns' headers, which are their registry entries' (common/columns/). The hazard
 * ledger's Chinese headers are the names the import dialog and the data build recognise
 * (docs/data-format.md), so an exported ledger reads back in as a ledger.
 */
import { defineStrings } from '../domain/text.ts';
import { WORDS } from '../domain/words-strings.ts';
import { COLUMN_HEADERS } from './common/columns/column-strings.ts';

export const EXPORT_CSV_TEXT = defineStrings({
  /** The list in the download's file name and its About sheet (export-meta.ts). */
  fileName: { zh: '企业清单', en: 'enterprises' },
  /** The sheet's name in the .xlsx. */
  sheetName: { zh: '企业清单', en: 'Enterprises' },
});

export const EXPORT_HAZARD_TEXT = defineStrings({
  id: COLUMN_HEADERS.hazardId,
  creditCode: COLUMN_HEADERS.creditCode,
  enterprise: COLUMN_HEADERS.enterpriseName,
  found: COLUMN_HEADERS.dateFound,
  deadline: WORDS.deadline,
  closed: COLUMN_HEADERS.closureDate,
  level: WORDS.hazardLevel,
  status: COLUMN_HEADERS.hazardStatus,
  source: { zh: '隐患来源', en: 'Source' },
  overdue: WORDS.daysOverdue,
  listed: WORDS.listed,
  description: COLUMN_HEADERS.description,
  responsiblePerson: COLUMN_HEADERS.hazardResponsible,
  town: WORDS.town,
  grid: WORDS.grid,
  gridWorker: WORDS.gridWorker,
  /** The listed-supervision column's values. */
  yes: WORDS.yes,
  no: WORDS.no,
  /** The list in the download's file name and its About sheet (export-meta.ts). */
  fileName: { zh: '隐患台账', en: 'hazard-ledger' },
  /** The sheet's name in the .xlsx. */
  sheetName: WORDS.hazardLedger,
});

/** What every exported list says about itself (export-meta.ts): the CSV's header block and the workbook's About sheet. */
export const EXPORT_META_TEXT = defineStrings({
  dataset: WORDS.dataset,
  dataDate: WORDS.dataDateLabel,
  list: { zh: '导出内容', en: 'List' },
  filters: { zh: '筛选条件', en: 'Filters' },
  /** The filters' line when there are none. */
  noFilters: { zh: '无（全部）', en: 'None (all rows)' },
  exportedAt: { zh: '导出时间', en: 'Exported' },
  rows: { zh: '行数', en: 'Rows' },
  /** The workbook's second sheet and its two columns. */
  aboutSheet: { zh: '说明', en: 'About' },
  item: { zh: '项目', en: 'Item' },
  value: { zh: '内容', en: 'Value' },
});
