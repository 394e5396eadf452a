/** Active filters as removable chips, one per chosen value of each filter dimension, with one "clear all". */
import type { FilterPhrase } from '../ui/filter-words.ts';
import { filterPhrases } from '../ui/filter-words.ts';
import { useT } from '../i18n/use-t.ts';
import { useStore } from '../state/store.ts';
import { hasFilters } from '../state/selectors.ts';

/** Removes one chip's value from its filter. */
function remove(p: FilterPhrase): void {
  const s = useStore.getState();
  const d = p.dimension;
  if (d.kind === 'list' && p.value !== null) s.toggle(d.field, p.value);
  else if (d.kind === 'bits' && p.value !== null) s.toggleBit(d.field, p.value);
  else if (d.kind === 'range') s.setFilters({ scoreRange: null });
  else s.setFilters({ query: '' });
}

export function FilterChips() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const f = useStore((s) => s.filters);
  const m = useStore((s) => s.dataset?.manifest);
  const clearAll = useStore((s) => s.clearAll);
  if (!m || !hasFilters(f)) return null;
  return (
    <div className="filter-chips" data-testid="filter-chips">
      {filterPhrases(f, m, lang).map((c) => (
        <span key={c.key} className="chip" data-testid="chip">
          {c.text}
          <button
            type="button"
            className="chip-remove"
            aria-label={`${t('close')} ${c.text}`}
            onClick={() => remove(c)}
          >
            ×
          </button>
        </span>
      ))}
      <button type="button" className="clear-all" onClick={clearAll} data-testid="clear-all">
        {t('clearAll')}
      </button>
    </div>
  );
}
