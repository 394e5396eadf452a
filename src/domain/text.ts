/**
 * The one format of UI text: an entry with both languages, Chinese first. Tables of entries live by
 * feature in files named `strings.ts` (or `*-strings.ts`), each made with `defineStrings`, so their keys
 * are typed; `tr` picks the UI language and fills `{0}`, `{1}`… (numbers formatted for the language).
 * A unit test reads every table: both languages present, the same placeholders, English punctuation.
 */
import type { Lang } from './lang.ts';

export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** A feature's table of UI text; the identity, there to type the keys and the entries. */
export function defineStrings<K extends string>(table: { readonly [key in K]: Text }): { readonly [key in K]: Text } {
  return table;
}

/** The other UI language: the language switch, and the few texts that deliberately show both. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** A domain entry's short name (LEVELS, HAZARD_LEVELS): `short` in Chinese, `en` in English. */
export function shortName(lang: Lang, entry: { readonly short: string; readonly en: string }): string {
  return lang === 'zh' ? entry.short : entry.en;
}

/**
 * The name of a dataset, a deployment or a record that carries its own two names: `name` in Chinese,
 * `nameEn` in English, or `name` when there is no English name.
 */
export function dataName(lang: Lang, item: { readonly name: string; readonly nameEn?: string }): string {
  return lang === 'zh' ? item.name : item.nameEn || item.name;
}

/** A metric's unit (AREA_METRICS and the like: `unitZh`, `unitEn`). */
export function unitName(lang: Lang, metric: { readonly unitZh: string; readonly unitEn: string }): string {
  return lang === 'zh' ? metric.unitZh : metric.unitEn;
}

/**
 * A value that differs by language but is not text (a label column's width, an HTML lang code), for
 * the UI language. Text itself goes through `tr`, so the catalogue test sees it.
 */
export function perLang<T>(lang: Lang, values: { readonly zh: T; readonly en: T }): T {
  return lang === 'zh' ? values.zh : values.en;
}

/** The locale of a UI language, for Intl number and date formats. */
export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-US';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the UI language's style (digit grouping, decimal mark); `digits` fixes the decimals. */
export function formatNum(lang: Lang, value: number, digits?: number): string {
  if (!Number.isFinite(value)) return '—';
  const key = `${lang}:${digits ?? ''}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      localeOf(lang),
      digits === undefined
        ? { maximumFractionDigits: 3 }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits },
    );
    numberFormats.set(key, f);
  }
  return f.format(value);
}

/**
 * What fills a placeholder: a string as it is, a number formatted for the language, or a text (a part
 * of a message made by another entry) in the same language.
 */
export type TextArg = string | number | Text;

/** An entry filled in both languages, for a message kept until it is shown (an error, a notice). */
export function trBoth(entry: Text, ...args: readonly TextArg[]): Text {
  return inBoth((lang) => tr(lang, entry, ...args));
}

/** A text made the same way in each language (a list of quoted names, joined by that language's mark). */
export function inBoth(make: (lang: Lang) => string): Text {
  return { zh: make('zh'), en: make('en') };
}

/** An entry in the UI language, with `{n}` replaced by args[n] (see TextArg). */
export function tr(lang: Lang, entry: Text, ...args: readonly TextArg[]): string {
  const s = lang === 'zh' ? entry.zh : entry.en;
  if (args.length === 0) return s;
  return s.replace(/\{(\d)\}/g, (whole, n: string) => {
    const a = args[Number(n)];
    if (a === undefined) return whole;
    if (typeof a === 'number') return formatNum(lang, a);
    return typeof a === 'string' ? a : tr(lang, a);
  });
}
