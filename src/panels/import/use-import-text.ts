import { useCallback } from 'react';
import { useStore } from '../../state/store.ts';
import { tr, type Text } from '../../domain/text.ts';
import type { Lang } from '../../domain/lang.ts';
import { IMPORT_TEXT, type ImportTextKey } from './import-strings.ts';

/** Looks up an IMPORT_TEXT entry in the UI language, filling `{0}`, `{1}`… with args. */
export type ImportT = (k: ImportTextKey, ...args: readonly (string | number)[]) => string;

/** The import text lookup for the UI language, and a picker for messages that arrive in both. */
export function useImportText(): { t: ImportT; pick: (b: Text) => string; lang: Lang } {
  const lang = useStore((s) => s.lang);
  const t = useCallback<ImportT>((k, ...args) => tr(lang, IMPORT_TEXT[k], ...args), [lang]);
  return { t, pick: (b) => tr(lang, b), lang };
}
