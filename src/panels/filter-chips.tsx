/** Active filters as removable chips, one per chosen value of each dimension of the dimension table, with one "clear all". */
import type { DatasetManifest } from '../data/dataset.ts';
import { FILTER_DIMENSIONS, type FilterDimension, type Named } from '../data/filter-dimensions.ts';
import type { Lang } from '../domain/lang.ts';
import { PUNCT } from '../i18n/punct-strings.ts';
import { formatNum, tr } from '../i18n/text.ts';
import { useT } from '../i18n/use-t.ts';
import { useStore } from '../state/store.ts';
import { hasFilters } from '../state/selectors.ts';
import type { UiFilters } from '../state/url-state.ts';

interface Chip { key: string; label: string; remove: () => void }

/** A value's name in the UI language: a domain entry (with its level symbol, if it has one) or a name from the data. */
export function valueLabel(lang: Lang, name: Named | string): string {
  if (typeof name === 'string') return name;
  const symbol = 'symbol' in name ? String(name.symbol) : '';
  return `${symbol}${tr(lang, name)}`;
}

/** The chips of one dimension's filter. */
function chipsOf(d: FilterDimension, f: UiFilters, m: DatasetManifest, lang: Lang): Chip[] {
  const s = useStore.getState();
  const titled = (text: string) => `${tr(lang, d.name)}${tr(lang, PUNCT.colon)}${text}`;
  switch (d.kind) {
    case 'list':
      return f[d.field].map((v) => ({
        key: `${d.id}-${v}`,
        label: titled(v < 0 && d.none ? tr(lang, d.none) : valueLabel(lang, d.valueName(v, m))),
        remove: () => s.toggle(d.field, v),
      }));
    case 'bits':
      return d.bits.filter((b) => f[d.field] & b.bit).map((b) => ({ key: `${d.id}-${b.key}`, label: tr(lang, b.name), remove: () => s.toggleBit(d.field, b.bit) }));
    case 'range':
      return f.scoreRange ? [{ key: d.id, label: titled(`${formatNum(lang, f.scoreRange[0], 0)}–${formatNum(lang, f.scoreRange[1], 0)}`), remove: () => s.setFilters({ scoreRange: null }) }] : [];
    case 'text':
      return f.query.trim() ? [{ key: d.id, label: `“${f.query.trim()}”`, remove: () => s.setFilters({ query: '' }) }] : [];
  }
}

/** Chips in the order people read a filter: levels first, the text last. */
const CHIP_ORDER = [...FILTER_DIMENSIONS.filter((d) => d.kind !== 'text'), ...FILTER_DIMENSIONS.filter((d) => d.kind === 'text')];

export function FilterChips() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const f = useStore((s) => s.filters);
  const m = useStore((s) => s.dataset?.manifest);
  const clearAll = useStore((s) => s.clearAll);
  if (!m || !hasFilters(f)) return null;
  const chips = CHIP_ORDER.flatMap((d) => chipsOf(d, f, m, lang));
  return (
    <div className="filter-chips" data-testid="filter-chips">
      {chips.map((c) => (
        <span key={c.key} className="chip" data-testid="chip">
          {c.label}
          <button type="button" className="chip-remove" aria-label={`${t('close')} ${c.label}`} onClick={c.remove}>×</button>
        </span>
      ))}
      <button type="button" className="clear-all" onClick={clearAll} data-testid="clear-all">{t('clearAll')}</button>
    </div>
  );
}
