/** Enterprises per town in administrative order, then 镇街外 (outside every town); click to toggle. */
import { useT } from '../../i18n/use-t.ts';
import { useStore } from '../../state/store.ts';
import { BarChart } from './bar-chart.tsx';
import { townRows } from './chart-rows.ts';
import { chartText } from './chart-text.ts';

export function TownChart() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const towns = useStore((s) => s.dataset?.manifest.towns);
  const result = useStore((s) => s.result);
  // Re-render on every recompute: the engine may refill the same result buffers.
  useStore((s) => s.resultVersion);
  const filters = useStore((s) => s.filters);
  const toggle = useStore((s) => s.toggle);
  const only = useStore((s) => s.only);
  const rows = result && towns ? townRows(result.counts, filters, towns, t('outsideTowns')) : [];
  return (
    <BarChart
      title={chartText(lang, 'townTitle')} testId="chart-town" dim="towns" rows={rows} labelWidth="6.5rem"
      onToggle={(k) => toggle('towns', k)} onOnly={(k) => only('towns', [k])} onClear={() => only('towns', [])}
    />
  );
}
