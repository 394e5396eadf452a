/**
 * The yearly plan's print page: the plan's tables (the same as the .xlsx export) written into a new
 * window as a plain document and printed from there. Every cell is set as text, never as HTML.
 * Long unit lists are cut (the export has them whole).
 */
import type { ExportTable } from '../../data/export-csv.ts';
import { formatDay } from '../../data/dates.ts';
// A stylesheet file of the app's own origin: the page's security policy allows no inline style.
import printCss from './plan-print.css?url';

/** Rows printed per table at most: beyond this a printout is not read, the export is. */
export const PRINT_ROWS = 2000;

function cellText(v: string | number, kind: string): string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return '';
    return kind === 'date' ? formatDay(v) : String(v);
  }
  return v;
}

/**
 * Writes the plan into `doc` (a new window's document): a title, the facts line, the rules, then each
 * table. Resolves once its stylesheet has loaded (or failed: the tables then print plain).
 */
export function writePlanDocument(
  doc: Document,
  title: string,
  facts: string,
  rules: string,
  tables: readonly ExportTable[],
  cut: (more: number) => string,
): Promise<void> {
  doc.title = title;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(printCss, location.href).href;
  const styled = new Promise<void>((resolve) => {
    link.onload = () => resolve();
    link.onerror = () => resolve();
  });
  doc.head.append(link);
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
  return styled;
}
