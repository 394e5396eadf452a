/**
 * The "导出 CSV" and "导出 Excel" buttons of a list (the enterprise table, the hazard ledger, the
 * coverage table). A click asks the list for its tables and what the file says about itself (`make`,
 * an {@link ExportDoc}: the rows as they are shown at that moment, the dataset, data date and filters
 * in words, export-context.ts), writes the file through src/data/export-meta.ts (the CSV's header
 * block, the workbook's 说明 sheet, the name by the data date) and downloads it; while a file is being
 * made both buttons are disabled and the clicked one says so. The .xlsx
 * writer (src/data/export-xlsx.ts and write-excel-file) is loaded only then, with a dynamic import,
 * so it is a chunk of its own and not in the initial bundle. A failure shows a notice.
 */
import { useState } from 'react';
import type { Lang } from '../../domain/lang.ts';
import { nameIn } from '../../i18n/strings.ts';
import { trBoth, type Text } from '../../domain/text.ts';
import { CSV_BOM, type ExportTable } from '../../data/export-csv.ts';
import { exportCsv, exportFileName, type ExportMeta } from '../../data/export-meta.ts';
import { useStore } from '../../state/store.ts';
import { downloadText } from '../../ui/download.ts';
import { EXPORT_BUTTON_TEXT } from './export-strings.ts';
import './export-buttons.css';

export type ExportFormat = 'csv' | 'xlsx';
const FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];
const LABEL: Record<ExportFormat, Text> = { csv: EXPORT_BUTTON_TEXT.exportCsv, xlsx: EXPORT_BUTTON_TEXT.exportXlsx };

/** A file to download: its name, content and MIME type. */
export interface ExportFile {
  fileName: string;
  data: string | Uint8Array<ArrayBuffer>;
  type: string;
}

/** What a list hands over to be written: its tables (the first is the list; a workbook gets the others too) and its facts. */
export interface ExportDoc {
  tables: readonly ExportTable[];
  meta: ExportMeta;
}

/** The .xlsx writer, loaded on first use (a chunk of its own). */
export function loadXlsxWriter(): Promise<typeof import('../../data/export-xlsx.ts')> {
  return import('../../data/export-xlsx.ts');
}

/** The file of a list: CSV (the first table, after the header block) or .xlsx (every table, the About sheet second). */
export async function exportFile(format: ExportFormat, doc: ExportDoc): Promise<ExportFile> {
  const fileName = exportFileName(doc.meta, format);
  if (format === 'csv')
    return { fileName, data: CSV_BOM + exportCsv(doc.tables[0], doc.meta), type: 'text/csv;charset=utf-8' };
  const xlsx = await loadXlsxWriter();
  return { fileName, data: await xlsx.exportXlsx(doc.tables, doc.meta), type: xlsx.XLSX_MIME };
}

export function ExportButtons({
  lang,
  disabled,
  testIdPrefix,
  titles,
  make,
  formats = FORMATS,
}: {
  lang: Lang;
  /** No rows to export (or no dataset). */
  disabled: boolean;
  /** The buttons' test ids are `${testIdPrefix}-csv` and `${testIdPrefix}-xlsx`. */
  testIdPrefix: string;
  titles: Readonly<Record<ExportFormat, Text>>;
  /** The list's tables and facts at the moment of the click. */
  make: (format: ExportFormat) => ExportDoc | Promise<ExportDoc>;
  /** The buttons shown (default both); a list with only an Excel button passes `['xlsx']`. */
  formats?: readonly ExportFormat[];
}) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const onClick = (format: ExportFormat) => {
    if (disabled || busy) return;
    setBusy(format);
    // A task, not an animation frame: waiting for a frame meant waiting for the map's WebGL frame,
    // seconds on a slow GPU, for a CSV that takes milliseconds. The task lets "正在导出…" show first.
    setTimeout(async () => {
      try {
        const file = await exportFile(format, await make(format));
        downloadText(file.fileName, file.data, file.type);
      } catch (err) {
        console.error('export failed', err);
        useStore.getState().setNotice({ kind: 'message', ...trBoth(EXPORT_BUTTON_TEXT.exportFailed) });
      } finally {
        setBusy(null);
      }
    }, 0);
  };

  return (
    <div className="export-buttons">
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          className="export-button"
          data-testid={`${testIdPrefix}-${format}`}
          onClick={() => onClick(format)}
          disabled={disabled || busy !== null}
          aria-busy={busy === format || undefined}
          title={nameIn(lang, titles[format])}
        >
          {nameIn(lang, busy === format ? EXPORT_BUTTON_TEXT.exporting : LABEL[format])}
        </button>
      ))}
    </div>
  );
}
