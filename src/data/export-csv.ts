/**
 * The lists for 通报 (bulletins) and 约谈 (formal talks) as tables and as CSV: the enterprise list
 * and the hazard ledger (隐患台账), each one header row in the UI language, then one line per row in
 * the order given (the table's current sort). Pure: no DOM, no store; the download (Blob, BOM, file
 * name) is the caller's job, see {@link CSV_BOM} and {@link exportFileName}.
 *
 * Each list is first an {@link ExportTable}: its headers, what kind of value each column holds
 * (identifier, text, score, count, date) and the typed values. The CSV here and the .xlsx of
 * export-xlsx.ts write the same table, so both files have the same columns in the same order.
 *
 * Quoting is papaparse's (RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled;
 * lines end in CRLF, which Excel expects).
 *
 * Spreadsheet formula injection (CSV injection): a cell that starts with `=`, `+`, `-` or `@` (or a
 * tab or CR, which some spreadsheets strip before parsing) is run as a formula by Excel/WPS/LibreOffice
 * when the file is opened, so an enterprise registered as `=HYPERLINK("http://evil","点击")` would
 * become a live link or worse. Every TEXT field taken from the data (credit code, name, sector, town,
 * grid, park, address; hazard id, description, responsible person) that starts with one of those
 * characters is therefore prefixed with a single quote `'` (OWASP's recommendation). The quote shows
 * in the cell; the text is otherwise unchanged. Numbers and dates we format ourselves (score, counts,
 * days) are never negative and are left as they are.
 * papaparse's own `escapeFormulae` is not used: its pattern `/^[=+\-@\t\r].*$/` has no `s` flag, so a
 * value with a line break after the formula slips through.
 *
 * A text of digits only that a spreadsheet would turn into a number and spoil (credit codes of 15 or
 * 18 digits, hazard ids of 12+ digits: 9.13302E+17; a code with leading zeros loses them) is written
 * as the text formula `="..."`, which every spreadsheet shows as the text itself. It holds digits
 * only, so nothing in it can run. This holds for every text cell: 12 digits and more, or a leading 0.
 *
 * Besides the level shown, every enterprise line says where it came from: the assessed level (from
 * the dataset's own assessment, when it has one), the model's level, and the veto that forced 重大.
 */
import Papa from 'papaparse';
import type { RiskModel } from '../domain/risk-model.ts';
import type { Lang } from '../domain/lang.ts';
import { perLang, tr, type Text } from '../domain/text.ts';
import type { EnterpriseColumns } from './columns.ts';
import type { CellKind, ColumnRegistry, ExportRow, TextSource } from './common/columns/column-types.ts';
import { ENTERPRISE_COLUMNS, ENTERPRISE_VIEW_ORDER } from './common/columns/enterprise-columns.ts';
import { withPart } from './common/columns/select.ts';
import {
  HAZARD_LEVELS,
  HAZARD_SOURCES,
  HAZARD_STATUSES,
  type EnterpriseText,
  type HazardColumns,
  type TextColumn,
} from './dataset.ts';
import { formatDay, NO_DATE } from './dates.ts';
import { daysOverdue } from './ledger/hazard-ledger.ts';
import { enterpriseAreaNames, type EnterpriseAreaSource } from './ledger/enterprise-areas.ts';
import { EXPORT_CSV_TEXT, EXPORT_HAZARD_TEXT } from './export-strings.ts';

/** What the enterprise export reads from a Dataset (a structural subset, so tests can pass a tiny object). */
export interface CsvSource {
  manifest: {
    towns: readonly { name: string }[];
    grids: readonly { name: string }[];
    parks: readonly { name: string }[];
  };
  enterprises: Pick<
    EnterpriseColumns,
    | 'sector'
    | 'level'
    | 'score'
    | 'town'
    | 'grid'
    | 'park'
    | 'hazardsOpen'
    | 'hazardsOverdue'
    | 'assessedLevel'
    | 'modelLevel'
    | 'hazardsOpenMajor'
    | 'majorAccident3y'
  >;
  text: Pick<EnterpriseText, 'creditCode' | 'name' | 'address'>;
}

/** What the hazard ledger export reads from a Dataset (structural, like {@link CsvSource}). */
export interface HazardCsvSource {
  hazards: Pick<
    HazardColumns,
    'length' | 'enterprise' | 'found' | 'deadline' | 'closed' | 'level' | 'status' | 'source' | 'listed'
  > & { id: Pick<TextColumn, 'get'>; description: Pick<TextColumn, 'get'>; responsiblePerson: Pick<TextColumn, 'get'> };
  text: { creditCode: Pick<TextColumn, 'get'>; name: Pick<TextColumn, 'get'> };
  /** The enterprises' towns and grid cells and their names (a Dataset has them); absent, those columns are empty. */
  enterprises?: EnterpriseAreaSource['enterprises'];
  manifest?: EnterpriseAreaSource['manifest'];
}

