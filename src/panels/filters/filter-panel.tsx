/**
 * The analysts' filter column: free text, level toggles, the sector tree, towns, grid cells, park
 * types and parks, flags and hazard state, each value with its crossfilter count.
 */
import { useEffect, useMemo, useState } from 'react';
import { FLAGS } from '../../domain/flags.ts';
import { LEVELS } from '../../domain/levels.ts';
import { PARK_TYPES } from '../../domain/parks.ts';
import { HAZARD_BITS } from '../../data/filter-engine.ts';
import { nameIn } from '../../i18n/strings.ts';
import { useT } from '../../i18n/use-t.ts';
import { useStore } from '../../state/store.ts';
import { CheckRow } from './check-row.tsx';
import { SearchableList, type ListItem } from './searchable-list.tsx';
import { Section } from './section.tsx';
import { SectorTree } from './sector-tree.tsx';

const HAZARD_LABELS = { openMajor: 'hzOpenMajor', overdue: 'hzOverdue', listed: 'hzListed', open: 'hzOpen' } as const;

function SearchBox() {
  const t = useT();
  const query = useStore((s) => s.filters.query);
  const setFilters = useStore((s) => s.setFilters);
  const [draft, setDraft] = useState(query);
  useEffect(() => setDraft(query), [query]);
  // Typing runs the search a moment after the last key, not on every key.
  useEffect(() => {
    if (draft === query) return;
    const id = setTimeout(() => setFilters({ query: draft }), 250);
    return () => clearTimeout(id);
  }, [draft, query, setFilters]);
  return <input type="search" className="filter-search" value={draft} placeholder={t('search')} aria-label={t('search')} onChange={(e) => setDraft(e.target.value)} data-testid="filter-search" />;
}

export function FilterPanel() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const result = useStore((s) => s.result);
  useStore((s) => s.resultVersion);
  const f = useStore((s) => s.filters);
  const toggle = useStore((s) => s.toggle);
  const toggleFlag = useStore((s) => s.toggleFlag);
  const toggleHazard = useStore((s) => s.toggleHazard);
  const m = dataset?.manifest;
  const gridItems = useMemo<ListItem[]>(() => (m ? m.grids.map((g, index) => ({ index, label: g.name, detail: g.gridWorker, search: `${g.code} ${g.name} ${g.gridWorker}`.toLowerCase() })) : []), [m]);
  const parkItems = useMemo<ListItem[]>(() => (m ? m.parks.map((p, index) => ({ index, label: p.name, detail: nameIn(lang, PARK_TYPES[p.type]), search: `${p.code} ${p.name}`.toLowerCase() })) : []), [m, lang]);
  if (!m || !result) return <aside className="filter-panel" />;
  const c = result.counts;
  const none = m.towns.length;
  return (
    <aside className="filter-panel" data-testid="filter-panel" aria-label={t('filters')}>
      <SearchBox />
      <Section title={t('riskLevel')} active={f.levels.length} testId="section-levels">
        <div className="level-toggles">
          {LEVELS.map((l, k) => (
            <button key={l.key} type="button" className={`level-toggle level-${l.key}${f.levels.includes(k) ? ' on' : ''}${f.levels.length && !f.levels.includes(k) ? ' off' : ''}`} aria-pressed={f.levels.includes(k)} onClick={() => toggle('levels', k)} data-testid={`filter-level-${l.key}`}>
              <span aria-hidden="true">{l.symbol}</span> {lang === 'zh' ? l.short : l.en}
              <span className="toggle-count">{c.level[k].toLocaleString()}</span>
            </button>
          ))}
        </div>
      </Section>
      <Section title={t('sectorTree')} active={f.sectors.length} testId="section-sectors"><SectorTree /></Section>
      <Section title={t('towns')} active={f.towns.length} testId="section-towns">
        {m.towns.map((town, i) => (
          <CheckRow key={town.code} label={town.name} count={c.town[i]} checked={f.towns.includes(i)} onChange={() => toggle('towns', i)} testId={`filter-town-${i}`} />
        ))}
        {c.town[none] > 0 && <CheckRow label={t('outsideTowns')} count={c.town[none]} checked={f.towns.includes(-1)} onChange={() => toggle('towns', -1)} />}
      </Section>
      <Section title={t('allParkTypes')} active={f.parkTypes.length} testId="section-park-types">
        {PARK_TYPES.map((p, i) => (
          <CheckRow key={p.key} label={nameIn(lang, p)} count={c.parkType[i]} checked={f.parkTypes.includes(i)} onChange={() => toggle('parkTypes', i)} testId={`filter-park-type-${p.key}`} />
        ))}
        <CheckRow label={t('notInAnyPark')} count={c.parkType[PARK_TYPES.length]} checked={f.parkTypes.includes(-1)} onChange={() => toggle('parkTypes', -1)} testId="filter-park-type-none" />
      </Section>
      <Section title={t('parks')} active={f.parks.length} defaultOpen={false} testId="section-parks">
        <SearchableList items={parkItems} counts={c.park} chosen={f.parks} onToggle={(i) => toggle('parks', i)} placeholder={t('parkSearch')} testId="filter-park" />
      </Section>
      <Section title={t('gridCells')} active={f.grids.length} defaultOpen={false} testId="section-grids">
        <SearchableList items={gridItems} counts={c.grid} chosen={f.grids} onToggle={(i) => toggle('grids', i)} placeholder={t('gridSearch')} testId="filter-grid" />
      </Section>
      <Section title={t('specialFlags')} active={FLAGS.filter((_, b) => f.flags & (1 << b)).length} testId="section-flags">
        {FLAGS.map((flag, b) => (
          <CheckRow key={flag.key} label={nameIn(lang, flag)} count={c.flag[b]} checked={(f.flags & (1 << b)) !== 0} onChange={() => toggleFlag(1 << b)} testId={`filter-flag-${flag.key}`} />
        ))}
      </Section>
      <Section title={t('hazardState')} active={HAZARD_BITS.filter((h) => f.hazard & h.bit).length} testId="section-hazards">
        {HAZARD_BITS.map((h, k) => (
          <CheckRow key={h.key} label={t(HAZARD_LABELS[h.key])} count={c.hazard[k]} checked={(f.hazard & h.bit) !== 0} onChange={() => toggleHazard(h.bit)} testId={`filter-hazard-${h.key}`} />
        ))}
      </Section>
    </aside>
  );
}
