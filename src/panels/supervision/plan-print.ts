/**
 * The yearly plan's print page: the plan's tables (the same as the .xlsx export) written into a new
 * window as a plain document and printed from there. Every cell is set as text, never as HTML.
 * Long unit lists are cut (the export has them whole).
 */
import type { ExportTable } from '../../data/export-csv.ts';
import { formatDay } from '../../data/dates.ts';

/** Rows printed per table at most: beyond this a printout is not read, the export is. */
export const PRINT_ROWS = 2000;

const STYLE = `
  @page { size: A4 landscape; margin: 12mm; }
  body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 9pt; color: #000; }
  h1 { font-size: 16pt; margin: 0 0 2mm; }
  h2 { font-size: 11pt; margin: 6mm 0 2mm; break-after: avoid; }
  p { margin: 0 0 2mm; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 0.2mm solid #444; padding: 0.6mm 1.5mm; text-align: left; }
  th { background: #eee; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; }
  tr { break-inside: avoid; }
`;

function cellText(v: string | number, kind: string): string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return '';
    return kind === 'date' ? formatDay(v) : String(v);
  }
  return v;
}

/** Writes the plan into `doc` (a new window's document): a title, the facts line, the rules, then each table. */
export function writePlanDocument(
  doc: Document,
  title: string,
  facts: string,
  rules: string,
  tables: readonly ExportTable[],
  cut: (more: number) => string,
): void {
  doc.title = title;
  const style = doc.createElement('style');
  style.textContent = STYLE;
  doc.head.append(style);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const e = doc.createElement(tag);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  doc.body.append(el('h1', title), el('p', facts), el('p', rules));
  for (const t of tables) {
    const section = el('section');
    section.append(el('h2', t.name));
    const table = el('table');
    const head = el('tr');
    for (const h of t.headers) head.append(el('th', h));
    table.append(el('thead'));
    table.tHead!.append(head);
    const body = el('tbody');
    for (const row of t.rows.slice(0, PRINT_ROWS)) {
      const tr = el('tr');
      row.forEach((v, k) => {
        const td = el('td', cellText(v, t.kinds[k]));
        if (typeof v === 'number' && t.kinds[k] !== 'date') td.className = 'n';
        tr.append(td);
      });
      body.append(tr);
    }
    table.append(body);
    section.append(table);
    if (t.rows.length > PRINT_ROWS) section.append(el('p', cut(t.rows.length - PRINT_ROWS)));
    doc.body.append(section);
  }
}
