import { useStore } from '../../state/store.ts';
import { IMPORT_TEXT, type ImportTextKey } from './import-text.ts';
import type { Bilingual } from '../../data/import/types.ts';

/** The import text lookup for the UI language, and a picker for messages that arrive in both. */
export function useImportText(): { t: (k: ImportTextKey) => string; pick: (b: Bilingual) => string; lang: 'zh' | 'en' } {
  const lang = useStore((s) => s.lang);
  return { t: (k) => IMPORT_TEXT[k][lang], pick: (b) => b[lang], lang };
}
