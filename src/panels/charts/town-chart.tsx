/** Enterprises per town, most first, then 镇街外 (outside every town); every town reachable by scrolling; click to toggle. */
import { dimensionOf } from '../../data/filter-dimensions.ts';
import { useStore } from '../../state/store.ts';
import { townRows } from './chart-rows.ts';
import { CHART_TEXT } from './chart-strings.ts';
import { tr } from '../../domain/text.ts';
import { FilterBarChart } from './filter-bar-chart.tsx';

export function TownChart() {
  const lang = useStore((s) => s.lang);
  const towns = useStore((s) => s.dataset?.manifest.towns);
  return (
    <FilterBarChart
      dim="towns"
      title={tr(lang, CHART_TEXT.townTitle)}
      testId="chart-town"
      labelWidth="6.5rem"
      maxVisibleRows={8}
      rows={(counts, filters) => (towns ? townRows(counts, filters, towns, tr(lang, dimensionOf('towns').none!)) : [])}
    />
  );
}
