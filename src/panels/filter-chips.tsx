/** Active filters as removable chips, with one "clear all". */
import { FLAGS } from '../domain/flags.ts';
import { LEVELS } from '../domain/levels.ts';
import { PARK_TYPES } from '../domain/parks.ts';
import { SECTORS } from '../domain/sectors.ts';
import { HAZARD_BITS } from '../data/filter-engine.ts';
import { nameIn } from '../i18n/strings.ts';
import { useT } from '../i18n/use-t.ts';
import { useStore } from '../state/store.ts';
import { hasFilters } from '../state/selectors.ts';
import type { ListDim } from '../state/filters-slice.ts';

interface Chip { key: string; label: string; remove: () => void }

export function FilterChips() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const f = useStore((s) => s.filters);
  const m = useStore((s) => s.dataset?.manifest);
  const { toggle, toggleFlag, toggleHazard, setFilters, clearAll } = useStore.getState();
  if (!m || !hasFilters(f)) return null;
  const chips: Chip[] = [];
  const list = (dim: ListDim, title: string, name: (v: number) => string) => {
    for (const v of f[dim]) chips.push({ key: `${dim}-${v}`, label: `${title}：${name(v)}`, remove: () => toggle(dim, v) });
  };
  list('levels', t('riskLevel'), (v) => `${LEVELS[v].symbol}${nameIn(lang, LEVELS[v])}`);
  list('sectors', t('sectorTree'), (v) => nameIn(lang, SECTORS[v]));
  list('towns', t('towns'), (v) => (v < 0 ? t('outsideTowns') : m.towns[v].name));
  list('grids', t('gridCells'), (v) => (v < 0 ? t('none') : m.grids[v].name));
  list('parkTypes', t('allParkTypes'), (v) => (v < 0 ? t('notInAnyPark') : nameIn(lang, PARK_TYPES[v])));
  list('parks', t('parks'), (v) => (v < 0 ? t('notInAnyPark') : m.parks[v].name));
  FLAGS.forEach((flag, b) => { if (f.flags & (1 << b)) chips.push({ key: `flag-${b}`, label: nameIn(lang, flag), remove: () => toggleFlag(1 << b) }); });
  HAZARD_BITS.forEach((h) => {
    if (f.hazard & h.bit) chips.push({ key: `hz-${h.key}`, label: t(({ openMajor: 'hzOpenMajor', overdue: 'hzOverdue', listed: 'hzListed', open: 'hzOpen' } as const)[h.key]), remove: () => toggleHazard(h.bit) });
  });
  if (f.scoreRange) chips.push({ key: 'score', label: `${t('scoreRange')}：${f.scoreRange[0].toFixed(0)}–${f.scoreRange[1].toFixed(0)}`, remove: () => setFilters({ scoreRange: null }) });
  if (f.query.trim()) chips.push({ key: 'q', label: `“${f.query.trim()}”`, remove: () => setFilters({ query: '' }) });
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
