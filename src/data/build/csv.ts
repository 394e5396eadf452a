/**
 * CSV reading for the data build: papaparse (quotes, embedded commas and newlines handled) fed row by
 * row, so a million-row file never becomes a million objects. Row numbers are the spreadsheet row a
 * user sees: the header is row 1, the first record row 2.
 */
import Papa from 'papaparse';
import type { ValidationIssue } from '../dataset.ts';

export interface CsvHeader {
  /** Column index by lower-case column name. */
  index: Map<string, number>;
}

/** Counts records cheaply so typed-array columns can be sized before parsing. */
export function estimateRows(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n + 1;
}

/**
 * Calls `onRow(fields, rowNumber)` for every record after the header. Returns the header, or undefined
 * (with an issue) when a required column is missing.
 */
export function readCsv(
  file: string,
  text: string,
  required: readonly string[],
  issues: ValidationIssue[],
  onRow: (fields: string[], row: number, header: CsvHeader) => void,
): CsvHeader | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let header: CsvHeader | undefined;
  let row = 0;
  let failed = false;
  Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      row++;
      const fields = result.data;
      if (!header) {
        const index = new Map(fields.map((name, i) => [name.trim().toLowerCase(), i] as const));
        const missing = required.filter((c) => !index.has(c));
        if (missing.length) {
          issues.push({ file, row: 1, column: missing.join(','), value: '', reason: `missing required column(s): ${missing.join(', ')}`, severity: 'error' });
          failed = true;
          parser.abort();
          return;
        }
        header = { index };
        return;
      }
      onRow(fields, row, header);
    },
  });
  if (!header && !failed) issues.push({ file, row: 1, column: '', value: '', reason: 'empty file: no header row', severity: 'error' });
  return failed ? undefined : header;
}

/** Field by column name ('' when the column is absent or the row is short). */
export function field(fields: string[], header: CsvHeader, column: string): string {
  const i = header.index.get(column);
  return i === undefined ? '' : (fields[i] ?? '').trim();
}
