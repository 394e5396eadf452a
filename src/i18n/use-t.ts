import { useStore } from '../state/store.ts';
import { STRINGS, type StringKey } from './strings.ts';

/** The UI-language string table's lookup, re-rendering when the language changes. */
export function useT(): (key: StringKey) => string {
  const lang = useStore((s) => s.lang);
  const table = STRINGS[lang];
  return (key) => table[key];
}
