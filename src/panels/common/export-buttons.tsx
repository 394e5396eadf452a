/**
 * The "导出 CSV" and "导出 Excel" buttons of a list (the enterprise table, the hazard ledger). A click
 * asks the list for its file (`make`, with the rows as they are shown at that moment) and downloads
 * it; while a file is being made both buttons are disabled and the clicked one says so. The .xlsx
 * writer (src/data/export-xlsx.ts and write-excel-file) is loaded only then, with a dynamic import,
 * so it is a chunk of its own and not in the initial bundle. A failure shows a notice.
 */
import { useState } from 'react';
import type { Lang } from '../../domain/lang.ts';
import { nameIn } from '../../i18n/strings.ts';
import { trBoth, type Text } from '../../domain/text.ts';
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

/** The .xlsx writer, loaded on first use (a chunk of its own). */
export function loadXlsxWriter(): Promise<typeof import('../../data/export-xlsx.ts')> {
  return import('../../data/export-xlsx.ts');
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
  make: (format: ExportFormat) => ExportFile | Promise<ExportFile>;
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
        const file = await make(format);
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
