/**
 * Pure row builders for the bar charts: filter result counts + filters -> {@link BarRow}s. Counts follow
 * crossfilter's rule (a dimension's own filter never zeroes its own counts), so a bar of a value the
 * active filter leaves out still shows what choosing it would give; `selected: false` marks it.
 */
import type { FilterCounts } from '../../data/filter-engine.ts';
import type { TownInfo } from '../../data/dataset.ts';
import { LEVELS } from '../../domain/levels.ts';
import { SECTORS } from '../../domain/sectors.ts';
import { nameIn, type Lang } from '../../i18n/strings.ts';
import { shortName } from '../../domain/text.ts';
import type { UiFilters } from '../../state/url-state.ts';

export interface BarRow {
  /** The filter value this bar toggles (level code, sector code, town index, -1 = outside). */
  key: number;
  label: string;
  value: number;
  /** Any CSS colour, including `var(--level-major)`; a neutral colour when absent. */
  color?: string;
  /** Shown in a swatch before the label (the level symbols ▲◆●■). */
  symbol?: string;
  /** Colour of the symbol on its swatch (default white). */
  symbolInk?: string;
  /** true: in the active filter; false: the dimension is filtered and this value is not in it; undefined: no filter. */
  selected: boolean | undefined;
}

/** Selection state of one value of a list dimension. */
export function selectionOf(list: readonly number[], value: number): boolean | undefined {
  return list.length === 0 ? undefined : list.includes(value);
}

export function levelRows(counts: FilterCounts, filters: UiFilters, lang: Lang): BarRow[] {
  return LEVELS.map((l, k) => ({
    key: k,
    label: shortName(lang, l),
    value: counts.level[k] ?? 0,
    color: `var(--level-${l.key})`,
    symbol: l.symbol,
    symbolInk: l.key === 'general' ? 'var(--level-text-on-general)' : '#fff',
    selected: selectionOf(filters.levels, k),
  }));
}

/**
 * Leaf sectors with a non-zero count, largest first (ties in taxonomy order). A selected sector stays
 * even at zero so it can be clicked off again.
 */
export function sectorRows(counts: FilterCounts, filters: UiFilters, lang: Lang): BarRow[] {
  const rows: BarRow[] = [];
  SECTORS.forEach((s, code) => {
    const value = counts.sector[code] ?? 0;
    const selected = selectionOf(filters.sectors, code);
    if (value > 0 || selected) rows.push({ key: code, label: nameIn(lang, s), value, selected });
  });
  return rows.sort((a, b) => b.value - a.value || a.key - b.key);
}

/**
 * Towns by number of enterprises, most first (administrative order on a tie), so the chart answers
 * "which town has the most"; then "outside every town" (key -1) when it has enterprises or is selected.
 */
export function townRows(
  counts: FilterCounts,
  filters: UiFilters,
  towns: readonly TownInfo[],
  outsideLabel: string,
): BarRow[] {
  const rows: BarRow[] = towns
    .map((t, i) => ({ key: i, label: t.name, value: counts.town[i] ?? 0, selected: selectionOf(filters.towns, i) }))
    .sort((a, b) => b.value - a.value || a.key - b.key);
  const outside = counts.town[towns.length] ?? 0;
  const outsideSelected = selectionOf(filters.towns, -1);
  if (outside > 0 || outsideSelected)
    rows.push({ key: -1, label: outsideLabel, value: outside, selected: outsideSelected });
  return rows;
}
