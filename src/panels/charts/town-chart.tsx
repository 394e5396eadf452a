/** Enterprises per town in administrative order, then 镇街外 (outside every town); click to toggle. */
import { useT } from '../../i18n/use-t.ts';
import { useStore } from '../../state/store.ts';
import { townRows } from './chart-rows.ts';
import { chartText } from './chart-text.ts';
import { FilterBarChart } from './filter-bar-chart.tsx';

export function TownChart() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const towns = useStore((s) => s.dataset?.manifest.towns);
  return (
    <FilterBarChart
      dim="towns" title={chartText(lang, 'townTitle')} testId="chart-town" labelWidth="6.5rem"
      rows={(counts, filters) => (towns ? townRows(counts, filters, towns, t('outsideTowns')) : [])}
    />
  );
}
