/**
 * The enterprise list as CSV, for 通报 (bulletins) and 约谈 (formal talks): one header row in the UI
 * language, then one line per row in the order given (the table's current sort). Pure: no DOM, no
 * store; the download (Blob, BOM, file name) is the caller's job, see {@link CSV_BOM} and
 * {@link csvFileName}.
 *
 * Quoting is papaparse's (RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled;
 * lines end in CRLF, which Excel expects).
 *
 * Spreadsheet formula injection (CSV injection): a cell that starts with `=`, `+`, `-` or `@` (or a
 * tab or CR, which some spreadsheets strip before parsing) is run as a formula by Excel/WPS/LibreOffice
 * when the file is opened, so an enterprise registered as `=HYPERLINK("http://evil","点击")` would
 * become a live link or worse. Every TEXT field taken from the data (credit code, name, sector, town,
 * grid, park, address) that starts with one of those characters is therefore prefixed with a single
 * quote `'` (OWASP's recommendation). The quote shows in the cell; the text is otherwise unchanged.
 * Numbers we format ourselves (score, counts) are never negative and are left as they are.
 * papaparse's own `escapeFormulae` is not used: its pattern `/^[=+\-@\t\r].*$/` has no `s` flag, so a
 * value with a line break after the formula slips through.
 *
 * A credit code of digits only (the older 15-digit registration numbers, and 18-digit codes
 * without a letter) would be read by Excel as a number and lose its last digits (9.13302E+17):
 * such a code is written as the text formula `="..."`, which every spreadsheet shows as the text
 * itself. It holds digits only, so nothing in it can run.
 *
 * Besides the level shown, every line says where it came from: the assessed level (from the
 * dataset's own assessment, when it has one), the model's level, and the veto that forced 重大.
 */
import Papa from 'papaparse';
import { LEVELS } from '../domain/levels.ts';
import { VETO_NAMES } from '../domain/explain.ts';
import { vetoFor, type RiskModel } from '../domain/risk-model.ts';
import { SECTORS } from '../domain/sectors.ts';
import type { Lang } from '../domain/lang.ts';
import type { EnterpriseColumns } from './columns.ts';
import type { EnterpriseText } from './dataset.ts';

/** What the export reads from a Dataset (a structural subset, so tests can pass a tiny object). */
export interface CsvSource {
  manifest: {
    towns: readonly { name: string }[];
    grids: readonly { name: string }[];
    parks: readonly { name: string }[];
  };
  enterprises: Pick<EnterpriseColumns, 'sector' | 'level' | 'score' | 'town' | 'grid' | 'park' | 'hazardsOpen' | 'hazardsOverdue'
    | 'assessedLevel' | 'modelLevel' | 'hazardsOpenMajor' | 'majorAccident3y'>;
  text: Pick<EnterpriseText, 'creditCode' | 'name' | 'address'>;
}

/**
 * The export's text, Chinese first, as `{zh, en}` entries picked by `entry[lang]` (a pure module: it
 * keeps its text here, not in src/i18n; the catalogue test reads it too). The columns in output order.
 */
export const EXPORT_CSV_TEXT = {
  creditCode: { zh: '统一社会信用代码', en: 'Credit code' },
  name: { zh: '企业名称', en: 'Name' },
  level: { zh: '风险等级', en: 'Risk level' },
  score: { zh: '风险分值', en: 'Risk score' },
  assessedLevel: { zh: '评估等级', en: 'Assessed level' },
  modelLevel: { zh: '模型等级', en: 'Model level' },
  veto: { zh: '一票否决', en: 'Veto' },
  sector: { zh: '行业领域', en: 'Sector' },
  town: { zh: '镇街', en: 'Town' },
  grid: { zh: '网格', en: 'Grid cell' },
  park: { zh: '园区', en: 'Park' },
  address: { zh: '地址', en: 'Address' },
  hazardsOpen: { zh: '未销号隐患', en: 'Open hazards' },
  hazardsOverdue: { zh: '逾期隐患', en: 'Overdue hazards' },
  /** The start of the download's file name. */
  fileName: { zh: '企业清单', en: 'enterprises' },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

const COLUMNS = [
  'creditCode', 'name', 'level', 'score', 'assessedLevel', 'modelLevel', 'veto', 'sector', 'town', 'grid', 'park', 'address', 'hazardsOpen', 'hazardsOverdue',
] as const satisfies readonly (keyof typeof EXPORT_CSV_TEXT)[];

/** Column headers, in output order. */
export const CSV_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  zh: COLUMNS.map((k) => EXPORT_CSV_TEXT[k].zh),
  en: COLUMNS.map((k) => EXPORT_CSV_TEXT[k].en),
};

/** UTF-8 byte order mark: put it first in the downloaded file so Excel reads the Chinese as UTF-8. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe from formula injection: a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` in front. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const text = (col: { get(i: number): string | null }, i: number) => neutraliseFormula(col.get(i) ?? '');
const DIGITS_ONLY = /^\d{12,}$/;
/** A credit code as a spreadsheet keeps it: digits-only codes as the text formula ="…" (see above). */
const creditCodeCell = (code: string) => (DIGITS_ONLY.test(code) ? `="${code}"` : neutraliseFormula(code));
const areaName = (list: readonly { name: string }[], k: number) => (k >= 0 && k < list.length ? neutraliseFormula(list[k].name) : '');

/**
 * CSV text (no BOM) of the given rows, in that order: credit code, name, level, score (1 decimal),
 * assessed level, model level, veto (under `model`'s rules), sector, town, grid cell, park, address,
 * open hazards, overdue hazards. Empty cells for "none".
 */
export function exportEnterprisesCsv(dataset: CsvSource, rows: ArrayLike<number>, lang: Lang, model?: Pick<RiskModel, 'veto'>): string {
  const c = dataset.enterprises;
  const levelName = (code: number) => LEVELS[code]?.[lang] ?? '';
  const t = dataset.text;
  const m = dataset.manifest;
  const data: string[][] = new Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const sector = SECTORS[c.sector[i]];
    const score = c.score[i];
    const veto = model ? vetoFor(model.veto, c.hazardsOpenMajor[i], c.majorAccident3y[i]) : null;
    data[k] = [
      creditCodeCell(t.creditCode.get(i) ?? ''),
      text(t.name, i),
      levelName(c.level[i]),
      Number.isFinite(score) ? score.toFixed(1) : '',
      c.assessedLevel[i] >= 0 ? levelName(c.assessedLevel[i]) : '',
      levelName(c.modelLevel[i]),
      veto ? VETO_NAMES[veto][lang] : '',
      sector ? sector[lang] : '',
      areaName(m.towns, c.town[i]),
      areaName(m.grids, c.grid[i]),
      areaName(m.parks, c.park[i]),
      text(t.address, i),
      String(c.hazardsOpen[i]),
      String(c.hazardsOverdue[i]),
    ];
  }
  // Every line, the last one included, ends in CRLF (papaparse alone ends the last line only when there is no data).
  return `${Papa.unparse([[...CSV_HEADERS[lang]], ...data], { newline: '\r\n', quotes: false })}\r\n`;
}

/** Local calendar date as YYYY-MM-DD. */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * File name for a download: `企业清单-<dataset name>-<YYYY-MM-DD>.csv` (English: `enterprises-…`).
 * Characters that Windows or macOS refuse in file names (and control characters) become `_`.
 */
export function csvFileName(datasetName: string, lang: Lang, date: Date): string {
  const safe = datasetName.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').trim() || 'data';
  return `${EXPORT_CSV_TEXT.fileName[lang]}-${safe}-${isoDate(date)}.csv`;
}
