/**
 * Reads a bureau's own spreadsheets (.xlsx, BIFF8 .xls, and the "xls" files Chinese systems export
 * that are really HTML, SpreadsheetML XML or delimited text) into RawRows of display text.
 *
 * Pure: no DOM, so it runs in the import worker, in Node and in tests. SheetJS does the file-format
 * work; this module decides what each cell's text is, because SheetJS's own display text follows
 * US formats (3/5/26) and its cellDates option gives local-midnight Date objects that shift a day
 * west of UTC. Dates are computed here from the serial and the cell's number format instead.
 */
import { PUNCT } from '../../domain/punct-strings.ts';
import { inBoth, tr, trBoth, type Text } from '../../domain/text.ts';
import { read, type CellObject, type ParsingOptions, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { inflateBounded, partLarger, partTooBig, type Container } from './inflate-bounded.ts';
import { SIZE_LIMITS } from './limits.ts';
import { SPREADSHEET_TEXT as MSG } from './spreadsheet-strings.ts';
import { arrayRows } from '../common/rows.ts';
import { ImportError, type RawRows } from '../common/import-types.ts';
import { entryData, listZip, type ZipEntry } from './zip.ts';

/** Refuse sheets with more cells than this: building the rows would exhaust a worker's memory. */
export const MAX_CELLS = 30_000_000;
/**
 * Refuse any zip part bigger than this before parsing it: SheetJS turns each part into one JS
 * string, so the part is held to the limit of a text file, for the same reason (limits.ts).
 */
export const MAX_PART_BYTES = SIZE_LIMITS.text;

const tooBig = (what: Text, limit = MAX_CELLS): Text => trBoth(MSG.tooBig, what, limit.toLocaleString('en-US'));

type Kind = 'zip' | 'cfb' | 'text';

/** Decide by content, not by name: .xls files from Chinese systems are often HTML or text. */
function sniff(file: string, b: Uint8Array): Kind {
  if (b.length === 0) throw new ImportError(file, MSG.empty);
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'zip';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'cfb';
  return 'text';
}

/**
 * Text saved as .xls: UTF-16 ("Unicode text" from Excel), UTF-8, else GB18030 (a superset of GBK,
 * which Chinese Windows systems write). Decoding here means SheetJS never needs its code-page tables.
 */
function decodeText(file: string, b: Uint8Array): string {
  let text: string;
  if (b[0] === 0xff && b[1] === 0xfe) text = new TextDecoder('utf-16le').decode(b.subarray(2));
  else if (b[0] === 0xfe && b[1] === 0xff) text = new TextDecoder('utf-16be').decode(b.subarray(2));
  else {
    // A NUL byte means binary (a PNG, a PDF, junk); legacy text encodings never contain one.
    if (b.subarray(0, 65536).includes(0)) throw new ImportError(file, MSG.notSheet);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      text = new TextDecoder('gb18030').decode(b);
    }
  }
  text = text.replace(/^\uFEFF/, '');
  const head = text.slice(0, 65536);
  const controls = (head.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g) ?? []).length;
  if (!head.trim() || controls > head.length / 100) throw new ImportError(file, MSG.notSheet);
  return text;
}

/** A workbook as the messages about its parts' sizes name it. */
const IN_WORKBOOK: Container = {
  where: MSG.inWorkbook,
  directory: MSG.workbookDirectory,
  each: MSG.eachPart,
  advice: MSG.trimAdvice,
  damaged: MSG.damagedUnreadable,
};

/**
 * Workbooks already checked, with the limit they passed: a workbook is read again for every sheet
 * tried (listSheets, bestSheet in prepare.ts), and the import never changes a file's bytes.
 */
const checked = new WeakMap<Uint8Array, number>();

/**
 * Check a zip before SheetJS inflates all of it: damaged, not a workbook, or a part too big, by its
 * declared size or by what it really inflates to. SheetJS trusts the declared size: a sheet that
 * declares 100 KB and inflates to 2 GB came out, after 40 s, as an empty sheet. So every part is
 * inflated here first, counting only, and given up past the part limit.
 */
