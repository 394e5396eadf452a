/** Enterprises per leaf sector, non-zero only, largest first (12 visible, the rest scroll); click to toggle. */
import { useStore } from '../../state/store.ts';
import { sectorRows } from './chart-rows.ts';
import { chartText } from './chart-text.ts';
import { FilterBarChart } from './filter-bar-chart.tsx';

export function SectorChart() {
  const lang = useStore((s) => s.lang);
  return <FilterBarChart dim="sectors" title={chartText(lang, 'sectorTitle')} testId="chart-sector" rows={sectorRows} labelWidth={lang === 'zh' ? '7.5rem' : '10rem'} maxVisibleRows={12} />;
}
