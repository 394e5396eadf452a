/**
 * What every exported list says about itself, declared once: the dataset, its data date, the filters
 * in words, when the file was made and how many rows it holds; and the file's name, made from the
 * dataset's name, the list and the data date (never the day of the export: a list of the data of
 * 2026-10-31 exported a week later is still the list of 2026-10-31).
 *
 * - CSV ({@link exportCsv}): a header block of label,value lines (数据集 / 数据日期 / 筛选条件 /
 *   导出时间 / 行数, in the list's language), an empty line, then the table as export-csv.ts writes it.
 *   The app's own importer finds the table's header row below such lines (import/header-row.ts: the
 *   row that names the most known columns), so an exported list reads back in.
 * - Excel (export-xlsx.ts `exportXlsx`, which takes the same meta): the list's table on the first
 *   sheet as before, then a sheet 说明 / About with the same facts ({@link withAbout}); a workbook of
 *   several tables keeps the others after it. The importer reads the first sheet (a 说明 sheet is
 *   never taken for the data, import/best-sheet.ts).
 * - File name ({@link exportFileName}): `<dataset name>_<list>_<data date>.<ext>`, every part made
 *   safe for Windows and macOS.
 *
 * The filters come in as words (the panels phrase them, src/ui/filter-words.ts, the same words as the
 * chips and the bulletin), so this module stays pure. Text from the data or the user (the dataset's
 * name, a search text among the filters) goes through the CSV's formula guard like any cell.
 */
import Papa from 'papaparse';
import type { Lang } from '../domain/lang.ts';
import { PUNCT } from '../domain/punct-strings.ts';
import { tr } from '../domain/text.ts';
import { printStamp } from './dates.ts';
import { csvTextCell, fileNamePart, tableCsv, type ExportTable } from './export-csv.ts';
import { EXPORT_META_TEXT as T } from './export-strings.ts';

/** What an export says about itself (see the module comment). */
export interface ExportMeta {
  lang: Lang;
  /** The dataset's name as the app shows it, in the list's language: '临澄区（示例数据）'. */
  dataset: string;
  /** The data date, YYYY-MM-DD (the manifest's `asOf`). */
  asOf: string;
  /** The filters in words, one phrase each; none: the list holds every row. */
  filters: readonly string[];
  /** The list, as the file name and the About sheet name it: '企业清单', '隐患台账'. */
  what: string;
  /** When the file is made. */
  exportedAt: Date;
}

/** The filters as one line: the phrases, or 无（全部） when there are none. */
export function filtersInWords(meta: Pick<ExportMeta, 'lang' | 'filters'>): string {
  return meta.filters.length > 0 ? meta.filters.join(tr(meta.lang, PUNCT.clauseSep)) : tr(meta.lang, T.noFilters);
}

/** The facts, as label and value, in the order the CSV block and the About sheet give them. */
export function metaFacts(meta: ExportMeta, rows: number): [string, string][] {
  const t = (e: (typeof T)[keyof typeof T]) => tr(meta.lang, e);
  return [
    [t(T.dataset), meta.dataset],
    [t(T.dataDate), meta.asOf],
    [t(T.list), meta.what],
    [t(T.filters), filtersInWords(meta)],
    [t(T.exportedAt), printStamp(meta.exportedAt)],
    [t(T.rows), String(rows)],
  ];
}

/** CSV text (no BOM) of a list: the header block, an empty line, then the table (export-csv.ts `tableCsv`). */
export function exportCsv(table: ExportTable, meta: ExportMeta): string {
  const block = metaFacts(meta, table.rows.length).map(([label, value]) => [label, csvTextCell(value)]);
  return `${Papa.unparse(block, { newline: '\r\n', quotes: false })}\r\n\r\n${tableCsv(table)}`;
}

/** The About sheet (说明): one line per fact, the list's row count being that of `table`. */
export function aboutTable(table: ExportTable, meta: ExportMeta): ExportTable {
  return {
    name: tr(meta.lang, T.aboutSheet),
    headers: [tr(meta.lang, T.item), tr(meta.lang, T.value)],
    kinds: ['text', 'text'],
    rows: metaFacts(meta, table.rows.length),
  };
}

/**
 * The sheets of a workbook: the first table, the About sheet, then the other tables. The About
 * sheet's name is made unique should a table already be called so.
 */
export function withAbout(tables: readonly ExportTable[], meta: ExportMeta): ExportTable[] {
  if (tables.length === 0) throw new Error('an export needs a table');
  const about = aboutTable(tables[0], meta);
  const taken = new Set(tables.map((t) => t.name.toLowerCase()));
  let name = about.name;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${about.name} (${k})`;
  return [tables[0], { ...about, name }, ...tables.slice(1)];
}

/** A data date fit for a file name: YYYY-MM-DD as the manifest has it, anything else made safe. */
const datePart = (asOf: string) => (/^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : fileNamePart(asOf));

/**
 * The download's name: `<dataset name>_<list>_<data date>.<ext>`, e.g. `临澄区（示例数据）_企业清单_2026-10-31.xlsx`;
 * characters Windows or macOS refuse in a file name (`/ \ : * ? " < > |`, control characters) become `_`.
 */
export function exportFileName(meta: Pick<ExportMeta, 'dataset' | 'what' | 'asOf'>, ext: 'csv' | 'xlsx'): string {
  return `${fileNamePart(meta.dataset)}_${fileNamePart(meta.what)}_${datePart(meta.asOf)}.${ext}`;
}