function checkZip(file: string, b: Uint8Array, maxPart: number): void {
  // Passing under a limit means passing under any higher one.
  if ((checked.get(b) ?? Infinity) <= maxPart) return;
  let parts: ZipEntry[];
  try {
    parts = listZip(file, b);
  } catch {
    throw new ImportError(file, MSG.corrupt);
  }
  if (!parts.some((p) => /(^|\/)workbook\.(xml|bin)$/i.test(p.name) || p.name === 'content.xml')) {
    throw new ImportError(file, MSG.notWorkbookZip);
  }
  // A part's declared size is then at most maxPart, so one that inflates past maxPart is larger than declared too.
  const big = parts.find((p) => p.size > maxPart);
  if (big) throw new ImportError(file, partTooBig(IN_WORKBOOK, big.name, big.size, maxPart));
  for (const p of parts) {
    // Encrypted parts and other methods are SheetJS's to refuse.
    if (p.flags & 1 || (p.method !== 0 && p.method !== 8)) continue;
    let size: number;
    try {
      const data = entryData(file, b, p);
      size = p.method === 0 ? data.length : inflateBounded(data, maxPart);
    } catch {
      throw new ImportError(file, MSG.corrupt);
    }
    if (size > p.size) throw new ImportError(file, partLarger(IN_WORKBOOK, p.name, p.size, size, maxPart));
  }
  checked.set(b, maxPart);
}

function parse(file: string, bytes: Uint8Array, opts: ParsingOptions, maxPart = MAX_PART_BYTES): WorkBook {
  const kind = sniff(file, bytes);
  if (kind === 'zip') checkZip(file, bytes, maxPart);
  const common: ParsingOptions = { ...opts, dense: true, cellDates: false, cellNF: true, cellHTML: false };
  try {
    // raw: text sources keep every cell as the text shown, so '913302000000000012' stays a string.
    return kind === 'text'
      ? read(decodeText(file, bytes), { ...common, type: 'string', raw: true })
      : read(bytes, { ...common, type: 'array' });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    // Excel encrypts inside an OLE container; "ZIP encryption" is a damaged zip header's flag bits.
    if (/password|encrypt/i.test(msg) && !/\bZIP\b/i.test(msg)) throw new ImportError(file, MSG.encrypted);
    throw new ImportError(file, kind === 'text' ? MSG.notSheet : MSG.corrupt);
  }
}

/** The sheet names of a workbook in workbook order (hidden sheets included), without reading cells. */
export function listSheets(file: string, bytes: Uint8Array): string[] {
  return parse(file, bytes, { bookSheets: true }).SheetNames.slice();
}

/** Date/time classes of a number format; null = an ordinary number. */
type DateKind = 'date' | 'datetime' | 'time' | 'elapsed' | null;

const kindCache = new Map<string, DateKind>();

/** What a number format shows: quoted text, escapes, colours and locale tags do not count. */
function formatKind(fmt: string): DateKind {
  let k = kindCache.get(fmt);
  if (k !== undefined) return k;
  const s = fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\.|[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '') // [Red], [$-804], [DBNum1]; keep [h] elapsed
    .replace(/general|e[+-]/gi, '') // 'General' and exponents (0.00E+00) are not days or years
    .split(';')[0];
  const ampm = /AM\/PM|A\/P|上午\/下午/i.test(s);
  const t = s.replace(/AM\/PM|A\/P|上午\/下午/gi, '');
  const time = ampm || /[hs]/i.test(t);
  const date = /[yde]/i.test(t) || (/m/i.test(t) && !time); // m next to h or s is minutes
  k = /\[[hms]+\]/i.test(t) ? 'elapsed' : date && time ? 'datetime' : date ? 'date' : time ? 'time' : null;
  kindCache.set(fmt, k);
  return k;
}

