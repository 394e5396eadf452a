/**
 * Punctuation that differs between the languages, for text put together from pieces: Chinese uses
 * full-width marks with no space, English ASCII marks followed (or, for parentheses, preceded) by a
 * space. Use with `tr(lang, PUNCT.colon)`, `tr(lang, PUNCT.parens, inner)`.
 */
import { defineStrings } from './text.ts';

export const PUNCT = defineStrings({
  /** After a label: "数据日期：…" / "Data date: …". */
  colon: { zh: '：', en: ': ' },
  /** Between the items of a list of phrases or figures: "a，b" / "a, b". */
  listSep: { zh: '，', en: ', ' },
  /** Between the items of an enumeration of names (顿号): "a、b" / "a, b". */
  enumSep: { zh: '、', en: ', ' },
  /** Between clauses: "a；b" / "a; b". */
  clauseSep: { zh: '；', en: '; ' },
  /** A remark after a word: "名称（…）" / "name (…)". */
  parens: { zh: '（{0}）', en: ' ({0})' },
  /** A name quoted in a sentence: "工作表「汇总」" / 'sheet "Summary"'. */
  quote: { zh: '「{0}」', en: '"{0}"' },
  /** The two halves of `parens`, for a remark that holds more than text (a badge). */
  parenOpen: { zh: '（', en: ' (' },
  parenClose: { zh: '）', en: ')' },
});
