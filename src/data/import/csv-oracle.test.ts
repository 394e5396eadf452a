/**
 * The CSV reader against papaparse as the reference: random files mixing every quoting case
 * (separators, doubled quotes and newlines inside quotes), CRLF and LF, blank lines, short and long
 * rows, Chinese text and numbers. Cells, row count, line numbers and numbers must all agree.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random-columns.ts';
import { readCsv } from './csv.ts';

const WORDS = [
  '企业',
  '化工有限公司',
  'abc',
  '12',
  '-3.5',
  '0.000123',
  '1e5',
  '  7 ',
  '',
  '丽泽街道',
  'x"y',
  'a,b',
  'two\nlines',
  'crlf\r\nin',
  '"',
  ',',
  '121.524022',
  '9007199254740993',
];

function randomCsv(seed: number, delim: string, eol: string): string {
  const rnd = mulberry32(seed);
  const lines: string[] = [];
  const rows = 5 + Math.floor(rnd() * 40);
  for (let r = 0; r < rows; r++) {
    if (rnd() < 0.08) {
      lines.push('');
      continue;
    }
    const width = 1 + Math.floor(rnd() * 6);
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const w = WORDS[Math.floor(rnd() * WORDS.length)];
      const mustQuote = /[",\r\n\t;]/.test(w);
      cells.push(mustQuote || rnd() < 0.15 ? `"${w.replace(/"/g, '""')}"` : w);
    }
    lines.push(cells.join(delim));
  }
  return lines.join(eol) + (rnd() < 0.5 ? eol : '');
}

/** papaparse's rows with their starting line numbers, blank lines dropped. */
function reference(text: string, delim: string): { rows: string[][]; lines: number[] } {
  const parsed = Papa.parse<string[]>(text, { delimiter: delim, skipEmptyLines: false }).data;
  const rows: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  for (const row of parsed) {
    const here = line;
    line += 1 + row.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    if (row.length === 1 && row[0].trim() === '') continue;
    rows.push(row);
    lines.push(here);
  }
  return { rows, lines };
}

describe('readCsv agrees with papaparse', () => {
  for (const [delim, eol] of [
    [',', '\n'],
    [',', '\r\n'],
    ['\t', '\n'],
    [';', '\r\n'],
  ] as const) {
    it(`on 200 random files (${JSON.stringify(delim)}, ${JSON.stringify(eol)})`, () => {
      for (let seed = 1; seed <= 200; seed++) {
        const text = randomCsv(seed * 7 + delim.charCodeAt(0), delim, eol);
        const ref = reference(text, delim);
        if (ref.rows.length === 0) continue;
        const got = readCsv('r.csv', new TextEncoder().encode(text), { delimiter: delim });
        const cells = Array.from({ length: got.rows.length }, (_, i) => got.rows.row(i));
        expect(cells, `seed ${seed}`).toEqual(ref.rows);
        expect([...got.rowNumbers], `seed ${seed}`).toEqual(ref.lines);
        for (let r = 0; r < cells.length; r++) {
          for (let c = 0; c < cells[r].length; c++) {
            const v = cells[r][c];
            const want = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v) ? Number(v) : NaN;
            expect(got.rows.number(r, c), `seed ${seed} cell ${r},${c} "${v}"`).toBe(want);
          }
        }
      }
    });
  }
});