/**
 * A cell's date class. Built-in formats that SheetJS has not loaded when it meets them (zh-CN ids
 * 27-36 and 50-58 in .xlsx, any built-in id in .xls) leave `z` unset; SheetJS then formats `w`
 * with its stand-in ('m/d/yy', 'h:mm:ss', ...), so the shape of `w` tells the class.
 */
function cellKind(c: CellObject): DateKind {
  if (typeof c.z === 'string') return formatKind(c.z);
  const w = c.w ?? '';
  if (/^\d+\/\d+\/\d+ \d+:\d+/.test(w)) return 'datetime';
  if (/^\d+\/\d+\/\d+$|^\d+-[A-Za-z]{3}(-\d+)?$|^[A-Za-z]{3}-\d+$/.test(w)) return 'date';
  if (/^\d+:\d\d(:\d\d)?( ?[AP]M)?$/i.test(w)) return 'time';
  return null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Excel serial -> 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM' or 'HH:MM', in UTC arithmetic so no time zone
 * can move a day. Rounds to the second as Excel's display does, then drops the seconds.
 */
export function serialToText(serial: number, kind: Exclude<DateKind, null>, date1904 = false): string {
  let secs = Math.round(serial * 86400);
  let days = Math.floor(secs / 86400);
  secs -= days * 86400;
  const hm = `${pad(Math.floor(secs / 3600))}:${pad(Math.floor(secs / 60) % 60)}`;
  if (kind === 'elapsed') return `${pad(days * 24 + Math.floor(secs / 3600))}:${pad(Math.floor(secs / 60) % 60)}`;
  if (kind === 'time') return hm;
  let ymd: string;
  if (date1904) days += 1462; // 1904-01-01 is serial 1462 in the 1900 system
  if (!date1904 && days === 60)
    ymd = '1900-02-29'; // Lotus 1-2-3's leap day, which Excel keeps
  else {
    if (!date1904 && days < 60) days += 1; // before the fake leap day, serials count from 1899-12-31
    const d = new Date(Date.UTC(1899, 11, 30) + days * 86400000);
    ymd = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  return kind === 'datetime' ? `${ymd} ${hm}` : ymd;
}

/** A number as plain digits: no grouping, no exponent, Excel's 15 significant digits for fractions. */
export function numberToText(x: number): string {
  if (!Number.isFinite(x)) return '';
  // Integers keep every digit the file holds (a credit code stored as a number included).
  if (Number.isInteger(x)) return Number.isSafeInteger(x) ? String(x) : BigInt(x).toString();
  const s = String(Number(x.toPrecision(15))); // 0.1+0.2 -> 0.3, as Excel shows it
  const m = /^(-?)(\d)(?:\.(\d+))?e-(\d+)$/.exec(s);
  return m ? `${m[1]}0.${'0'.repeat(Number(m[4]) - 1)}${m[2]}${m[3] ?? ''}` : s;
}

function cellText(c: CellObject, date1904: boolean): string {
  switch (c.t) {
    case 's':
      return String(c.v ?? '').trim();
    case 'b':
      return c.v ? 'true' : 'false';
    case 'n': {
      const v = c.v as number;
      const kind = cellKind(c);
      return kind && v >= 0 ? serialToText(v, kind, date1904) : numberToText(v);
    }
    case 'd': {
      // Only from formats where SheetJS builds a Date itself (ODS, SpreadsheetML); it uses UTC there.
      const d = c.v instanceof Date ? c.v : new Date(String(c.v));
      if (Number.isNaN(d.getTime())) return String(c.v ?? '').trim();
      const ymd = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      return d.getUTCHours() || d.getUTCMinutes() ? `${ymd} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : ymd;
    }
    default:
      return ''; // 'e' error cells (#N/A, #DIV/0!) and 'z' stubs
  }
}

/**
 * Read one sheet (the first by default, hidden or not) as rows of display text.
 *
 * - rows hold the sheet's used range from its first column; trailing empty cells are dropped and
 *   fully empty rows are left out, while `rowNumbers` keep the Excel row numbers the user sees.
 * - Merged cells carry the top-left value into every cell they cover.
 * - Numbers are plain digits, booleans 'true'/'false', error cells '', formulas their cached value,
 *   dates under a date format 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM' (time-only formats 'HH:MM').
 *
 * @throws ImportError for an empty, damaged, encrypted or non-spreadsheet file, an unknown sheet
 *   name (the message lists the sheets), an empty sheet, a sheet above `maxCells` cells
 *   (default MAX_CELLS; lower it for a tighter memory budget or a test), or an .xlsx part that
 *   declares or inflates to more than `maxPartBytes` (default MAX_PART_BYTES) or more than it declares.
 */
export function readSpreadsheet(
  file: string,
  bytes: Uint8Array,
  opts: { sheet?: string; maxCells?: number; maxPartBytes?: number } = {},
): RawRows {
  const maxCells = opts.maxCells ?? MAX_CELLS;
  const wb = parse(file, bytes, { sheets: opts.sheet ?? 0 }, opts.maxPartBytes);
  const sheetNames = wb.SheetNames.slice();
  const sheet = opts.sheet ?? sheetNames[0];
  const ws: WorkSheet | undefined = sheet === undefined ? undefined : wb.Sheets[sheet];
  // Listed in the workbook but not readable: its part is missing or damaged.
  if (!ws && sheet !== undefined && sheetNames.includes(sheet)) throw new ImportError(file, MSG.corrupt);
  if (!ws) {
    const list = sheetNames.length
      ? inBoth((l) => sheetNames.map((n) => tr(l, PUNCT.quote, n)).join(tr(l, PUNCT.enumSep)))
      : MSG.noSheets;
    throw new ImportError(file, trBoth(MSG.noSuchSheet, opts.sheet ?? '', list));
  }
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
  const emptySheet = (): ImportError => new ImportError(file, trBoth(MSG.emptySheet, sheet ?? ''));
  if (!ws['!ref'] || data.length === 0) throw emptySheet();
  let c0 = Infinity; // the used range's first column (a loop: a spread of 1M rows overflows the stack)
  for (const row of data) {
    const i = row ? row.findIndex((c) => c !== undefined) : -1;
    if (i >= 0 && i < c0) c0 = i;
  }
  if (c0 === Infinity) throw emptySheet();

  // Text grid, sparse by row; counting cells as they are made keeps a huge sheet from running on.
  const grid: string[][] = [];
  let cells = 0;
  const over = (): ImportError => {
    const n = cells.toLocaleString('en-US');
    return new ImportError(file, tooBig(trBoth(MSG.overCells, n), maxCells));
  };
  data.forEach((row, r) => {
    if (!row) return;
    const out: string[] = [];
    for (let c = c0; c < row.length; c++) {
      const cell = row[c];
      out[c - c0] = cell ? cellText(cell, date1904) : '';
    }
    cells += out.length;
    if (cells > maxCells) throw over();
    grid[r] = out;
  });
  for (const m of ws['!merges'] ?? []) {
    const value = grid[m.s.r]?.[m.s.c - c0] ?? '';
    if (!value) continue;
    // Clip to the data: a merge can span far past the last row that holds anything.
    for (let r = m.s.r; r <= Math.min(m.e.r, data.length - 1); r++) {
      const out = (grid[r] ??= []);
      for (let c = Math.max(m.s.c, c0); c <= m.e.c; c++) out[c - c0] = value;
      cells += m.e.c - m.s.c + 1;
      if (cells > maxCells) throw over();
    }
  }

  const rows: string[][] = [];
  const numbers: number[] = [];
  grid.forEach((out, r) => {
    let n = out.length;
    while (n > 0 && !out[n - 1]) n--;
    if (n === 0) return;
    rows.push(Array.from({ length: n }, (_, i) => out[i] ?? ''));
    numbers.push(r + 1);
  });
  if (rows.length === 0) throw emptySheet();
  return { file, rows: arrayRows(rows), rowNumbers: Int32Array.from(numbers), sheet, sheetNames };
}
