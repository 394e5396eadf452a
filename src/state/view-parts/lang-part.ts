/** The UI language, `lang=zh|en`. */
import type { Lang } from '../../domain/lang.ts';
import type { ViewPart } from './view-part.ts';

export const langPart: ViewPart<Lang | null> = {
  field: 'lang',
  keys: ['lang'],
  empty: null,
  write: (lang) => [`lang=${lang}`],
  read: (link) => {
    const lang = link.get('lang');
    if (lang === 'zh' || lang === 'en') return lang;
    if (lang !== null) link.problems.push(`lang: unknown "${lang}"`);
    return undefined;
  },
  capture: (s) => s.lang,
  apply: (lang, x) => {
    if (lang && lang !== x.get().lang) x.get().setLang(lang);
  },
  watch: (s) => s.lang,
  history: 'push',
};
