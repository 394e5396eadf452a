/**
 * A bar chart of one filter dimension's crossfilter counts: a click toggles the value, a modifier-click
 * makes it the only one, "clear" empties the dimension. The level, sector and town charts are this
 * with their own rows.
 */
import type { FilterCounts } from '../../data/filter-engine.ts';
import type { Lang } from '../../i18n/strings.ts';
import type { ListDim } from '../../state/filters-slice.ts';
import { useStore } from '../../state/store.ts';
import type { UiFilters } from '../../state/url-state.ts';
import { BarChart } from './bar-chart.tsx';
import type { BarRow } from './chart-rows.ts';

export interface FilterBarChartProps {
  dim: ListDim;
  title: string;
  testId: string;
  /** Rows from the current counts and filters (called on every recompute). */
  rows: (counts: FilterCounts, filters: UiFilters, lang: Lang) => readonly BarRow[];
  labelWidth?: string;
  maxVisibleRows?: number;
}

export function FilterBarChart({ dim, title, testId, rows, labelWidth, maxVisibleRows }: FilterBarChartProps) {
  const lang = useStore((s) => s.lang);
  const result = useStore((s) => s.result);
  // Re-render on every recompute (the store's resultVersion counts them).
  useStore((s) => s.resultVersion);
  const filters = useStore((s) => s.filters);
  const toggle = useStore((s) => s.toggle);
  const only = useStore((s) => s.only);
  return (
    <BarChart
      title={title}
      testId={testId}
      dim={dim}
      rows={result ? rows(result.counts, filters, lang) : []}
      labelWidth={labelWidth}
      maxVisibleRows={maxVisibleRows}
      onToggle={(k) => toggle(dim, k)}
      onOnly={(k) => only(dim, [k])}
      onClear={() => only(dim, [])}
    />
  );
}
