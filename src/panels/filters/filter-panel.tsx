/**
 * The analysts' filter column: one section per dimension of the dimension table
 * (src/data/filter-dimensions.ts), in its order, each value with its crossfilter count. How a
 * section offers its values follows the dimension's kind and widget: the free-text box, level
 * toggles, the sector tree, check lists, searchable lists for long ones, and bits.
 */
import { useEffect, useMemo, useState } from 'react';
import { LEVELS } from '../../domain/levels.ts';
import type { DatasetManifest } from '../../data/dataset.ts';
import type { FilterCounts } from '../../data/filter-engine.ts';
import {
  dimensionOf,
  FILTER_DIMENSIONS,
  type BitsDimension,
  type ListDimension,
} from '../../data/filter-dimensions.ts';
import { formatNum, shortName, tr } from '../../domain/text.ts';
import { useT } from '../../i18n/use-t.ts';
import { activeCount } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import { valueLabel } from '../../ui/filter-words.ts';
import { CheckRow } from './check-row.tsx';
import { SearchableList, type ListItem } from './searchable-list.tsx';
import { Section } from './section.tsx';
import { SectorTree } from './sector-tree.tsx';
import { DETAILS_TEXT } from '../../ui/details-strings.ts';
import { INSPECTION_TEXT } from '../common/inspection-strings.ts';
import { FILTER_PANEL_TEXT } from './strings.ts';

function SearchBox() {
  const hint = tr(
    useStore((s) => s.lang),
    dimensionOf('query').name,
  );
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
  // The names stream in after the first picture: a search typed before applies when they arrive.
  const pending = useStore((s) => s.searchPending);
  const lang = useStore((s) => s.lang);
  return (
    <>
      <input
        type="search"
        className="filter-search"
        value={draft}
        placeholder={hint}
        aria-label={hint}
        onChange={(e) => setDraft(e.target.value)}
        data-testid="filter-search"
      />
      {pending && (
        <div className="details-pending" role="status" data-testid="search-pending">
          {tr(lang, DETAILS_TEXT.searchWaits)}
        </div>
      )}
    </>
  );
}

/** A value's test id: domain values by key (filter-level-major), a dataset's by index (filter-town-3). */
const valueTestId = (d: ListDimension, v: number, m: DatasetManifest) =>
  `filter-${d.id}-${v < 0 ? 'none' : d.source === 'domain' ? d.token(v, m) : v}`;

function LevelToggles({ d, counts }: { d: ListDimension; counts: Uint32Array }) {
  const lang = useStore((s) => s.lang);
  const chosen = useStore((s) => s.filters[d.field]);
  const toggle = useStore((s) => s.toggle);
  return (
    <div className="level-toggles">
      {LEVELS.map((l, k) => (
        <button
          key={l.key}
          type="button"
          className={`level-toggle level-${l.key}${chosen.includes(k) ? ' on' : ''}${chosen.length && !chosen.includes(k) ? ' off' : ''}`}
          aria-pressed={chosen.includes(k)}
          onClick={() => toggle(d.field, k)}
          data-testid={`filter-${d.id}-${l.key}`}
        >
          <span aria-hidden="true">{l.symbol}</span> {shortName(lang, l)}
          <span className="toggle-count">{formatNum(lang, counts[k])}</span>
        </button>
      ))}
    </div>
  );
}

function CheckList({ d, counts, m }: { d: ListDimension; counts: Uint32Array; m: DatasetManifest }) {
  const lang = useStore((s) => s.lang);
  const chosen = useStore((s) => s.filters[d.field]);
  const toggle = useStore((s) => s.toggle);
  const n = d.valueCount(m);
  return (
    <>
      {Array.from({ length: n }, (_, v) => (
        <CheckRow
          key={v}
          label={valueLabel(lang, d.valueName(v, m))}
          count={counts[v]}
          checked={chosen.includes(v)}
          onChange={() => toggle(d.field, v)}
          testId={valueTestId(d, v, m)}
        />
      ))}
      {/* "None" (outside every town, not in any park) shows when some enterprise has it. */}
      {d.none && (counts[n] > 0 || chosen.includes(-1)) && (
        <CheckRow
          label={tr(lang, d.none)}
          count={counts[n]}
          checked={chosen.includes(-1)}
          onChange={() => toggle(d.field, -1)}
          testId={valueTestId(d, -1, m)}
        />
      )}
    </>
  );
}

