/** The import report's problem list as CSV, in the user's language, safe to open in Excel. */
import { neutraliseFormula } from '../export-csv.ts';
import type { ValidationIssue } from '../dataset.ts';
import type { Lang } from '../../domain/lang.ts';
import { tr } from '../../domain/text.ts';
import { issueReason } from '../common/issues.ts';
import { REPORT_CSV_TEXT } from './report-csv-strings.ts';

const HEADERS = (['file', 'row', 'column', 'value', 'severity', 'reason'] as const).map((k) => REPORT_CSV_TEXT[k]);

const cell = (v: string) => {
  const s = neutraliseFormula(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV text without BOM (the caller adds one for Excel). Row 0 means the whole file. */
export function issuesCsv(issues: readonly ValidationIssue[], lang: Lang): string {
  const lines = [HEADERS.map((h) => tr(lang, h)).join(',')];
  for (const i of issues) {
    const severity = tr(lang, REPORT_CSV_TEXT[i.severity === 'error' ? 'error' : 'warning']);
    lines.push(
      [i.file, i.row > 0 ? String(i.row) : '', i.column, i.value, severity, issueReason(lang, i)].map(cell).join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