/** The enterprise columns of the lists, in output order: those of the registry that have an export part. */
const exportColumns = (registry: ColumnRegistry) => withPart(registry, 'export', ENTERPRISE_VIEW_ORDER.export);

export type { CellKind };

/**
 * A list ready to write: headers in the UI language, each column's kind, and one row of values per
 * line. Text and code cells are strings ('' for none); score and count cells numbers (NaN for none);
 * date cells day numbers (NO_DATE for none).
 */
export interface ExportTable {
  /** The sheet's name in the .xlsx. */
  name: string;
  headers: readonly string[];
  kinds: readonly CellKind[];
  rows: readonly (readonly (string | number)[])[];
  /**
   * Rows above the header row, in the .xlsx only (a summary's figures: a label and a value each): a
   * string is a text cell, a number a number cell; an empty row leaves a blank line.
   */
  preamble?: readonly (readonly (string | number)[])[];
}

type Column<K extends string> = readonly [K, CellKind];

const HAZARD_COLUMNS = [
  ['id', 'code'],
  ['creditCode', 'code'],
  ['enterprise', 'text'],
  ['found', 'date'],
  ['deadline', 'date'],
  ['closed', 'date'],
  ['level', 'text'],
  ['status', 'text'],
  ['source', 'text'],
  ['overdue', 'count'],
  ['listed', 'text'],
  ['description', 'text'],
  ['responsiblePerson', 'text'],
  ['town', 'text'],
  ['grid', 'text'],
  ['gridWorker', 'text'],
] as const satisfies readonly Column<keyof typeof EXPORT_HAZARD_TEXT>[];

const headersOf = <K extends string>(
  columns: readonly Column<K>[],
  text: Record<K, Text>,
): Readonly<Record<Lang, readonly string[]>> => ({
  zh: columns.map(([k]) => text[k].zh),
  en: columns.map(([k]) => text[k].en),
});

/** Enterprise column headers, in output order. */
export const CSV_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  zh: exportColumns(ENTERPRISE_COLUMNS).map(([, e]) => e.header.zh),
  en: exportColumns(ENTERPRISE_COLUMNS).map(([, e]) => e.header.en),
};
/** Hazard ledger column headers, in output order. */
export const HAZARD_CSV_HEADERS: Readonly<Record<Lang, readonly string[]>> = headersOf(
  HAZARD_COLUMNS,
  EXPORT_HAZARD_TEXT,
);
const HAZARD_KINDS: readonly CellKind[] = HAZARD_COLUMNS.map(([, kind]) => kind);

/** UTF-8 byte order mark: put it first in the downloaded file so Excel reads the Chinese as UTF-8. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe from formula injection: a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` in front. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Digits a spreadsheet would read as a number and spoil: 12 or more (precision, 9.13302E+17), or a leading zero. */
const SPOILT_AS_NUMBER = /^(?:\d{12,}|0\d+)$/;

/** A text cell of the CSV: digits that a spreadsheet would spoil as the text formula ="…", anything else neutralised. */
export function csvTextCell(value: string): string {
  return SPOILT_AS_NUMBER.test(value) ? `="${value}"` : neutraliseFormula(value);
}

const str = (col: Pick<TextColumn, 'get'>, i: number) => col.get(i) ?? '';
/** A domain entry's name in the list's language, '' for a code outside its list. */
const nameOf = (entry: Text | undefined, lang: Lang) => (entry ? tr(lang, entry) : '');

/**
 * The enterprise list as a table, the given rows in that order: credit code, name, level, score,
 * assessed level, model level, veto (under `model`'s rules), sector, town, grid cell, park, address,
 * open hazards, overdue hazards (the registry's columns with an export part, `registry`'s when given).
 * Text as the data has it (the writers guard it).
 */
