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
  /** The start of the download's file name. */
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
  /** The start of the download's file name. */
  fileName: { zh: '隐患台账', en: 'hazard-ledger' },
  /** The sheet's name in the .xlsx. */
  sheetName: WORDS.hazardLedger,
});