function LongList({ d, counts, m }: { d: ListDimension; counts: Uint32Array; m: DatasetManifest }) {
  const lang = useStore((s) => s.lang);
  const chosen = useStore((s) => s.filters[d.field]);
  const toggle = useStore((s) => s.toggle);
  const items = useMemo<ListItem[]>(
    () =>
      Array.from({ length: d.valueCount(m) }, (_, index) => {
        const detail = d.detail?.(index, m);
        return {
          index,
          label: valueLabel(lang, d.valueName(index, m)),
          detail: detail === undefined ? undefined : valueLabel(lang, detail),
          search: (d.searchText?.(index, m) ?? '').toLowerCase(),
        };
      }),
    [d, m, lang],
  );
  return (
    <SearchableList
      items={items}
      counts={counts}
      chosen={chosen}
      onToggle={(i) => toggle(d.field, i)}
      placeholder={d.searchHint ? tr(lang, d.searchHint) : ''}
      testId={`filter-${d.id}`}
    />
  );
}

function BitList({ d, counts }: { d: BitsDimension; counts: Uint32Array }) {
  const lang = useStore((s) => s.lang);
  const bits = useStore((s) => s.filters[d.field]);
  const toggleBit = useStore((s) => s.toggleBit);
  return d.bits.map((b, k) => (
    <CheckRow
      key={b.key}
      label={tr(lang, b.name)}
      count={counts[k]}
      checked={(bits & b.bit) !== 0}
      onChange={() => toggleBit(d.field, b.bit)}
      testId={`filter-${d.id}-${b.key}`}
    />
  ));
}

export function FilterPanel() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const result = useStore((s) => s.result);
  useStore((s) => s.resultVersion);
  const f = useStore((s) => s.filters);
  // The inspection status is there once the ledger is in and the status computed under the settings.
  const inspectionsIn = useStore((s) => s.supervisionStatus !== null);
  // The change state is there while a comparison of two data dates is open.
  const comparing = useStore((s) => s.comparing);
  const m = dataset?.manifest;
  if (!m || !result) return <aside className="filter-panel" />;
  const c: FilterCounts = result.counts;
  return (
    <aside className="filter-panel" data-testid="filter-panel" aria-label={t('filters')}>
      {FILTER_DIMENSIONS.map((d) => {
        // The score range is brushed on the histogram, not picked here.
        if (d.kind === 'range') return null;
        if (d.kind === 'text') return <SearchBox key={d.id} />;
        const counts = c[d.counts];
        return (
          <Section
            key={d.id}
            title={tr(lang, d.name)}
            active={activeCount(f, d)}
            defaultOpen={d.kind !== 'list' || d.widget !== 'search'}
            testId={`section-${d.id}`}
          >
            {d.kind === 'bits' && d.needs === 'inspections' && !inspectionsIn ? (
              <p className="muted filter-note" data-testid={`filter-${d.id}-note`}>
                {tr(lang, m.inspections ? INSPECTION_TEXT.ledgerLoading : INSPECTION_TEXT.noLedger)}
              </p>
            ) : d.kind === 'bits' && d.needs === 'comparison' && !comparing ? (
              <p className="muted filter-note" data-testid={`filter-${d.id}-note`}>
                {tr(lang, FILTER_PANEL_TEXT.noComparison)}
              </p>
            ) : d.kind === 'bits' ? (
              <BitList d={d} counts={counts} />
            ) : d.widget === 'toggles' ? (
              <LevelToggles d={d} counts={counts} />
            ) : d.widget === 'tree' ? (
              <SectorTree />
            ) : d.widget === 'checks' ? (
              <CheckList d={d} counts={counts} m={m} />
            ) : (
              <LongList d={d} counts={counts} m={m} />
            )}
          </Section>
        );
      })}
    </aside>
  );
}
