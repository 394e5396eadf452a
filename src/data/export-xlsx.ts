/**
 * The enterprise list and the hazard ledger as `.xlsx` bytes, for 通报 and 约谈: the same tables as
 * the CSV (export-csv.ts: same columns, same order, the UI language's headers), the list on the first
 * sheet and the About sheet (说明, export-meta.ts) second, the header row bold and frozen, column widths that fit Chinese text. Pure: no DOM, no store; runs in
 * the page, a worker or Node (write-excel-file's `universal` entry gives a Blob, which all three
 * have; no `document`, no download). The UI loads this module with a dynamic `import()` when the
 * user asks for a file, so the writer is not in the initial bundle.
 *
 * Cells, by the column's kind (export-csv.ts's `CellKind`):
 * - `code` (credit codes, hazard ids) and `text`: TEXT cells (`t="s"`, a shared string), never
 *   numbers, so Excel shows an 18-digit code whole. The codes also carry the number format `@`
 *   (Text): should a user edit such a cell, Excel keeps what is typed as text too. The other text
 *   cells do not (a Text-formatted cell of more than 255 characters shows as ### in some Excel
 *   versions, and a format costs the writer a style lookup per cell). An empty value is an empty cell.
 * - `score`: a number with the format `0.0`; `count`: a whole number; none is an empty cell.
 * - `date`: a real Excel date (the serial number of the day) with the format `yyyy-mm-dd`. A day
 *   number is days since 1970-01-01 and the writer's serial is `getTime() / 86400000 + 25569`, so the
 *   Date handed over is the day's UTC midnight and the serial is a whole number: no time of day, no
 *   time zone, the same calendar day wherever the file is written or opened.
 *
 * Formula injection: write-excel-file writes a string cell as an index into xl/sharedStrings.xml
 * (`<c t="s"><v>3</v></c>`, the text XML-escaped in `<si><t>…</t></si>`); only a cell of the type
 * 'Formula' gets an `<f>` element, and this module makes none. A spreadsheet does not evaluate a
 * shared string, so a value starting with `=`, `+`, `-` or `@` is shown as the text it is when the
 * file is opened: the guard the CSV needs (a `'` in front) is not needed here, and the text reads
 * back exactly as the data has it.
 *
 * One quirk of the writer is worked around: it looks shared strings up in a plain object, so a cell
 * whose whole text is a name of Object.prototype (`constructor`, `toString`, `__proto__`…) would be
 * written as garbage and spoil the file. Such a text is handed over as a stand-in (the name between
 * two U+E000 private-use characters) and put back in xl/sharedStrings.xml afterwards.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import { NO_DATE } from './dates.ts';
import type { CellKind, ExportTable } from './export-csv.ts';
import { withAbout, type ExportMeta } from './export-meta.ts';

/** The MIME type of an .xlsx file, for the download's Blob. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The display formats of the cells. */
export const XLSX_FORMATS = { text: '@', date: 'yyyy-mm-dd', score: '0.0' } as const;

const DAY_MS = 86_400_000;
/** Excel keeps at most this many characters in a cell (a longer one makes Excel "repair" the file). */
const MAX_CELL_CHARS = 32_767;
/** Column widths, in characters of the digit width. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 50;

const STAND_IN_MARK = '\uE000';
const needsStandIn = (s: string) => s in Object.prototype;

/**
 * How many digit widths a text takes: East Asian wide characters (Han, kana, Hangul, CJK and
 * full-width punctuation, and the astral CJK planes) count 2, anything else 1.
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair: the CJK extensions (planes 2 and 3) are wide, emoji about as wide.
      w += 2;
      i++;
    } else if (
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
    ) {
      w += 2;
    } else {
      w += 1;
    }
  }
  return w;
}

/** The width a value of a column takes as shown. */
function valueWidth(kind: CellKind, v: string | number): number {
  switch (kind) {
    case 'code':
    case 'text':
      return displayWidth(v as string);
    case 'score':
      return Number.isFinite(v) ? (v as number).toFixed(1).length : 0;
    case 'count':
      return Number.isFinite(v) ? String(v).length : 0;
    case 'date':
      return 10;
  }
}

/**
 * Each column's width in characters: the widest of its header (bold, a little wider), its values and
 * the preamble's cells, plus a margin, between 6 and 50 (a long description is cut off at the edge, as
 * in any sheet).
 */
