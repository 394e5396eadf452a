/**
 * The active filters in words, one phrase per chosen value ("风险等级：▲重大风险", "有逾期隐患"), from
 * the dimension table: for the chips above the map, and for the bulletin and the map image, which
 * must say what they show.
 */
import type { DatasetManifest } from '../data/dataset.ts';
import { FILTER_DIMENSIONS, type FilterDimension } from '../data/filter-dimensions.ts';
import type { Lang } from '../domain/lang.ts';
import { PUNCT } from '../domain/punct-strings.ts';
import { formatNum, tr, type Text } from '../domain/text.ts';
import type { UiFilters } from '../data/filter-state.ts';

/** A value's name in the UI language: a domain entry (with its level symbol, if it has one) or a name from the data. */
export function valueLabel(lang: Lang, name: Text | string): string {
  if (typeof name === 'string') return name;
  const symbol = 'symbol' in name ? String(name.symbol) : '';
  return `${symbol}${tr(lang, name)}`;
}

export interface FilterPhrase {
  key: string;
  text: string;
  dimension: FilterDimension;
  /** The value (a list's value, a bit), or null for a range or a text. */
  value: number | null;
}

/** The phrases of one dimension's filter. */
export function dimensionPhrases(d: FilterDimension, f: UiFilters, m: DatasetManifest, lang: Lang): FilterPhrase[] {
  const titled = (text: string) => `${tr(lang, d.name)}${tr(lang, PUNCT.colon)}${text}`;
  switch (d.kind) {
    case 'list':
      return f[d.field].map((v) => ({
        key: `${d.id}-${v}`,
        dimension: d,
        value: v,
        text: titled(v < 0 && d.none ? tr(lang, d.none) : valueLabel(lang, d.valueName(v, m))),
      }));
    case 'bits':
      return d.bits
        .filter((b) => f[d.field] & b.bit)
        .map((b) => ({ key: `${d.id}-${b.key}`, dimension: d, value: b.bit, text: tr(lang, b.name) }));
    case 'range':
      return f.scoreRange
        ? [
            {
              key: d.id,
              dimension: d,
              value: null,
              text: titled(`${formatNum(lang, f.scoreRange[0], 0)}–${formatNum(lang, f.scoreRange[1], 0)}`),
            },
          ]
        : [];
    case 'text':
      return f.query.trim() ? [{ key: d.id, dimension: d, value: null, text: `“${f.query.trim()}”` }] : [];
  }
}

/** Phrases in the order people read a filter: the table's order, the free text last. */
const ORDER = [
  ...FILTER_DIMENSIONS.filter((d) => d.kind !== 'text'),
  ...FILTER_DIMENSIONS.filter((d) => d.kind === 'text'),
];

export function filterPhrases(f: UiFilters, m: DatasetManifest, lang: Lang): FilterPhrase[] {
  return ORDER.flatMap((d) => dimensionPhrases(d, f, m, lang));
}
