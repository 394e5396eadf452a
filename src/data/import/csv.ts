/**
 * CSV to a table of cells, with the line number a user sees for every row. The bytes are decoded
 * first (decode-text.ts: BOM, strict UTF-8, else GB18030), then one pass over the text records
 * only where each cell ends; a cell becomes a string (or a number, read straight from the
 * characters) when someone asks for it. A million-row ledger is thus one string and one Int32Array
 * instead of sixteen million small strings: about five times faster than papaparse on the same text
 * (scripts/bench/import-1m.ts), which the unit tests use as the reference for every quoting case.
 *
 * RFC 4180 plus what spreadsheets write: comma, tab or semicolon separated; CRLF, LF or lone CR
 * (old Mac Excel, whose line breaks inside a cell are LF);
 * quoted fields with separators, doubled quotes and newlines; blank lines skipped but counted.
 */
import { decodeText, type TextEncodingLabel } from './decode-text.ts';
import type { Rows } from '../common/rows.ts';
import { trBoth } from '../../domain/text.ts';
import { TEXT_FILE_TEXT } from './text-file-strings.ts';
import { ImportError, type RawRows } from '../common/import-types.ts';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const PROGRESS_EVERY = 8 << 20;
/** Characters sampled (twice, in a large file) to size the cell arrays, and the most entries those start with. */
const SAMPLE = 1 << 16;
const MAX_PRESIZE = 1 << 25;

const EQUALS = 61,
  APOSTROPHE = 39;

/**
 * A cell as its spreadsheet shows it, undoing the two guards CSV exports (this app's among them) put
 * on text: `="0123…"`, the text formula that keeps a long digit string from becoming a number, is the
 * text inside; a `'` before `=`, `+`, `-`, `@`, a tab or a CR (the guard against formula injection)
 * is dropped. Anything else is returned as it is.
 */
export function unguardCell(v: string): string {
  const c = v.charCodeAt(0);
  if (
    c === EQUALS &&
    v.length >= 3 &&
    v.charCodeAt(1) === QUOTE &&
    v.charCodeAt(v.length - 1) === QUOTE &&
    !v.slice(2, -1).includes('"')
  )
    return v.slice(2, -1);
  if (c === APOSTROPHE && /^'[=+\-@\t\r]/.test(v)) return v.slice(1);
  return v;
}

export interface CsvOptions {
  encoding?: TextEncodingLabel;
  /** The separator, when known; detected otherwise. */
  delimiter?: ',' | '\t' | ';';
  /** Called with the share of the text parsed so far, 0..1. */
  onProgress?: (done: number) => void;
}

/**
 * The separator of a file: comma, tab or semicolon, counted outside quotes on the first lines. The
 * one that splits most lines into the same number of cells wins; then the most frequent; then comma.
 */
export function detectDelimiter(text: string): number {
  const CANDIDATES = [44, 9, 59];
  const perLine: number[][] = [];
  let counts = [0, 0, 0];
  let quoted = false;
  const end = Math.min(text.length, 65536);
  for (let i = 0; i < end && perLine.length < 50; i++) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) quoted = !quoted;
    else if (!quoted && (ch === LF || ch === CR)) {
      if (counts.some((c) => c > 0)) perLine.push(counts);
      counts = [0, 0, 0];
    } else if (!quoted) {
      const k = CANDIDATES.indexOf(ch);
      if (k >= 0) counts[k]++;
    }
  }
  if (counts.some((c) => c > 0)) perLine.push(counts);
  let best = 0;
  let bestKey = [-1, -1];
  for (let k = 0; k < 3; k++) {
    const first = perLine[0]?.[k] ?? 0;
    const steady = first > 0 ? perLine.filter((l) => l[k] === first).length : 0;
    const total = perLine.reduce((s, l) => s + l[k], 0);
    if (steady > bestKey[0] || (steady === bestKey[0] && total > bestKey[1])) {
      best = k;
      bestKey = [steady, total];
    }
  }
  return CANDIDATES[best];
}

