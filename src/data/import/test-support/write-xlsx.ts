/**
 * A tiny hand-rolled OOXML (.xlsx) writer for tests. It writes the package parts as text and zips
 * them with fflate, so the spreadsheet reader (SheetJS) is tested against files it did not write
 * itself: a bug shared by a reader and its own writer would otherwise go unseen.
 *
 * Only what the reader tests need: shared and inline strings, numbers (optionally with the exact
 * XML text Excel would store, e.g. "9.1330200000000003E+17"), booleans, errors, formulas with a
 * cached value, cell styles that only carry a number format, merges, hidden rows and sheets, and
 * the 1904 date system.
 */
import { strToU8, zipSync } from 'fflate';

/** One cell. A bare string is a shared string, a number a numeric cell, a boolean a boolean cell. */
export type XCell =
  | string
  | number
  | boolean
  | null
  | {
      /** 'n' number, 's' shared string, 'inline' inline string, 'str' formula string, 'b', 'e'. */
      t?: 'n' | 's' | 'inline' | 'str' | 'b' | 'e';
      /** The value; for 'n' a number or the literal XML text of the number. */
      v: string | number | boolean;
      /** Index into XBook.xfs (0 = the default General style). */
      s?: number;
      /** Formula text (without '='); the cell then also carries `v` as the cached value. */
      f?: string;
    };

export interface XRow {
  /** The 1-based row number as Excel shows it. */
  r: number;
  /** cells[0] is column A. */
  cells: XCell[];
  hidden?: boolean;
}

export interface XSheet {
  name: string;
  rows: XRow[];
  /** Ranges like 'A1:I1'. */
  merges?: string[];
  hidden?: boolean;
}

export interface XBook {
  sheets: XSheet[];
  /** Custom number formats by id (ids >= 164 are custom; a built-in id may also be written out). */
  numFmts?: Record<number, string>;
  /** Cell styles after the default one: the numFmtId each uses. Style i+1 = xfs[i]. */
  xfs?: number[];
  date1904?: boolean;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** 0 -> 'A', 25 -> 'Z', 26 -> 'AA'. */
export function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PNS = 'http://schemas.openxmlformats.org/package/2006/relationships';

function sheetXml(sheet: XSheet, sst: string[], sstIndex: Map<string, number>): string {
  const shared = (s: string): number => {
    let i = sstIndex.get(s);
    if (i === undefined) {
      i = sst.length;
      sst.push(s);
      sstIndex.set(s, i);
    }
    return i;
  };
  const rows = sheet.rows.map((row) => {
    const cells = row.cells.map((cell, c) => {
      if (cell === null || cell === undefined) return '';
      const o = typeof cell === 'object' ? cell : { v: cell };
      const t = o.t ?? (typeof o.v === 'string' ? 's' : typeof o.v === 'boolean' ? 'b' : 'n');
      const ref = `${colName(c)}${row.r}`;
      const s = o.s ? ` s="${o.s}"` : '';
      const f = o.f ? `<f>${esc(o.f)}</f>` : '';
      switch (t) {
        case 's':
          return `<c r="${ref}"${s} t="s">${f}<v>${shared(String(o.v))}</v></c>`;
        case 'inline':
          return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${esc(String(o.v))}</t></is></c>`;
        case 'str':
          return `<c r="${ref}"${s} t="str">${f}<v>${esc(String(o.v))}</v></c>`;
        case 'b':
          return `<c r="${ref}"${s} t="b">${f}<v>${o.v === true || o.v === 1 || o.v === '1' ? 1 : 0}</v></c>`;
        case 'e':
          return `<c r="${ref}"${s} t="e">${f}<v>${esc(String(o.v))}</v></c>`;
        default:
          return `<c r="${ref}"${s}>${f}<v>${String(o.v)}</v></c>`;
      }
    });
    return `<row r="${row.r}"${row.hidden ? ' hidden="1"' : ''}>${cells.join('')}</row>`;
  });
  const maxCol = Math.max(1, ...sheet.rows.map((r) => r.cells.length));
  const maxRow = Math.max(1, ...sheet.rows.map((r) => r.r));
  const dim = sheet.rows.length ? `<dimension ref="A1:${colName(maxCol - 1)}${maxRow}"/>` : '<dimension ref="A1"/>';
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  return `${XML}<worksheet xmlns="${NS}" xmlns:r="${RNS}">${dim}<sheetData>${rows.join('')}</sheetData>${merges}</worksheet>`;
}

function stylesXml(book: XBook): string {
  const fmts = Object.entries(book.numFmts ?? {});
  const numFmts = fmts.length
    ? `<numFmts count="${fmts.length}">${fmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</numFmts>`
    : '';
  const xfs = [0, ...(book.xfs ?? [])]
    .map(
      (id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`,
    )
    .join('');
  return (
    `${XML}<styleSheet xmlns="${NS}">${numFmts}` +
    '<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${(book.xfs?.length ?? 0) + 1}">${xfs}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

/** The package parts as text, by path, so a test can damage or drop one before zipping. */
export function xlsxParts(book: XBook): Record<string, string> {
  const sst: string[] = [];
  const sstIndex = new Map<string, number>();
  const parts: Record<string, string> = {};
  book.sheets.forEach((sh, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sh, sst, sstIndex);
  });
  const ct = book.sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  parts['[Content_Types].xml'] =
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    `${ct}</Types>`;
  parts['_rels/.rels'] =
    `${XML}<Relationships xmlns="${PNS}"><Relationship Id="rId1" Type="${RNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheets = book.sheets
    .map(
      (sh, i) =>
        `<sheet name="${esc(sh.name)}" sheetId="${i + 1}"${sh.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  parts['xl/workbook.xml'] =
    `${XML}<workbook xmlns="${NS}" xmlns:r="${RNS}"><workbookPr${book.date1904 ? ' date1904="1"' : ''}/>` +
    `<bookViews><workbookView/></bookViews><sheets>${sheets}</sheets></workbook>`;
  const n = book.sheets.length;
  parts['xl/_rels/workbook.xml.rels'] =
    `${XML}<Relationships xmlns="${PNS}">` +
    book.sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RNS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('') +
    `<Relationship Id="rId${n + 1}" Type="${RNS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${RNS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  parts['xl/styles.xml'] = stylesXml(book);
  parts['xl/sharedStrings.xml'] =
    `${XML}<sst xmlns="${NS}" count="${sst.length}" uniqueCount="${sst.length}">` +
    sst.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('') +
    '</sst>';
  return parts;
}

/** Zip the parts into .xlsx bytes (deflated, as Excel does). */
export function zipParts(parts: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(parts)) files[path] = strToU8(text);
  return zipSync(files, { level: 6 });
}

/** Write a workbook as .xlsx bytes. */
export function writeXlsx(book: XBook): Uint8Array {
  return zipParts(xlsxParts(book));
}
