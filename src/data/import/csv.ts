/**
 * CSV to rows of text cells, with the line number a user sees for every row. The bytes are decoded
 * first (decode-text.ts), then papaparse parses the string in chunks: progress without splitting a
 * multibyte character, and no `worker: true` (it gives wrong results in Vite production builds; this
 * module already runs inside the import worker).
 */
import Papa from 'papaparse';
import { decodeText, type TextEncodingLabel } from './decode-text.ts';
import { ImportError, type RawRows } from './types.ts';

/** Bytes of text handed to papaparse per chunk: small enough for smooth progress, big enough to be cheap. */
const CHUNK_CHARS = 4 << 20;

export interface CsvOptions {
  encoding?: TextEncodingLabel;
  /** Called with the share of the text parsed so far, 0..1. */
  onProgress?: (done: number) => void;
}

function countNewlines(row: string[]): number {
  let n = 0;
  for (const cell of row) {
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/**
 * Reads a CSV (comma, semicolon or tab separated; CRLF or LF; quoted fields with separators, quotes
 * and newlines). Empty lines are skipped but counted, so row numbers stay the file's line numbers.
 */
export function readCsv(file: string, bytes: Uint8Array, opts: CsvOptions = {}): RawRows {
  const { text, encoding } = decodeText(file, bytes, opts.encoding);
  const rows: string[][] = [];
  let numbers = new Int32Array(1024);
  let line = 1;
  const total = text.length;
  // A lone quote that never closes makes papaparse swallow the rest of the file into one field: report it.
  let quoteError: { row: number; message: string } | undefined;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    // papaparse's types only offer chunked parsing of a string when `complete` is given.
    complete: () => {},
    chunk: (results: Papa.ParseResult<string[]>) => {
      const data = results.data;
      const lineOf = new Int32Array(data.length);
      for (let k = 0; k < data.length; k++) {
        const row = data[k];
        const here = line;
        lineOf[k] = here;
        line += 1 + countNewlines(row);
        if (row.length === 1 && row[0].trim() === '') continue;
        if (rows.length === numbers.length) {
          const grown = new Int32Array(numbers.length * 2);
          grown.set(numbers);
          numbers = grown;
        }
        numbers[rows.length] = here;
        rows.push(row);
      }
      for (const e of results.errors) {
        if (e.type === 'Quotes' && !quoteError) quoteError = { row: e.row !== undefined && e.row < lineOf.length ? lineOf[e.row] : line, message: e.message };
      }
      opts.onProgress?.(Math.min(1, (results.meta.cursor ?? total) / Math.max(1, total)));
    },
  });
  if (rows.length === 0) throw new ImportError(file, { zh: '文件里没有任何数据行', en: 'the file has no rows' });
  if (quoteError) {
    throw new ImportError(file, {
      zh: `第 ${quoteError.row} 行附近有一个没有配对的英文双引号（"），其后的内容无法分列；请在表格软件中检查后重新导出`,
      en: `an unmatched double quote (") near line ${quoteError.row} makes the rest of the file unreadable; check it in a spreadsheet and export again`,
    });
  }
  return { file, rows, rowNumbers: numbers.subarray(0, rows.length), encoding };
}