/** An Int32Array filled from the front, doubling when full. */
class Growing {
  a: Int32Array;
  n = 0;
  constructor(expected: number) {
    this.a = new Int32Array(Math.max(1 << 10, expected));
  }
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  /** The entries pushed; a copy when most of the array went unused, so that the excess is freed. */
  done(): Int32Array {
    return this.n < this.a.length / 2 && this.a.length > 1 << 16 ? this.a.slice(0, this.n) : this.a.subarray(0, this.n);
  }
}

/** Cells of a parsed CSV: cell k spans from just after separator k-1 to separator k. */
class CsvRows implements Rows {
  readonly length: number;
  constructor(
    private readonly text: string,
    /** Position of the separator (delimiter, newline or end of text) that ends each cell. */
    private readonly ends: Int32Array,
    /** Index of each kept row's first cell, and one past its last. */
    private readonly firstCell: Int32Array,
    private readonly lastCell: Int32Array,
  ) {
    this.length = firstCell.length;
  }

  // The span of the cell last located (fields, not a tuple: this runs for every cell of a million rows).
  private start = 0;
  private end = 0;

  /** Locates cell c of row r; false past the row's end. */
  private locate(r: number, c: number): boolean {
    const k = this.firstCell[r] + c;
    if (c < 0 || k >= this.lastCell[r]) return false;
    const start = k === 0 ? 0 : this.ends[k - 1] + 1;
    let end = this.ends[k];
    // The last cell of a CRLF line ends before its CR.
    if (
      end > start &&
      this.text.charCodeAt(end - 1) === CR &&
      (end === this.text.length || this.text.charCodeAt(end) === LF)
    )
      end--;
    this.start = start;
    this.end = end;
    return true;
  }

  width(r: number): number {
    return this.lastCell[r] - this.firstCell[r];
  }

  cell(r: number, c: number): string {
    if (!this.locate(r, c)) return '';
    const { start, end } = this;
    if (start === end) return '';
    const t = this.text;
    const first = t.charCodeAt(start);
    if (first !== QUOTE)
      return first === EQUALS || first === APOSTROPHE ? unguardCell(t.slice(start, end)) : t.slice(start, end);
    const close = t.lastIndexOf('"', end - 1);
    const inner = close > start ? t.slice(start + 1, close) : t.slice(start + 1, end);
    const unquoted = inner.includes('""') ? inner.replace(/""/g, '"') : inner;
    return unguardCell(close > start && close + 1 < end ? unquoted + t.slice(close + 1, end) : unquoted);
  }

  number(r: number, c: number): number {
    if (!this.locate(r, c)) return NaN;
    const { start, end } = this;
    const t = this.text;
    let i = start;
    while (i < end && t.charCodeAt(i) === 32) i++;
    let sign = 1;
    if (t.charCodeAt(i) === 45) {
      sign = -1;
      i++;
    } else if (t.charCodeAt(i) === 43) i++;
    let mantissa = 0;
    let digits = 0;
    let frac = -1;
    for (; i < end; i++) {
      const ch = t.charCodeAt(i);
      if (ch >= 48 && ch <= 57) {
        mantissa = mantissa * 10 + (ch - 48);
        digits++;
        if (frac >= 0) frac++;
      } else if (ch === 46 && frac < 0) frac = 0;
      else break;
    }
    let j = i;
    while (j < end && t.charCodeAt(j) === 32) j++;
    if (start === end) return NaN;
    if (digits === 0 || j < end) {
      // Exponents, quotes and anything unusual: the exact, slow reading.
      const s = this.cell(r, c);
      return /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(s) ? Number(s) : NaN;
    }
    // Up to 15 digits and 22 decimals, mantissa / 10^k is the correctly rounded value (strtod's fast path).
    if (digits <= 15 && frac <= 22) return frac > 0 ? (sign * mantissa) / 10 ** frac : sign * mantissa;
    return Number(t.slice(start, end));
  }

  row(r: number): string[] {
    return Array.from({ length: this.width(r) }, (_, c) => this.cell(r, c));
  }
}

/**
 * Reads a CSV file. Throws ImportError for an empty or binary file, a file with no rows, or a quote
 * that never closes (everything after it would be one field).
 */
