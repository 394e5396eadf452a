import { useCallback } from 'react';
import { useStore } from '../state/store.ts';
import { APP_TEXT, type StringKey } from './strings.ts';
import { tr } from '../domain/text.ts';

/** Looks up an APP_TEXT entry in the UI language, filling `{0}`, `{1}`… with args. */
export type TFunction = (key: StringKey, ...args: readonly (string | number)[]) => string;

/** The UI-language lookup of APP_TEXT (`t('key')`, `t('key', 3)`), re-rendering when the language changes. */
export function useT(): TFunction {
  const lang = useStore((s) => s.lang);
  return useCallback<TFunction>((key, ...args) => tr(lang, APP_TEXT[key], ...args), [lang]);
}
