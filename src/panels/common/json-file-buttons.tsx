/**
 * The buttons of an editable JSON document (the risk model, the supervision settings): reset to the
 * dataset's own, download it as a file, load one (read as text and handed over with its file name).
 */
import { useRef } from 'react';
import { downloadText } from '../../ui/download.ts';

export function JsonFileButtons({
  labels,
  onReset,
  resetDisabled = false,
  fileName,
  document,
  onLoad,
  testId,
}: {
  labels: { reset: string; download: string; load: string };
  onReset: () => void;
  resetDisabled?: boolean;
  /** The download's name and what it holds. */
  fileName: string;
  document: unknown;
  onLoad: (text: string, fileName: string) => void;
  /** Prefix of the buttons' and the file input's test ids (`<prefix>-reset`, `-download`, `-file`). */
  testId: string;
}) {
  const file = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={onReset} disabled={resetDisabled} data-testid={`${testId}-reset`}>
        {labels.reset}
      </button>
      <button
        type="button"
        onClick={() => downloadText(fileName, JSON.stringify(document, null, 2), 'application/json')}
        data-testid={`${testId}-download`}
      >
        {labels.download}
      </button>
      <button type="button" onClick={() => file.current?.click()}>
        {labels.load}
      </button>
      <input
        ref={file}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void f.text().then((text) => onLoad(text, f.name));
        }}
        data-testid={`${testId}-file`}
      />
    </>
  );
}
