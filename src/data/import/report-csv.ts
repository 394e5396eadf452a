/** The import report's problem list as CSV, in the user's language, safe to open in Excel. */
import { neutraliseFormula } from '../export-csv.ts';
import type { ValidationIssue } from '../dataset.ts';
import type { Lang } from '../../domain/lang.ts';

/**
 * The CSV's text, Chinese first, as `{zh, en}` entries picked by `entry[lang]` (a pure module: it keeps
 * its text here, not in src/i18n; the catalogue test reads it too).
 */
export const REPORT_CSV_TEXT = {
  file: { zh: '文件', en: 'file' },
  row: { zh: '行号', en: 'row' },
  column: { zh: '列', en: 'column' },
  value: { zh: '值', en: 'value' },
  severity: { zh: '级别', en: 'severity' },
  reason: { zh: '原因', en: 'reason' },
  error: { zh: '拒绝', en: 'rejected' },
  warning: { zh: '警告', en: 'warning' },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

const HEADERS = (['file', 'row', 'column', 'value', 'severity', 'reason'] as const).map((k) => REPORT_CSV_TEXT[k]);

/** The field of an issue holding its reason in each language (the Chinese one may be missing). */
const REASON = { zh: 'reasonZh', en: 'reason' } as const;

const cell = (v: string) => {
  const s = neutraliseFormula(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV text without BOM (the caller adds one for Excel). Row 0 means the whole file. */
export function issuesCsv(issues: readonly ValidationIssue[], lang: Lang): string {
  const lines = [HEADERS.map((h) => h[lang]).join(',')];
  for (const i of issues) {
    const severity = REPORT_CSV_TEXT[i.severity === 'error' ? 'error' : 'warning'][lang];
    const reason = i[REASON[lang]] ?? i.reason;
    lines.push([i.file, i.row > 0 ? String(i.row) : '', i.column, i.value, severity, reason].map(cell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
