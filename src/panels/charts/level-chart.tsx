/** Enterprises per risk level (▲◆●■ + name + level colour), click to toggle the level filter. */
import { useStore } from '../../state/store.ts';
import { BarChart } from './bar-chart.tsx';
import { levelRows } from './chart-rows.ts';
import { chartText } from './chart-text.ts';

export function LevelChart() {
  const lang = useStore((s) => s.lang);
  const result = useStore((s) => s.result);
  // Re-render on every recompute: the engine may refill the same result buffers.
  useStore((s) => s.resultVersion);
  const filters = useStore((s) => s.filters);
  const toggle = useStore((s) => s.toggle);
  const only = useStore((s) => s.only);
  const rows = result ? levelRows(result.counts, filters, lang) : [];
  return (
    <BarChart
      title={chartText(lang, 'levelTitle')} testId="chart-level" dim="levels" rows={rows} labelWidth={lang === 'zh' ? '4.6rem' : '8.2rem'}
      onToggle={(k) => toggle('levels', k)} onOnly={(k) => only('levels', [k])} onClear={() => only('levels', [])}
    />
  );
}
