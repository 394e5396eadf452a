/** Enterprises per risk level (▲◆●■ + name + level colour), click to toggle the level filter. */
import { useStore } from '../../state/store.ts';
import { levelRows } from './chart-rows.ts';
import { chartText } from './chart-text.ts';
import { FilterBarChart } from './filter-bar-chart.tsx';

export function LevelChart() {
  const lang = useStore((s) => s.lang);
  return <FilterBarChart dim="levels" title={chartText(lang, 'levelTitle')} testId="chart-level" rows={levelRows} labelWidth={lang === 'zh' ? '4.6rem' : '8.2rem'} />;
}
