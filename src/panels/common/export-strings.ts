/** The export buttons' own words, shared by the enterprise table and the hazard ledger. */
import { defineStrings } from '../../domain/text.ts';

export const EXPORT_BUTTON_TEXT = defineStrings({
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  exporting: { zh: '正在导出…', en: 'Exporting…' },
  exportXlsx: { zh: '导出 Excel', en: 'Export Excel' },
  exportFailed: { zh: '导出失败，请重试', en: 'The export failed; please try again' },
});