export function readCsv(file: string, bytes: Uint8Array, opts: CsvOptions = {}): RawRows {
  const decoded = decodeText(file, bytes, opts.encoding);
  const text = decoded.text;
  const delim = opts.delimiter ? opts.delimiter.charCodeAt(0) : detectDelimiter(text);
  const n = text.length;
  const highest = Math.max(delim, LF, CR);
  // Sized from a sample of the text (its start and its middle), so that a large file's arrays are
  // allocated once instead of doubled and copied a dozen times (a tenth of reading a million-row
  // ledger). An unrepresentative sample costs little: too small, the arrays double as before; too
  // large, the first allocation stops at MAX_PRESIZE entries and done() gives the excess back.
  let sampled = 0;
  let sampleCells = 1;
  let sampleRows = 1;
  for (const from of n > 2 * SAMPLE ? [0, (n >> 1) - (SAMPLE >> 1)] : [0]) {
    const to = Math.min(n, from + SAMPLE);
    for (let k = from; k < to; k++) {
      const ch = text.charCodeAt(k);
      if (ch === delim) sampleCells++;
      else if (ch === LF) {
        sampleCells++;
        sampleRows++;
      }
    }
    sampled += to - from;
  }
  const scaled = (x: number) => Math.min(MAX_PRESIZE, n + 2, Math.ceil(((x * n) / Math.max(1, sampled)) * 1.05) + 64);
  const ends = new Growing(scaled(sampleCells));
  const firstCell = new Growing(scaled(sampleRows));
  const lastCell = new Growing(scaled(sampleRows));
  const rowNumbers = new Growing(scaled(sampleRows));
  let line = 1;
  let rowLine = 1;
  let rowFirst = 0;
  let i = 0;
  let nextProgress = PROGRESS_EVERY;
  while (i <= n) {
    const cellStart = i;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      // A quoted cell: find its closing quote, counting the lines inside it.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          throw new ImportError(file, trBoth(TEXT_FILE_TEXT.unmatchedQuote, String(line)));
        }
        for (let k = j; k < q; k++) {
          const ch = text.charCodeAt(k);
          if (ch === LF || (ch === CR && text.charCodeAt(k + 1) !== LF)) line++;
        }
        if (text.charCodeAt(q + 1) === QUOTE) j = q + 2;
        else {
          i = q + 1;
          break;
        }
      }
    }
    // A row ends at LF, or at a lone CR (Excel's "CSV (Macintosh)"); CRLF ends at its LF.
    let rowEnd = false;
    while (i < n) {
      const ch = text.charCodeAt(i);
      // Most characters (letters, digits, CJK) are above every separator: one comparison for them.
      if (ch > highest) {
        i++;
        continue;
      }
      if (ch === delim) break;
      if (ch === LF || (ch === CR && text.charCodeAt(i + 1) !== LF)) {
        rowEnd = true;
        break;
      }
      i++;
    }
    ends.push(i);
    const cellIndex = ends.n - 1;
    if (rowEnd || i >= n) {
      // End of a row: keep it unless it is blank (one empty cell, quoted or not).
      const only = cellIndex === rowFirst ? text.slice(cellStart, i).trim() : 'x';
      const blank = only === '' || only === '""';
      if (!blank) {
        firstCell.push(rowFirst);
        lastCell.push(cellIndex + 1);
        rowNumbers.push(rowLine);
      }
      line++;
      rowLine = line;
      rowFirst = cellIndex + 1;
      if (i >= n) break;
    }
    i++;
    if (i >= nextProgress) {
      opts.onProgress?.(i / n);
      nextProgress += PROGRESS_EVERY;
    }
  }
  opts.onProgress?.(1);
  if (firstCell.n === 0) throw new ImportError(file, TEXT_FILE_TEXT.noRows);
  return {
    file,
    rows: new CsvRows(text, ends.done(), firstCell.done(), lastCell.done()),
    rowNumbers: rowNumbers.done(),
    encoding: decoded.encoding,
  };
}
