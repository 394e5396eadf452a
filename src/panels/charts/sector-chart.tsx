/** Enterprises per leaf sector, non-zero only, largest first (12 visible, the rest scroll); click to toggle. */
import { useStore } from '../../state/store.ts';
import { BarChart } from './bar-chart.tsx';
import { sectorRows } from './chart-rows.ts';
import { chartText } from './chart-text.ts';

export function SectorChart() {
  const lang = useStore((s) => s.lang);
  const result = useStore((s) => s.result);
  // Re-render on every recompute: the engine may refill the same result buffers.
  useStore((s) => s.resultVersion);
  const filters = useStore((s) => s.filters);
  const toggle = useStore((s) => s.toggle);
  const only = useStore((s) => s.only);
  const rows = result ? sectorRows(result.counts, filters, lang) : [];
  return (
    <BarChart
      title={chartText(lang, 'sectorTitle')} testId="chart-sector" dim="sectors" rows={rows} labelWidth={lang === 'zh' ? '7.5rem' : '10rem'} maxVisibleRows={12}
      onToggle={(k) => toggle('sectors', k)} onOnly={(k) => only('sectors', [k])} onClear={() => only('sectors', [])}
    />
  );
}