export function columnWidths(table: ExportTable): number[] {
  return table.headers.map((header, c) => {
    const kind = table.kinds[c];
    let w = Math.ceil(displayWidth(header) * 1.15);
    for (const row of table.rows) {
      const v = valueWidth(kind, row[c]);
      if (v > w) w = v;
    }
    for (const row of table.preamble ?? []) {
      const v = c < row.length ? displayWidth(String(row[c])) : 0;
      if (v > w) w = v;
    }
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
  });
}

/** The cell of a value of a column (see the module comment); `standIns` collects the texts put back later. */
function cellOf(kind: CellKind, v: string | number, standIns: Set<string>): Cell {
  switch (kind) {
    case 'code':
    case 'text': {
      let s = v as string;
      if (s === '') return null;
      if (s.length > MAX_CELL_CHARS) s = s.slice(0, MAX_CELL_CHARS);
      if (needsStandIn(s)) {
        standIns.add(s);
        s = STAND_IN_MARK + s + STAND_IN_MARK;
      }
      // The Text format on the identifiers only (see the module comment).
      return kind === 'code' ? { value: s, type: String, format: XLSX_FORMATS.text } : { value: s, type: String };
    }
    case 'score':
      return Number.isFinite(v) ? { value: v as number, type: Number, format: XLSX_FORMATS.score } : null;
    case 'count':
      return Number.isFinite(v) ? { value: v as number, type: Number } : null;
    case 'date':
      return v === NO_DATE || (v as number) < 0
        ? null
        : { value: new Date((v as number) * DAY_MS), type: Date, format: XLSX_FORMATS.date };
  }
}

/** The sheet's cells: the preamble's rows, the bold header row, then a row of typed cells per table row. */
function sheetData(table: ExportTable, standIns: Set<string>): SheetData {
  const { kinds } = table;
  const preamble = table.preamble ?? [];
  const top = preamble.length;
  const data: SheetData = new Array(top + table.rows.length + 1);
  // An empty row still needs a cell for the writer: one empty cell.
  preamble.forEach(
    (row, k) =>
      (data[k] =
        row.length === 0 ? [null] : row.map((v) => cellOf(typeof v === 'number' ? 'count' : 'text', v, standIns))),
  );
  data[top] = table.headers.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const }));
  for (let k = 0; k < table.rows.length; k++) {
    const row = table.rows[k];
    const cells: Cell[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) cells[c] = cellOf(kinds[c], row[c], standIns);
    data[top + k + 1] = cells;
  }
  return data;
}

/** Puts the stand-ins' texts back in the shared strings (see the module comment). */
function restoreStandIns(bytes: Uint8Array<ArrayBuffer>, standIns: ReadonlySet<string>): Uint8Array<ArrayBuffer> {
  const files = unzipSync(bytes);
  const path = 'xl/sharedStrings.xml';
  let xml = strFromU8(files[path]);
  for (const s of standIns) xml = xml.split(`>${STAND_IN_MARK}${s}${STAND_IN_MARK}<`).join(`>${s}<`);
  files[path] = strToU8(xml);
  return zipSync(files) as Uint8Array<ArrayBuffer>;
}

/** An .xlsx file (bytes) with one sheet per table, in that order: header row bold and frozen (with the preamble above it), widths fitted. */
export async function tablesXlsx(tables: readonly ExportTable[]): Promise<Uint8Array<ArrayBuffer>> {
  const standIns = new Set<string>();
  const sheets = tables.map((table) => ({
    data: sheetData(table, standIns),
    sheet: table.name,
    columns: columnWidths(table).map((width) => ({ width })),
    stickyRowsCount: (table.preamble?.length ?? 0) + 1,
  }));
  const blob = await writeXlsxFile(sheets).toBlob();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return standIns.size > 0 ? restoreStandIns(bytes, standIns) : bytes;
}

/**
 * A list's workbook: its table on the first sheet, the About sheet (说明) with the dataset, data date,
 * filters in words, export time and row count second, then any other tables (export-meta.ts).
 */
export function exportXlsx(tables: readonly ExportTable[], meta: ExportMeta): Promise<Uint8Array<ArrayBuffer>> {
  return tablesXlsx(withAbout(tables, meta));
}
