/** The import report's problem list as CSV, in the user's language, safe to open in Excel. */
import { neutraliseFormula } from '../export-csv.ts';
import type { ValidationIssue } from '../dataset.ts';

const HEADERS = {
  zh: ['文件', '行号', '列', '值', '级别', '原因'],
  en: ['file', 'row', 'column', 'value', 'severity', 'reason'],
};

const cell = (v: string) => {
  const s = neutraliseFormula(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV text without BOM (the caller adds one for Excel). Row 0 means the whole file. */
export function issuesCsv(issues: readonly ValidationIssue[], lang: 'zh' | 'en'): string {
  const lines = [HEADERS[lang].join(',')];
  for (const i of issues) {
    const severity = i.severity === 'error' ? (lang === 'zh' ? '拒绝' : 'rejected') : (lang === 'zh' ? '警告' : 'warning');
    const reason = lang === 'zh' ? (i.reasonZh ?? i.reason) : i.reason;
    lines.push([i.file, i.row > 0 ? String(i.row) : '', i.column, i.value, severity, reason].map(cell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