export function enterpriseTable(
  dataset: CsvSource,
  rows: ArrayLike<number>,
  lang: Lang,
  model?: Pick<RiskModel, 'veto'>,
  registry: ColumnRegistry = ENTERPRISE_COLUMNS,
): ExportTable {
  const parts = exportColumns(registry).map(([, e]) => e);
  // The structural subset the tests pass holds every column the export parts read.
  const x: ExportRow<EnterpriseColumns> = {
    i: 0,
    c: dataset.enterprises as EnterpriseColumns,
    text: dataset.text as unknown as Record<string, TextSource>,
    manifest: dataset.manifest,
    lang,
    model,
  };
  const data: (string | number)[][] = new Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    x.i = rows[k];
    data[k] = parts.map((e) => e.value(x));
  }
  return {
    name: tr(lang, EXPORT_CSV_TEXT.sheetName),
    headers: parts.map((e) => tr(lang, e.header)),
    kinds: parts.map((e) => e.kind),
    rows: data,
  };
}

/**
 * The hazard ledger as a table, the given hazards in that order (the ledger panel's rows): hazard id,
 * the enterprise's credit code and name, found date, deadline, closure date, level, status, source,
 * days overdue on `asOf` (0 when not overdue), listed supervision (是/否), description, responsible person,
 * and the enterprise's town, grid cell and grid worker (last, so the columns before keep their places).
 */
export function hazardTable(source: HazardCsvSource, rows: ArrayLike<number>, lang: Lang, asOf: number): ExportTable {
  const h = source.hazards;
  const t = source.text;
  const yes = tr(lang, EXPORT_HAZARD_TEXT.yes),
    no = tr(lang, EXPORT_HAZARD_TEXT.no);
  const areas =
    source.enterprises && source.manifest ? { enterprises: source.enterprises, manifest: source.manifest } : undefined;
  const data: (string | number)[][] = new Array(rows.length);
  for (let j = 0; j < rows.length; j++) {
    const k = rows[j];
    const e = h.enterprise[k];
    const where = enterpriseAreaNames(areas, e);
    data[j] = [
      str(h.id, k),
      e >= 0 ? str(t.creditCode, e) : '',
      e >= 0 ? str(t.name, e) : '',
      h.found[k],
      h.deadline[k],
      h.closed[k],
      nameOf(HAZARD_LEVELS[h.level[k]], lang),
      nameOf(HAZARD_STATUSES[h.status[k]], lang),
      nameOf(HAZARD_SOURCES[h.source[k]], lang),
      daysOverdue(h, k, asOf),
      h.listed[k] === 1 ? yes : no,
      str(h.description, k),
      str(h.responsiblePerson, k),
      where.town,
      where.grid,
      where.gridWorker,
    ];
  }
  return {
    name: tr(lang, EXPORT_HAZARD_TEXT.sheetName),
    headers: perLang(lang, HAZARD_CSV_HEADERS),
    kinds: HAZARD_KINDS,
    rows: data,
  };
}

/** One CSV field of a table's cell (before papaparse's quoting). */
function csvCell(kind: CellKind, v: string | number): string {
  switch (kind) {
    case 'code':
    case 'text':
      return csvTextCell(v as string);
    case 'score':
      return Number.isFinite(v) ? (v as number).toFixed(1) : '';
    case 'count':
      return Number.isFinite(v) ? String(v) : '';
    case 'date':
      return v === NO_DATE ? '' : formatDay(v as number);
  }
}

/** CSV text (no BOM) of a table: the header row, then its rows; every line, the last one included, ends in CRLF. */
export function tableCsv(table: ExportTable): string {
  const { kinds } = table;
  const lines: string[][] = new Array(table.rows.length + 1);
  lines[0] = [...table.headers];
  for (let k = 0; k < table.rows.length; k++) {
    const row = table.rows[k];
    const out: string[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) out[c] = csvCell(kinds[c], row[c]);
    lines[k + 1] = out;
  }
  // papaparse alone ends the last line only when there is no data.
  return `${Papa.unparse(lines, { newline: '\r\n', quotes: false })}\r\n`;
}

/**
 * CSV text (no BOM) of the given enterprise rows, in that order (see {@link enterpriseTable}): score
 * with 1 decimal, empty cells for "none".
 */
export function exportEnterprisesCsv(
  dataset: CsvSource,
  rows: ArrayLike<number>,
  lang: Lang,
  model?: Pick<RiskModel, 'veto'>,
): string {
  return tableCsv(enterpriseTable(dataset, rows, lang, model));
}

/**
 * CSV text (no BOM) of the given hazards, in that order (see {@link hazardTable}): dates as
 * YYYY-MM-DD, empty cells for "none".
 */
export function exportHazardsCsv(source: HazardCsvSource, rows: ArrayLike<number>, lang: Lang, asOf: number): string {
  return tableCsv(hazardTable(source, rows, lang, asOf));
}

/** A dataset's name as part of a file name: characters that Windows or macOS refuse (and control characters) become `_`. */
export function fileNamePart(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').trim() || 'data';
}
