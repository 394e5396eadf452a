/** The text of the import report's problem list as CSV: its headers and severities. */
import { defineStrings } from '../../domain/text.ts';

export const REPORT_CSV_TEXT = defineStrings({
  file: { zh: '文件', en: 'file' },
  row: { zh: '行号', en: 'row' },
  column: { zh: '列', en: 'column' },
  value: { zh: '值', en: 'value' },
  severity: { zh: '级别', en: 'severity' },
  reason: { zh: '原因', en: 'reason' },
  error: { zh: '拒绝', en: 'rejected' },
  warning: { zh: '警告', en: 'warning' },
});
